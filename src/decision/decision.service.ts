import { Injectable } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import type { Viewer } from '../auth/viewer';
import { AppError, AppErrorCode, notFound } from '../common/app-error';
import { AUDIT_COLUMNS, AuditEntry, AuditService } from '../common/audit.service';
import { AuditLogEntity } from '../common/audit-log.entity';
import { Clock } from '../common/clock';
import { IdService } from '../common/ids';
import { DatabaseService } from '../database/database.service';
import type { SqlTx } from '../database/sql-tx';
import { checkDecision, canonicalJson } from '../engine';
import type { DecisionError, ModuleName } from '../engine/types';
import { GameEntity } from '../game/game.entity';
import { GameService } from '../game/game.service';
import { RoundEntity } from '../round/round.entity';
import { RoundEvents } from '../round/round-events';
import { ScenarioStoreService } from '../scenario/scenario-store.service';
import { DECISION_COLUMNS, DecisionSetEntity } from './decision-set.entity';
import { latestRows, readSubmissionState, SubmissionState } from './latest-decisions';

export type ModulePayloads = Partial<Record<ModuleName, unknown>>;

export type DecisionOutcome =
  | { kind: 'ACCEPTED'; gameId: string; round: number; modules: { module: ModuleName; version: number }[] }
  | { kind: 'VALID'; gameId: string; round: number; modules: ModuleName[] }
  | { kind: 'REJECTED'; errorCode: string; message: string; errors: (DecisionError & { module: ModuleName })[] }
  | { kind: 'NOT_OPEN'; errorCode: string; message: string };

const ORDER: ModuleName[] = ['OPERATIONS', 'SELECTION', 'ADS', 'FULFILLMENT'];

/**
 * How long an open round is trusted without reading the database. Opening and
 * closing in this process drop it at once; a stale entry (another instance
 * closed the round) only costs a retry, because the write transaction checks
 * the round again under the game's lock.
 */
const HEAD_TTL_MS = 1_000;
/** A cached head used within this long of its end is re-read in the background. */
const HEAD_REFRESH_AHEAD_MS = 300;
/** Submissions stored by one grouped transaction at most. */
const MAX_BATCH = 200;

interface GameHead {
  status: string;
  currentRound: number;
  scenarioKey: string;
  /** Round `currentRound` exists and is OPEN. */
  open: boolean;
  /** Served from the cache (may be stale). */
  cached: boolean;
  until: number;
}

interface Pending {
  viewer: Viewer;
  gameId: string;
  round: number;
  teamId: string;
  checked: { module: ModuleName; payload: string }[];
  resolve: (outcome: DecisionOutcome) => void;
  reject: (error: unknown) => void;
}

function notOpenOutcome(head: GameHead): DecisionOutcome | null {
  if (head.status === 'FINISHED') return { kind: 'NOT_OPEN', errorCode: 'GAME_FINISHED', message: 'the game is over' };
  if (head.currentRound === 0)
    return { kind: 'NOT_OPEN', errorCode: 'NO_OPEN_ROUND', message: 'no round has been opened yet' };
  if (!head.open)
    return {
      kind: 'NOT_OPEN',
      errorCode: 'ROUND_CLOSED',
      message: `round ${head.currentRound} is closed; wait for the next round to open`,
    };
  return null;
}

/** Validates and stores teams' decisions; one validator (the engine's) for dry runs, submissions and close. */
@Injectable()
export class DecisionService {
  private readonly heads = new Map<string, GameHead>();
  /** Round changes made in this process, by game: a head read that overlapped one is not cached. */
  private readonly changes = new Map<string, number>();
  /** Head reads in flight, by game. */
  private readonly headReads = new Map<string, Promise<GameHead>>();
  private pending: Pending[] = [];
  private flushing = false;

  constructor(
    private readonly db: DatabaseService,
    private readonly ids: IdService,
    private readonly clock: Clock,
    private readonly games: GameService,
    private readonly scenarios: ScenarioStoreService,
    private readonly audit: AuditService,
    events: RoundEvents,
  ) {
    events.onLocalChange((e) => {
      this.heads.delete(e.gameId);
      this.headReads.delete(e.gameId);
      this.changes.set(e.gameId, (this.changes.get(e.gameId) ?? 0) + 1);
    });
  }

  validate(viewer: Viewer, gameId: string | undefined, payloads: ModulePayloads): Promise<DecisionOutcome> {
    return this.handle(viewer, gameId, payloads, false);
  }

  submit(viewer: Viewer, gameId: string | undefined, payloads: ModulePayloads): Promise<DecisionOutcome> {
    return this.handle(viewer, gameId, payloads, true);
  }

  private async handle(
    viewer: Viewer,
    requestedGame: string | undefined,
    payloads: ModulePayloads,
    store: boolean,
    fresh = false,
  ): Promise<DecisionOutcome> {
    if (viewer.role !== 'TEAM' || !viewer.teamId || !viewer.gameId)
      throw new AppError(AppErrorCode.FORBIDDEN, 'only a team token submits decisions');
    const gameId = requestedGame ?? viewer.gameId;
    this.games.assertGameAccess(viewer, gameId);
    const modules = ORDER.filter((m) => payloads[m] !== undefined && payloads[m] !== null);
    if (modules.length === 0) {
      return {
        kind: 'REJECTED',
        errorCode: 'NO_MODULES',
        message: 'give at least one of operations, selection, ads, fulfillment',
        errors: [],
      };
    }
    const head = await this.head(gameId, fresh);
    const notOpen = notOpenOutcome(head);
    if (notOpen) return notOpen;
    const scenario = await this.scenarios.contentByKey(head.scenarioKey);
    const round = head.currentRound;
    const checked: { module: ModuleName; payload: string }[] = [];
    const errors: (DecisionError & { module: ModuleName })[] = [];
    for (const module of modules) {
      const check = checkDecision(scenario, module, payloads[module], round);
      if (check.ok) checked.push({ module, payload: canonicalJson(check.value) });
      else errors.push(...check.errors.map((e) => ({ ...e, module })));
    }
    if (errors.length > 0) {
      if (head.cached && !fresh) {
        // a rule may depend on the round (a module not played in it): judge on fresh data before refusing
        this.heads.delete(gameId);
        return this.handle(viewer, requestedGame, payloads, store, true);
      }
      return {
        kind: 'REJECTED',
        errorCode: 'INVALID_DECISIONS',
        message: `${errors.length} problem(s); nothing was stored`,
        errors,
      };
    }
    if (!store) return { kind: 'VALID', gameId, round, modules };

    const outcome = await this.enqueue({ viewer, gameId, round, teamId: viewer.teamId, checked });
    if (outcome.kind === 'NOT_OPEN' && head.cached && !fresh) {
      // the cached round may be stale (closed or replaced on another instance): decide again on fresh data
      this.heads.delete(gameId);
      return this.handle(viewer, requestedGame, payloads, store, true);
    }
    return outcome;
  }

  /**
   * The game's round state for a submission; open rounds are cached briefly
   * (see HEAD_TTL_MS), and the submissions that miss the cache together share
   * one read.
   */
  private head(gameId: string, fresh: boolean): Promise<GameHead> {
    const now = performance.now();
    const hit = fresh ? undefined : this.heads.get(gameId);
    if (hit && hit.until > now) {
      // refresh ahead, so that submissions to a busy game do not all wait for the next read
      if (hit.until - now < HEAD_REFRESH_AHEAD_MS) this.sharedHeadRead(gameId).catch(() => this.heads.delete(gameId));
      return Promise.resolve(hit);
    }
    return fresh ? this.readHead(gameId) : this.sharedHeadRead(gameId);
  }

  /** The head read in flight for this game, or a new one. */
  private sharedHeadRead(gameId: string): Promise<GameHead> {
    const running = this.headReads.get(gameId);
    if (running) return running;
    const read = this.readHead(gameId);
    this.headReads.set(gameId, read);
    const done = () => {
      if (this.headReads.get(gameId) === read) this.headReads.delete(gameId);
    };
    read.then(done, done);
    return read;
  }

  private async readHead(gameId: string): Promise<GameHead> {
    const startedAt = performance.now();
    const change = this.changes.get(gameId);
    const game = await this.db.read((em) =>
      em.findOne(GameEntity, {
        where: { id: gameId },
        select: { id: true, status: true, currentRound: true, scenarioKey: true },
      }),
    );
    if (!game) throw notFound(`game "${gameId}"`);
    let open = false;
    if (game.status !== 'FINISHED' && game.currentRound > 0) {
      const round = await this.db.read((em) =>
        em.findOne(RoundEntity, { where: { gameId, number: game.currentRound }, select: { id: true, status: true } }),
      );
      open = round?.status === 'OPEN';
    }
    const head: GameHead = {
      status: game.status,
      currentRound: game.currentRound,
      scenarioKey: game.scenarioKey,
      open,
      cached: false,
      until: 0,
    };
    if (open && this.changes.get(gameId) === change) {
      if (this.heads.size >= 10_000) this.heads.clear();
      this.heads.set(gameId, { ...head, cached: true, until: startedAt + HEAD_TTL_MS });
    } else {
      this.heads.delete(gameId);
    }
    return head;
  }

  /**
   * Group commit: a submission waits while a write runs; the next transaction
   * stores every waiting one (each with its own versions, round check and
   * audit row). If that transaction fails, each is retried alone, so one
   * failure never loses or half-writes another.
   */
  private enqueue(submission: Omit<Pending, 'resolve' | 'reject'>): Promise<DecisionOutcome> {
    return new Promise<DecisionOutcome>((resolve, reject) => {
      this.pending.push({ ...submission, resolve, reject });
      if (!this.flushing) {
        // start after the current turn of the event loop: the submissions read in the same turn (a burst) share the first transaction
        this.flushing = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0, MAX_BATCH);
        try {
          const outcomes = await this.db.writeSql((tx) => this.storeBatch(tx, batch));
          batch.forEach((p, i) => p.resolve(outcomes[i]));
        } catch (error) {
          if (batch.length === 1) {
            batch[0].reject(error);
            continue;
          }
          for (const p of batch) {
            try {
              const [outcome] = await this.db.writeSql((tx) => this.storeBatch(tx, [p]));
              p.resolve(outcome);
            } catch (alone) {
              p.reject(alone);
            }
          }
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  /** One transaction for a batch of validated submissions; the outcome of each, in order. */
  private async storeBatch(tx: SqlTx, batch: Pending[]): Promise<DecisionOutcome[]> {
    // re-check inside the transaction: a close that got in first wins, and such a submission is refused whole
    const state = new Map<string, SubmissionState>();
    for (const gameId of [...new Set(batch.map((p) => p.gameId))].sort()) {
      const pairs = new Map<string, { teamId: string; module: ModuleName }>();
      for (const p of batch)
        if (p.gameId === gameId)
          for (const { module } of p.checked) pairs.set(`${p.teamId}|${module}`, { teamId: p.teamId, module });
      state.set(gameId, await readSubmissionState(tx, gameId, [...pairs.values()]));
    }
    const submittedAt = this.clock.nowIso();
    const inserts: Pick<DecisionSetEntity, (typeof DECISION_COLUMNS)[number]>[] = [];
    const audits: AuditEntry[] = [];
    const outcomes = batch.map((p): DecisionOutcome => {
      const game = state.get(p.gameId) as SubmissionState;
      if (game.openRound !== p.round) {
        return {
          kind: 'NOT_OPEN',
          errorCode: 'ROUND_CLOSED',
          message: `round ${p.round} closed before this submission was stored; nothing was stored`,
        };
      }
      const versions = p.checked.map(({ module, payload }) => {
        const key = `${p.teamId}|${module}`;
        const version = (game.versions.get(key) ?? 0) + 1;
        game.versions.set(key, version);
        inserts.push({
          id: this.ids.rowId(),
          gameId: p.gameId,
          roundNumber: p.round,
          teamId: p.teamId,
          module,
          payload,
          version,
          submittedAt,
        });
        return { module, version };
      });
      audits.push({
        viewer: p.viewer,
        action: 'DECISIONS_SUBMITTED',
        gameId: p.gameId,
        detail: { round: p.round, modules: versions },
      });
      return { kind: 'ACCEPTED', gameId: p.gameId, round: p.round, modules: versions };
    });
    await tx.insert(DecisionSetEntity, DECISION_COLUMNS, inserts);
    await tx.insert(AuditLogEntity, AUDIT_COLUMNS, this.audit.rows(audits));
    return outcomes;
  }

  /** The counting decisions of the calling team in a round (default: the current one). */
  async latestOfViewer(viewer: Viewer, round?: number): Promise<DecisionSetEntity[]> {
    const game = await this.games.get(viewer, viewer.gameId as string);
    return this.latest(viewer.teamId as string, game.id, round ?? game.currentRound);
  }

  /** The counting (latest) decisions of a team in a round, per module. */
  async latest(teamId: string, gameId: string, round: number): Promise<DecisionSetEntity[]> {
    const rows = await this.db.read((em) =>
      em.find(DecisionSetEntity, { where: { gameId, teamId, roundNumber: round } }),
    );
    return latestRows(rows).sort((a, b) => ORDER.indexOf(a.module) - ORDER.indexOf(b.module));
  }

  /** Number of submissions per team and module in a round (instructor progress view). */
  async progress(gameId: string, round: number): Promise<Map<string, Record<ModuleName, number>>> {
    const rows = await this.db.read((em) =>
      em.find(DecisionSetEntity, { where: { gameId, roundNumber: round }, select: ['teamId', 'module', 'version'] }),
    );
    const out = new Map<string, Record<ModuleName, number>>();
    for (const r of latestRows(rows)) {
      const rec = out.get(r.teamId) ?? { OPERATIONS: 0, SELECTION: 0, ADS: 0, FULFILLMENT: 0 };
      rec[r.module] = r.version;
      out.set(r.teamId, rec);
    }
    return out;
  }
}
