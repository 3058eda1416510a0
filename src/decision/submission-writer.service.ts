import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { type AuditEntry, AuditService } from '../common/audit.service';
import { Clock } from '../common/clock';
import { IdService } from '../common/ids';
import { bulkInsert } from '../database/bulk-insert';
import { DatabaseService } from '../database/database.service';
import type { ModuleName } from '../engine/types';
import { lockGameRow } from '../game/game-lock';
import { RoundEntity } from '../round/round.entity';
import { deadlinePassed } from '../round/deadline-rule';
import { DecisionSetEntity } from './decision-set.entity';
import {
  arrivedAfterDeadline,
  type CheckedSubmission,
  closedBeforeStored,
  type DecisionOutcome,
} from './decision-outcome';

/** A game's open round as the writer sees it under the game's lock. */
interface OpenRound {
  number: number;
  deadline: string | null;
}

/** Submissions stored by one transaction at most. */
const MAX_BATCH = 200;

interface Pending {
  viewer: Viewer;
  submission: CheckedSubmission;
  /** When the submission reached the server: it counts only if that was before its round's deadline. */
  arrivedAt: Date;
  resolve: (outcome: DecisionOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * Stores checked submissions with their audit records. The round is checked
 * again under the game's lock: a close that got in first wins, and the
 * submission is then refused whole. Each module given becomes the next
 * version of that team's decision in the round.
 *
 * Group commit: submissions that arrive while a transaction runs wait for
 * the next one, which stores all of them (up to MAX_BATCH), each with its own
 * versions, round check and audit record. If that transaction fails, each of
 * its submissions is stored again alone, so one failure never loses or
 * half-writes another.
 */
@Injectable()
export class SubmissionWriterService {
  private pending: Pending[] = [];
  private flushing = false;

  constructor(
    private readonly db: DatabaseService,
    private readonly ids: IdService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** Stores a submission that arrived at `arrivedAt`, unless its round closed, or its deadline had passed by then. */
  store(viewer: Viewer, submission: CheckedSubmission, arrivedAt: Date): Promise<DecisionOutcome> {
    return new Promise<DecisionOutcome>((resolve, reject) => {
      this.pending.push({ viewer, submission, arrivedAt, resolve, reject });
      if (this.flushing) return;
      this.flushing = true;
      // after this turn of the event loop: the submissions checked in the same turn share the first transaction
      setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    try {
      while (this.pending.length > 0) await this.storeBatch(this.pending.splice(0, MAX_BATCH));
    } finally {
      this.flushing = false;
    }
  }

  private async storeBatch(batch: Pending[]): Promise<void> {
    try {
      const outcomes = await this.db.write((em) => this.write(em, batch));
      batch.forEach((p, i) => p.resolve(outcomes[i]));
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      for (const p of batch) await this.storeBatch([p]);
    }
  }

  /** The batch's rows and audit records in the caller's transaction; the outcome of each submission, in order. */
  private async write(em: EntityManager, batch: Pending[]): Promise<DecisionOutcome[]> {
    const games = new Map<string, { open: OpenRound | null; versions: Map<string, number> }>();
    for (const gameId of [...new Set(batch.map((p) => p.submission.gameId))].sort()) {
      const open = await this.openRound(em, gameId);
      const teams = batch.filter((p) => p.submission.gameId === gameId).map((p) => p.submission.teamId);
      const versions = open === null ? new Map<string, number>() : await this.versions(em, gameId, open.number, teams);
      games.set(gameId, { open, versions });
    }
    const submittedAt = this.clock.nowIso();
    const rows: DecisionSetEntity[] = [];
    const audits: AuditEntry[] = [];
    const outcomes = batch.map(({ viewer, submission, arrivedAt }): DecisionOutcome => {
      const { gameId, round, teamId } = submission;
      const game = games.get(gameId) as { open: OpenRound | null; versions: Map<string, number> };
      if (game.open?.number !== round) return closedBeforeStored(round);
      if (deadlinePassed(game.open.deadline, arrivedAt)) return arrivedAfterDeadline(round, game.open.deadline ?? '');
      const modules = submission.modules.map(({ module, payload }) => {
        const key = `${teamId}|${module}`;
        const version = (game.versions.get(key) ?? 0) + 1;
        game.versions.set(key, version);
        rows.push({ id: this.ids.rowId(), gameId, roundNumber: round, teamId, module, payload, version, submittedAt });
        return { module, version };
      });
      audits.push({ viewer, action: 'DECISIONS_SUBMITTED', gameId, detail: { round, modules } });
      return { kind: 'DecisionsAccepted', gameId, round, modules };
    });
    await bulkInsert(em, DecisionSetEntity, rows);
    await this.audit.recordAll(em, audits);
    return outcomes;
  }

  /** Locks the game (on PostgreSQL; sqlite transactions take turns) and reads its open round (null when none is). */
  private async openRound(em: EntityManager, gameId: string): Promise<OpenRound | null> {
    const game = await lockGameRow(em, gameId);
    if (game.status === 'FINISHED' || game.currentRound === 0) return null;
    const round = await em.findOne(RoundEntity, {
      where: { gameId, number: game.currentRound },
      select: { id: true, status: true, deadline: true },
    });
    return round?.status === 'OPEN' ? { number: game.currentRound, deadline: round.deadline } : null;
  }

  /** The highest stored version of each (team, module) of these teams in a round, keyed `teamId|module`. */
  private async versions(
    em: EntityManager,
    gameId: string,
    round: number,
    teams: string[],
  ): Promise<Map<string, number>> {
    const rows = await em
      .createQueryBuilder(DecisionSetEntity, 'd')
      .select('d.teamId', 'teamId')
      .addSelect('d.module', 'module')
      .addSelect('MAX(d.version)', 'version')
      .where({ gameId, roundNumber: round, teamId: In([...new Set(teams)]) })
      .groupBy('d.teamId')
      .addGroupBy('d.module')
      .getRawMany<{ teamId: string; module: ModuleName; version: number | string }>();
    return new Map(rows.map((r) => [`${r.teamId}|${r.module}`, Number(r.version)]));
  }
}
