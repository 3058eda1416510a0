import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { AuditService } from '../common/audit.service';
import { Clock } from '../common/clock';
import { IdService } from '../common/ids';
import { DatabaseService } from '../database/database.service';
import type { ModuleName } from '../engine/types';
import { lockGameRow } from '../game/game-lock';
import { RoundEntity } from '../round/round.entity';
import { DecisionSetEntity } from './decision-set.entity';
import { type CheckedSubmission, closedBeforeStored, type DecisionOutcome } from './decision-outcome';

/**
 * Stores checked submissions, each in one transaction with its audit row.
 * The round is checked again under the game's lock: a close that got in
 * first wins, and the submission is then refused whole. Each module given
 * becomes the next version of that team's decision in the round.
 */
@Injectable()
export class SubmissionWriterService {
  constructor(
    private readonly db: DatabaseService,
    private readonly ids: IdService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  store(viewer: Viewer, submission: CheckedSubmission): Promise<DecisionOutcome> {
    const { gameId, round, teamId } = submission;
    return this.db.write(async (em) => {
      if (!(await this.roundStillOpen(em, gameId, round))) return closedBeforeStored(round);
      const stored = await this.latestVersions(em, gameId, round, teamId);
      const submittedAt = this.clock.nowIso();
      const rows = submission.modules.map(({ module, payload }) => ({
        id: this.ids.rowId(),
        gameId,
        roundNumber: round,
        teamId,
        module,
        payload,
        version: (stored.get(module) ?? 0) + 1,
        submittedAt,
      }));
      await em.insert(DecisionSetEntity, rows);
      const modules = rows.map((r) => ({ module: r.module, version: r.version }));
      await this.audit.record(em, viewer, 'DECISIONS_SUBMITTED', gameId, { round, modules });
      return { kind: 'DecisionsAccepted', gameId, round, modules };
    });
  }

  /** Locks the game (on PostgreSQL; sqlite transactions take turns) and tells whether `round` is its open round. */
  private async roundStillOpen(em: EntityManager, gameId: string, round: number): Promise<boolean> {
    const game = await lockGameRow(em, gameId);
    if (game.status === 'FINISHED' || game.currentRound !== round) return false;
    const row = await em.findOne(RoundEntity, { where: { gameId, number: round }, select: { id: true, status: true } });
    return row?.status === 'OPEN';
  }

  /** The highest stored version of each module of a team's decisions in a round. */
  private async latestVersions(
    em: EntityManager,
    gameId: string,
    round: number,
    teamId: string,
  ): Promise<Map<ModuleName, number>> {
    const rows = await em
      .createQueryBuilder(DecisionSetEntity, 'd')
      .select('d.module', 'module')
      .addSelect('MAX(d.version)', 'version')
      .where('d.gameId = :gameId AND d.roundNumber = :round AND d.teamId = :teamId', { gameId, round, teamId })
      .groupBy('d.module')
      .getRawMany<{ module: ModuleName; version: number | string }>();
    return new Map(rows.map((r) => [r.module, Number(r.version)]));
  }
}
