import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An instructor's bonus (+) or penalty (−) to a team's total in one round, with its reason. */
@Entity('score_adjustment')
@Index(['gameId', 'roundNumber'])
export class ScoreAdjustmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  gameId!: string;

  @Column({ type: 'varchar', length: 36 })
  teamId!: string;

  @Column({ type: 'integer' })
  roundNumber!: number;

  @Column({ type: 'double precision' })
  points!: number;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @Column({ type: 'varchar', length: 120 })
  createdBy!: string;

  @Column({ type: 'varchar', length: 32 })
  createdAt!: string;
}
