import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One team's result of one closed round. */
@Entity('team_round_result')
@Index(['gameId', 'roundNumber', 'teamId'], { unique: true })
export class TeamRoundResultEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  gameId!: string;

  @Column({ type: 'integer' })
  roundNumber!: number;

  @Column({ type: 'varchar', length: 36 })
  teamId!: string;

  @Column({ type: 'double precision' })
  total!: number;

  @Column({ type: 'double precision' })
  operations!: number;

  @Column({ type: 'double precision' })
  selection!: number;

  @Column({ type: 'double precision' })
  ads!: number;

  @Column({ type: 'double precision' })
  fulfillment!: number;

  /** Comma-separated modules the team did not submit. */
  @Column({ type: 'varchar', length: 80 })
  absentModules!: string;

  /** The team was silent and the absent-team policy AUTOPILOT played it with the ADAPTIVE bot. */
  @Column({ type: 'boolean', default: false })
  autopilot!: boolean;

  /**
   * Luck-adjusted scores: the means of the total and of each module score
   * over the round replayed on `luckReplays` alternative seeds with every
   * decision fixed. Null for rounds closed before they were computed.
   */
  @Column({ type: 'double precision', nullable: true })
  luckTotal!: number | null;

  @Column({ type: 'double precision', nullable: true })
  luckOperations!: number | null;

  @Column({ type: 'double precision', nullable: true })
  luckSelection!: number | null;

  @Column({ type: 'double precision', nullable: true })
  luckAds!: number | null;

  @Column({ type: 'double precision', nullable: true })
  luckFulfillment!: number | null;

  @Column({ type: 'integer', nullable: true })
  luckReplays!: number | null;

  /** Canonical JSON of the engine's TeamRoundResult (KPIs, points, ledger, listings…). */
  @Column({ type: 'text' })
  result!: string;
}
