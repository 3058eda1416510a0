import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { forbidden } from '../common/app-error';
import { Clock } from '../common/clock';
import { DatabaseService } from '../database/database.service';
import { GameService } from '../game/game.service';
import { TeamRoundResultEntity } from '../report/team-round-result.entity';
import { RoundService } from '../round/round.service';
import { ScenarioStoreService } from '../scenario/scenario-store.service';
import { ScoreAdjustmentEntity } from '../scoreboard/score-adjustment.entity';
import type { ModuleName } from '../engine/types';
import { DEFAULT_LUCK_REPLAYS } from '../scenario/scenario.schema';
import { type ExportRows, exportDataOf } from './export-assembly';
import type { ExportData } from './export-data';
import type { ExportFormat } from './export-formats';
import { renderExportOffThread } from './export-worker';

/** Grader exports: one data set, three formats. */
@Injectable()
export class ExportService {
  constructor(
    private readonly db: DatabaseService,
    private readonly games: GameService,
    private readonly rounds: RoundService,
    private readonly scenarios: ScenarioStoreService,
    private readonly clock: Clock,
  ) {}

  async export(viewer: Viewer, gameId: string, format: ExportFormat): Promise<Buffer> {
    if (viewer.role === 'TEAM') throw forbidden('exports are for graders and instructors');
    // assembling and rendering a large export takes seconds of CPU: a worker thread does it
    return renderExportOffThread(await this.rows(viewer, gameId), format);
  }

  /** Reads what an export holds (rows and scenario facts; assembled by exportDataOf). */
  async rows(viewer: Viewer, gameId: string): Promise<ExportRows> {
    const game = await this.games.get(viewer, gameId);
    const scenarioRow = await this.scenarios.byKey(game.scenarioKey);
    const scenario = this.scenarios.content(scenarioRow);
    const [teams, rounds, results, adjustments] = await Promise.all([
      this.games.teams(gameId),
      this.rounds.list(gameId),
      this.db.read((em) => em.find(TeamRoundResultEntity, { where: { gameId }, order: { roundNumber: 'ASC' } })),
      this.db.read((em) => em.find(ScoreAdjustmentEntity, { where: { gameId }, order: { createdAt: 'ASC' } })),
    ]);
    return {
      game: { id: game.id, name: game.name, status: game.status, seed: game.seed, engineVersion: game.engineVersion },
      scenario: {
        id: scenarioRow.scenarioId,
        version: scenarioRow.version,
        contentHash: scenarioRow.contentHash,
        title: scenario.title,
        weights: scenario.scoring.weights as Record<ModuleName, number>,
        schedule: scenario.rounds.schedule,
        luckReplays: scenario.scoring.luck?.replays ?? DEFAULT_LUCK_REPLAYS,
        rankBy: scenario.scoring.rankBy ?? 'REALISED',
      },
      teams,
      rounds,
      results,
      adjustments,
      exportedAt: this.clock.nowIso(),
    };
  }

  async data(viewer: Viewer, gameId: string): Promise<ExportData> {
    return exportDataOf(await this.rows(viewer, gameId));
  }
}
