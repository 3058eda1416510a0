import { Column, Entity, PrimaryColumn } from 'typeorm';

export type Role = 'INSTRUCTOR' | 'TEAM' | 'GRADER';

/** A bearer token, stored only as its sha256. */
@Entity('access_token')
export class AccessTokenEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  tokenHash!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  /** The game a TEAM or GRADER token belongs to; null for instructors. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  gameId!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  teamId!: string | null;

  @Column({ type: 'varchar', length: 120 })
  label!: string;

  @Column({ type: 'varchar', length: 32 })
  createdAt!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  revokedAt!: string | null;

  /** ISO date-time after which the token is refused (null: no expiry). */
  @Column({ type: 'varchar', length: 32, nullable: true })
  expiresAt!: string | null;
}
