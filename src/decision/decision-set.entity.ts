import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ModuleName } from '../engine/types';

/** One accepted submission of one module by one team in one round. */
@Entity('decision_set')
@Index(['gameId', 'roundNumber', 'teamId', 'module', 'version'], { unique: true })
export class DecisionSetEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  gameId!: string;

  @Column({ type: 'integer' })
  roundNumber!: number;

  @Column({ type: 'varchar', length: 36 })
  teamId!: string;

  @Column({ type: 'varchar', length: 16 })
  module!: ModuleName;

  /** Canonical JSON of the validated decision. */
  @Column({ type: 'text' })
  payload!: string;

  /** 1, 2, … per (team, round, module): the highest counts. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 32 })
  submittedAt!: string;
}
