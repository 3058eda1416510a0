import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Append-only record of submissions, closes, adjustments and token changes. */
@Entity('audit_log')
export class AuditLogEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  at!: string;

  /** Who: `INSTRUCTOR:<token id>`, `TEAM:<team id>`, `SYSTEM`. */
  @Column({ type: 'varchar', length: 120 })
  actor!: string;

  @Column({ type: 'varchar', length: 40 })
  action!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  gameId!: string | null;

  @Column({ type: 'text' })
  detail!: string;
}
