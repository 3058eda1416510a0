import { Inject, Injectable, Logger } from '@nestjs/common';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Clock } from '../common/clock';
import { notFound } from '../common/app-error';
import { DatabaseService } from '../database/database.service';
import { ScenarioEntity } from './scenario.entity';
import type { Scenario } from './scenario.schema';
import { loadSeedData, type ScenarioIssue, type SeedData } from './scenario-loader';
import { parseScenarioOffThread, parseToRecord, type ScenarioRecordResult } from './scenario-parse-worker';

export type ImportOutcome =
  | { ok: true; entity: ScenarioEntity; created: boolean; warnings: ScenarioIssue[] }
  | { ok: false; errorCode: 'SCENARIO_INVALID' | 'VERSION_CONFLICT'; message: string; errors: ScenarioIssue[] };

/** Stores scenario versions and hands out their resolved content. */
@Injectable()
export class ScenarioStoreService {
  private readonly log = new Logger('Scenarios');
  private seeds?: SeedData;
  /** Resolved content by key; stored versions never change. */
  private readonly cache = new Map<string, Scenario>();

  constructor(
    private readonly db: DatabaseService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  seedData(): SeedData {
    this.seeds ??= loadSeedData(this.seedsDir());
    return this.seeds;
  }

  /** Loads every `scenarios/*.yaml` of the package (idempotent; a changed file becomes a conflict to report). */
  async loadBundled(): Promise<ImportOutcome[]> {
    const dir = join(this.config.packageRoot, 'scenarios');
    const files = readdirSync(dir)
      .filter((f) => /\.(ya?ml|json)$/.test(f) && !f.endsWith('.schema.json'))
      .sort();
    const outcomes: ImportOutcome[] = [];
    for (const file of files) {
      const path = join(dir, file);
      const format = file.endsWith('.json') ? 'json' : 'yaml';
      const outcome = await this.import(readFileSync(path, 'utf8'), format, 'BUNDLED', `scenarios/${file}`);
      if (!outcome.ok)
        this.log.error(
          `${file}: ${outcome.message}\n${outcome.errors.map((e) => `  ${e.file}:${e.line}:${e.column} ${e.path}: ${e.message}`).join('\n')}`,
        );
      outcomes.push(outcome);
    }
    return outcomes;
  }

  /** Checks a scenario source as an import would, storing nothing (a large one parsed in a worker thread). */
  validate(source: string, format: 'yaml' | 'json', file = '<import>'): Promise<ScenarioRecordResult> {
    return parseScenarioOffThread({ source, format, file, seedsDir: this.seedsDir() }, () => this.seedData());
  }

  private seedsDir(): string {
    return join(this.config.packageRoot, 'seeds');
  }

  /** Validates and stores a scenario; nothing is stored when it is invalid. */
  async import(
    source: string,
    format: 'yaml' | 'json',
    origin: 'BUNDLED' | 'IMPORTED',
    file = '<import>',
  ): Promise<ImportOutcome> {
    // bundled files are read at start-up; an import is parsed off the main thread, which keeps serving
    const parsed =
      origin === 'BUNDLED'
        ? parseToRecord({ source, format, file }, this.seedData())
        : await this.validate(source, format, file);
    if (!parsed.ok) {
      return {
        ok: false,
        errorCode: 'SCENARIO_INVALID',
        message: `${parsed.errors.length} error(s) in ${file}`,
        errors: parsed.errors,
      };
    }
    const s = parsed.record;
    const key = `${s.id}@${s.version}`;
    return this.db.write(async (em) => {
      const existing = await em.findOne(ScenarioEntity, { where: { key } });
      if (existing) {
        if (existing.contentHash === s.contentHash)
          return { ok: true, entity: existing, created: false, warnings: parsed.warnings };
        return {
          ok: false,
          errorCode: 'VERSION_CONFLICT',
          message: `scenario ${s.id} version ${s.version} is already stored with other content; raise "version" to store a new version beside it`,
          errors: [
            {
              file,
              line: 1,
              column: 1,
              path: 'version',
              message: `version ${s.version} of ${s.id} exists with content hash ${existing.contentHash.slice(0, 12)}…`,
            },
          ],
        };
      }
      const entity = em.create(ScenarioEntity, {
        key,
        scenarioId: s.id,
        version: s.version,
        titleEn: s.titleEn,
        titleZh: s.titleZh,
        content: s.content,
        contentHash: s.contentHash,
        origin,
        createdAt: this.clock.nowIso(),
      });
      await em.save(entity);
      return { ok: true, entity, created: true, warnings: parsed.warnings };
    });
  }

  list(): Promise<ScenarioEntity[]> {
    return this.db.read((em) => em.find(ScenarioEntity, { order: { scenarioId: 'ASC', version: 'DESC' } }));
  }

  /** The newest version of an id, or the given version. */
  async find(id: string, version?: number): Promise<ScenarioEntity> {
    const row = await this.db.read((em) =>
      version === undefined
        ? em.findOne(ScenarioEntity, { where: { scenarioId: id }, order: { version: 'DESC' } })
        : em.findOne(ScenarioEntity, { where: { scenarioId: id, version } }),
    );
    if (!row) throw notFound(version === undefined ? `scenario "${id}"` : `scenario "${id}" version ${version}`);
    return row;
  }

  async byKey(key: string): Promise<ScenarioEntity> {
    const row = await this.db.read((em) => em.findOne(ScenarioEntity, { where: { key } }));
    if (!row) throw notFound(`scenario ${key}`);
    return row;
  }

  content(entity: ScenarioEntity): Scenario {
    let s = this.cache.get(entity.key);
    if (!s) {
      s = JSON.parse(entity.content) as Scenario;
      this.cache.set(entity.key, s);
    }
    return s;
  }

  async contentByKey(key: string): Promise<Scenario> {
    const cached = this.cache.get(key);
    return cached ?? this.content(await this.byKey(key));
  }
}
