import { Column, Entity, PrimaryColumn } from 'typeorm';

export type GameStatus = 'CREATED' | 'RUNNING' | 'FINISHED';

@Entity('game')
export class GameEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  /** ScenarioEntity.key: a game stays on the version it started with. */
  @Column({ type: 'varchar', length: 100 })
  scenarioKey!: string;

  @Column({ type: 'integer' })
  seed!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: GameStatus;

  /** Number of the latest round opened (0 before the first). */
  @Column({ type: 'integer' })
  currentRound!: number;

  @Column({ type: 'integer' })
  roundCount!: number;

  @Column({ type: 'varchar', length: 32 })
  engineVersion!: string;

  /** Engine GameState after the last closed round (canonical JSON). */
  @Column({ type: 'text' })
  state!: string;

  @Column({ type: 'varchar', length: 32 })
  createdAt!: string;

  /** Teams see the scoreboard only up to this round until it is revealed (null: not frozen). */
  @Column({ type: 'integer', nullable: true })
  freezeAfterRound!: number | null;

  /** Deadline policy: a round opened without a deadline closes this many minutes later; null: when closed. */
  @Column({ type: 'integer', nullable: true })
  roundMinutes!: number | null;
}
