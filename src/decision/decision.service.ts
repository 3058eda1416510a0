import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { AppError, AppErrorCode } from '../common/app-error';
import { AuditService } from '../common/audit.service';
import { Clock } from '../common/clock';
import { IdService } from '../common/ids';
import { DatabaseService } from '../database/database.service';
import { canonicalJson, checkDecision } from '../engine';
import type { DecisionError, ModuleName } from '../engine/types';
import { GameEntity } from '../game/game.entity';
import { lockGameRow } from '../game/game-lock';
import { GameService } from '../game/game.service';
import { RoundEntity } from '../round/round.entity';
import { ScenarioStoreService } from '../scenario/scenario-store.service';
import { DecisionSetEntity } from './decision-set.entity';

export type ModulePayloads = Partial<Record<ModuleName, unknown>>;

export type DecisionOutcome =
  | { kind: 'ACCEPTED'; gameId: string; round: number; modules: { module: ModuleName; version: number }[] }
  | { kind: 'VALID'; gameId: string; round: number; modules: ModuleName[] }
  | { kind: 'REJECTED'; errorCode: string; message: string; errors: (DecisionError & { module: ModuleName })[] }
  | { kind: 'NOT_OPEN'; errorCode: string; message: string };

const ORDER: ModuleName[] = ['OPERATIONS', 'SELECTION', 'ADS', 'FULFILLMENT'];

/** Validates and stores teams' decisions; one validator (the engine's) for dry runs, submissions and close. */
@Injectable()
export class DecisionService {
  constructor(
    private readonly db: DatabaseService,
    private readonly ids: IdService,
    private readonly clock: Clock,
    private readonly games: GameService,
    private readonly scenarios: ScenarioStoreService,
    private readonly audit: AuditService,
  ) {}

  validate(viewer: Viewer, gameId: string | undefined, payloads: ModulePayloads): Promise<DecisionOutcome> {
    return this.handle(viewer, gameId, payloads, false);
  }

  submit(viewer: Viewer, gameId: string | undefined, payloads: ModulePayloads): Promise<DecisionOutcome> {
    return this.handle(viewer, gameId, payloads, true);
  }

  private async handle(viewer: Viewer, requestedGame: string | undefined, payloads: ModulePayloads, store: boolean): Promise<DecisionOutcome> {
    if (viewer.role !== 'TEAM' || !viewer.teamId || !viewer.gameId) throw new AppError(AppErrorCode.FORBIDDEN, 'only a team token submits decisions');
    const gameId = requestedGame ?? viewer.gameId;
    this.games.assertGameAccess(viewer, gameId);
    const modules = ORDER.filter((m) => payloads[m] !== undefined && payloads[m] !== null);
    if (modules.length === 0) {
      return { kind: 'REJECTED', errorCode: 'NO_MODULES', message: 'give at least one of operations, selection, ads, fulfillment', errors: [] };
    }
    const game = await this.games.get(viewer, gameId);
    const notOpen = await this.notOpen(game);
    if (notOpen) return notOpen;
    const scenario = await this.scenarios.contentByKey(game.scenarioKey);
    const round = game.currentRound;
    const checked: { module: ModuleName; payload: string }[] = [];
    const errors: (DecisionError & { module: ModuleName })[] = [];
    for (const module of modules) {
      const check = checkDecision(scenario, module, payloads[module], round);
      if (check.ok) checked.push({ module, payload: canonicalJson(check.value) });
      else errors.push(...check.errors.map((e) => ({ ...e, module })));
    }
    if (errors.length > 0) {
      return { kind: 'REJECTED', errorCode: 'INVALID_DECISIONS', message: `${errors.length} problem(s); nothing was stored`, errors };
    }
    if (!store) return { kind: 'VALID', gameId, round, modules };

    const teamId = viewer.teamId;
    return this.db.write(async (em): Promise<DecisionOutcome> => {
      // re-check inside the transaction: a close that got in first wins, and this submission is refused whole
      const locked = await lockGameRow(em, gameId);
      const open = await em.findOne(RoundEntity, { where: { gameId, number: locked.currentRound, status: 'OPEN' } });
      if (!open || open.number !== round) return { kind: 'NOT_OPEN', errorCode: 'ROUND_CLOSED', message: `round ${round} closed before this submission was stored; nothing was stored` };
      // one read of the team's versions and one insert for every module submitted
      const previous = await em.find(DecisionSetEntity, { where: { gameId, roundNumber: round, teamId }, select: ['module', 'version'] });
      const versions = checked.map(({ module }) => ({ module, version: previous.reduce((v, r) => (r.module === module ? Math.max(v, r.version) : v), 0) + 1 }));
      const submittedAt = this.clock.nowIso();
      await em.insert(DecisionSetEntity, checked.map(({ module, payload }, i) => ({ id: this.ids.uuid(), gameId, roundNumber: round, teamId, module, payload, version: versions[i].version, submittedAt })));
      await this.audit.record(em, viewer, 'DECISIONS_SUBMITTED', gameId, { round, modules: versions });
      return { kind: 'ACCEPTED', gameId, round, modules: versions };
    });
  }

  private async notOpen(game: GameEntity): Promise<DecisionOutcome | null> {
    if (game.status === 'FINISHED') return { kind: 'NOT_OPEN', errorCode: 'GAME_FINISHED', message: 'the game is over' };
    if (game.currentRound === 0) return { kind: 'NOT_OPEN', errorCode: 'NO_OPEN_ROUND', message: 'no round has been opened yet' };
    const round = await this.db.read((em) => em.findOne(RoundEntity, { where: { gameId: game.id, number: game.currentRound } }));
    if (!round || round.status !== 'OPEN') return { kind: 'NOT_OPEN', errorCode: 'ROUND_CLOSED', message: `round ${game.currentRound} is closed; wait for the next round to open` };
    return null;
  }

  /** The counting decisions of the calling team in a round (default: the current one). */
  async latestOfViewer(viewer: Viewer, round?: number): Promise<DecisionSetEntity[]> {
    const game = await this.games.get(viewer, viewer.gameId as string);
    return this.latest(viewer.teamId as string, game.id, round ?? game.currentRound);
  }

  /** The counting (latest) decisions of a team in a round, per module. */
  async latest(teamId: string, gameId: string, round: number): Promise<DecisionSetEntity[]> {
    const rows = await this.db.read((em) => em.find(DecisionSetEntity, { where: { gameId, teamId, roundNumber: round } }));
    const best = new Map<ModuleName, DecisionSetEntity>();
    for (const r of rows) if ((best.get(r.module)?.version ?? 0) < r.version) best.set(r.module, r);
    return ORDER.flatMap((m) => (best.has(m) ? [best.get(m) as DecisionSetEntity] : []));
  }

  /** Number of submissions per team and module in a round (instructor progress view). */
  async progress(gameId: string, round: number): Promise<Map<string, Record<ModuleName, number>>> {
    const rows = await this.db.read((em) => em.find(DecisionSetEntity, { where: { gameId, roundNumber: round }, select: ['teamId', 'module', 'version'] }));
    const out = new Map<string, Record<ModuleName, number>>();
    for (const r of rows) {
      const rec = out.get(r.teamId) ?? { OPERATIONS: 0, SELECTION: 0, ADS: 0, FULFILLMENT: 0 };
      rec[r.module] = Math.max(rec[r.module], r.version);
      out.set(r.teamId, rec);
    }
    return out;
  }
}
