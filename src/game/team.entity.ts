import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('team')
@Index(['gameId', 'code'], { unique: true })
export class TeamEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  gameId!: string;

  /** Seat in the game ("T01"…): the engine's team id, so replays do not depend on random ids. */
  @Column({ type: 'varchar', length: 16 })
  code!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  createdAt!: string;

  /** Set for a bot team: the strategy (RANDOM, COST_PLUS, ADAPTIVE) whose decisions the server stores at close. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  botStrategy!: string | null;
}
