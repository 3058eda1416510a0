import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TokenThrottlerGuard } from './security/token-throttler.guard';
import { graphqlOptions } from './graphql/graphql-options';
import { WsTransport } from './security/ws-transport';
import { AuthGuard } from './auth/auth.guard';
import { TokenResolver } from './auth/token.resolver';
import { TokenService } from './auth/token.service';
import { AuditService } from './common/audit.service';
import { UnexpectedErrorFilter } from './common/unexpected-error.filter';
import { AuditLogResolver } from './audit/audit-log.resolver';
import { AuditLogService } from './audit/audit-log.service';
import { TokenStatesResolver } from './auth/token-states.resolver';
import { TokenStatesService } from './auth/token-states.service';
import { Clock } from './common/clock';
import { FaultInjector } from './common/fault-injector';
import { IdService } from './common/ids';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { DatabaseService } from './database/database.service';
import { StartupService } from './database/startup.service';
import { DecisionResolver } from './decision/decision.resolver';
import { DecisionQueriesService } from './decision/decision-queries.service';
import { DecisionValidationService } from './decision/decision-validation.service';
import { DecisionService } from './decision/decision.service';
import { RoundStateService } from './decision/round-state.service';
import { SubmissionWriterService } from './decision/submission-writer.service';
import { GameResolver } from './game/game.resolver';
import { GameService } from './game/game.service';
import { ReportResolver } from './report/report.resolver';
import { ReportService } from './report/report.service';
import { DeadlineService } from './round/deadline.service';
import { ExportController } from './export/export.controller';
import { ExportService } from './export/export.service';
import { ReplayService } from './export/replay.service';
import { RoundEvents } from './round/round-events';
import { RoundQueueService } from './round/round-queue.service';
import { RoundResolver } from './round/round.resolver';
import { RoundService } from './round/round.service';
import { ScenarioResolver } from './scenario/scenario.resolver';
import { ScenarioStoreService } from './scenario/scenario-store.service';
import { ScoreboardResolver } from './scoreboard/scoreboard.resolver';
import { ScoreboardService } from './scoreboard/scoreboard.service';
import { ClosedRoundReplayService } from './round/closed-round-replay.service';
import { WhatIfResolver } from './whatif/what-if.resolver';
import { WhatIfService } from './whatif/what-if.service';

/** The services everything else is built from (also used headless by the CLI). */
const SERVICES = [
  Clock,
  FaultInjector,
  IdService,
  DatabaseService,
  TokenService,
  AuditService,
  AuditLogService,
  TokenStatesService,
  ScenarioStoreService,
  GameService,
  RoundEvents,
  RoundService,
  RoundQueueService,
  DecisionService,
  DecisionValidationService,
  SubmissionWriterService,
  DecisionQueriesService,
  RoundStateService,
  ReportService,
  ScoreboardService,
  ExportService,
  ReplayService,
  ClosedRoundReplayService,
  WhatIfService,
  StartupService,
];

@Module({})
export class AppModule {
  /** The whole server: GraphQL API, guard, deadlines. */
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(config.databaseUrl)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [TokenService],
          useFactory: (tokens: TokenService) => graphqlOptions(config, tokens),
        }),
        ThrottlerModule.forRoot([{ ttl: 60_000, limit: config.rateLimitPerMinute }]),
        CoreModule.forRoot(config),
      ],
      controllers: [ExportController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: TokenThrottlerGuard },
        { provide: APP_FILTER, useClass: UnexpectedErrorFilter },
        DeadlineService,
        ScenarioResolver,
        GameResolver,
        RoundResolver,
        DecisionResolver,
        ReportResolver,
        ScoreboardResolver,
        TokenResolver,
        WhatIfResolver,
        AuditLogResolver,
        TokenStatesResolver,
        WsTransport,
      ],
    };
  }
}

/** Services without the HTTP layer: what the CLI's headless commands use. */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      global: true,
      providers: [{ provide: APP_CONFIG, useValue: config }, ...SERVICES],
      exports: [APP_CONFIG, ...SERVICES],
    };
  }
}

/** Headless: database and services, no GraphQL (simulate, export, verify). */
@Module({})
export class HeadlessModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: HeadlessModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(config.databaseUrl)), CoreModule.forRoot(config)],
    };
  }
}
