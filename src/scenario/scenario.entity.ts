import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One stored version of a scenario: its resolved content and content hash. */
@Entity('scenario')
@Index(['scenarioId', 'version'], { unique: true })
export class ScenarioEntity {
  /** `${scenarioId}@${version}` */
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key!: string;

  @Column({ type: 'varchar', length: 64 })
  scenarioId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 200 })
  titleEn!: string;

  @Column({ type: 'varchar', length: 200 })
  titleZh!: string;

  /** canonical JSON of the resolved scenario */
  @Column({ type: 'text' })
  content!: string;

  @Column({ type: 'varchar', length: 64 })
  contentHash!: string;

  /** BUNDLED or IMPORTED */
  @Column({ type: 'varchar', length: 16 })
  origin!: string;

  @Column({ type: 'varchar', length: 32 })
  createdAt!: string;
}
