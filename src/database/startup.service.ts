import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { TokenService } from '../auth/token.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ScenarioStoreService } from '../scenario/scenario-store.service';
import { DatabaseService } from './database.service';

/** Advisory-lock key of start-up work (any constant shared by all instances). */
export const STARTUP_LOCK = 724_310_001;

/**
 * Start-up, once per instance but one instance at a time: migrations and the
 * bundled scenarios at module init; the instructor token when a server
 * starts. Safe when several instances start together on one PostgreSQL database.
 */
@Injectable()
export class StartupService implements OnModuleInit {
  private readonly log = new Logger('Startup');
  constructor(
    private readonly db: DatabaseService,
    private readonly scenarios: ScenarioStoreService,
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.db.exclusive(STARTUP_LOCK, async () => {
      const ran = await this.db.dataSource.runMigrations({ transaction: 'each' });
      if (ran.length > 0) this.log.log(`applied ${ran.length} migration(s): ${ran.map((m) => m.name).join(', ')}`);
      if (this.config.loadBundledScenarios) await this.scenarios.loadBundled();
    });
  }

  /** The instructor token when this call created it (to print once), else null. */
  ensureInstructor(): Promise<string | null> {
    return this.db.exclusive(STARTUP_LOCK, () => this.tokens.ensureInstructor(this.config.instructorToken));
  }
}
