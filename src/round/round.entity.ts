import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type RoundStatus = 'OPEN' | 'CLOSED';

@Entity('round')
@Index(['gameId', 'number'], { unique: true })
export class RoundEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  gameId!: string;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: RoundStatus;

  @Column({ type: 'varchar', length: 32 })
  openedAt!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  deadline!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  closedAt!: string | null;

  /** sha256 of the canonical JSON of the round outcome. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  outcomeHash!: string | null;

  /**
   * Canonical JSON of the game state the round started from (null for rounds
   * closed before it was kept). Megabytes in a large game: read only when
   * asked for by name (select: false).
   */
  @Column({ type: 'text', nullable: true, select: false })
  startState!: string | null;

  /** Canonical JSON of the engine's RoundOutcome (all teams). */
  @Column({ type: 'text', nullable: true })
  outcome!: string | null;
}
