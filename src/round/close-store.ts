/**
 * The database side of a close: what it reads (a snapshot of the open round,
 * with the version it is checked against before commit) and what it stores.
 */
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { AuditService } from '../common/audit.service';
import type { FaultInjector } from '../common/fault-injector';
import { type IdService, sha256Hex } from '../common/ids';
import { bulkInsert } from '../database/bulk-insert';
import { DecisionSetEntity } from '../decision/decision-set.entity';
import type { Scenario } from '../engine/types';
import type { GameEntity } from '../game/game.entity';
import { TeamEntity } from '../game/team.entity';
import { TeamRoundResultEntity } from '../report/team-round-result.entity';
import { botPlayers, type CloseDecisionRow, type CloseInput, type CloseOutput } from './close-computation';
import { RoundEntity } from './round.entity';

/** The refusal of a close when no round is open. */
export type NoOpenRound = { ok: false; errorCode: string; message: string };

/** The open round as read for a close, and what the computation is given. */
export interface CloseSnapshot {
  ok: true;
  round: RoundEntity;
  input: CloseInput;
  /** Decision rows stored for the round, every version (the version the commit checks). */
  rowCount: number;
}

/** The open round of a game (from the row `game` as read or locked), or the refusal to close. */
export async function openRoundOf(em: EntityManager, game: GameEntity): Promise<RoundEntity | NoOpenRound> {
  const round = await em.findOne(RoundEntity, { where: { gameId: game.id, number: game.currentRound } });
  if (round && round.status === 'OPEN') return round;
  const message = round ? `round ${round.number} is already closed` : 'no round has been opened';
  return { ok: false, errorCode: 'NO_OPEN_ROUND', message };
}

/** The counting decision rows of a round: per team and module, only the highest version. */
async function countingRows(em: EntityManager, gameId: string, round: number): Promise<CloseDecisionRow[]> {
  return em
    .createQueryBuilder(DecisionSetEntity, 'd')
    .select(['d.teamId', 'd.module', 'd.version', 'd.payload'])
    .innerJoin(
      (latest) =>
        latest
          .select('v.teamId', 'teamId')
          .addSelect('v.module', 'module')
          .addSelect('MAX(v.version)', 'version')
          .from(DecisionSetEntity, 'v')
          .where('v.gameId = :gameId AND v.roundNumber = :round', { gameId, round })
          .groupBy('v.teamId')
          .addGroupBy('v.module'),
      'latest',
      'latest."teamId" = d.teamId AND latest."module" = d.module AND latest."version" = d.version',
    )
    .where('d.gameId = :gameId AND d.roundNumber = :round', { gameId, round })
    .getMany();
}

/** Reads what a close of the game's open round computes on. */
export async function readCloseSnapshot(
  em: EntityManager,
  game: GameEntity,
  scenario: Scenario,
): Promise<CloseSnapshot | NoOpenRound> {
  const round = await openRoundOf(em, game);
  if (!(round instanceof RoundEntity)) return round;
  const [teams, rows, rowCount] = await Promise.all([
    em.find(TeamEntity, { where: { gameId: game.id }, select: { id: true, code: true, botStrategy: true } }),
    countingRows(em, game.id, round.number),
    em.count(DecisionSetEntity, { where: { gameId: game.id, roundNumber: round.number } }),
  ]);
  const previousResults: Record<string, string> = {};
  if (round.number > 1 && botPlayers(scenario, teams, rows).length > 0) {
    const previous = await em.find(TeamRoundResultEntity, {
      where: { gameId: game.id, roundNumber: round.number - 1 },
      select: { teamId: true, result: true },
    });
    for (const r of previous) previousResults[r.teamId] = r.result;
  }
  const input: CloseInput = {
    scenario,
    seed: game.seed,
    round: round.number,
    stateJson: game.state,
    teams,
    rows,
    previousResults,
  };
  return { ok: true, round, input, rowCount };
}

/**
 * Whether the snapshot is still what a close would read now: the same open
 * round, and no decision or team added since (decision rows are only ever
 * added while a round is open, and the state changes only at a close).
 */
export async function snapshotCurrent(em: EntityManager, game: GameEntity, snapshot: CloseSnapshot): Promise<boolean> {
  if (game.currentRound !== snapshot.round.number) return false;
  const [rows, teams] = await Promise.all([
    em.count(DecisionSetEntity, { where: { gameId: game.id, roundNumber: snapshot.round.number } }),
    em.count(TeamEntity, { where: { gameId: game.id } }),
  ]);
  return rows === snapshot.rowCount && teams === snapshot.input.teams.length;
}

/** What storing a close needs besides the transaction. */
export interface CloseStoreContext {
  viewer: Viewer | null;
  ids: IdService;
  now: string;
  audit: AuditService;
  faults: FaultInjector;
}

/** Stores a computed close in the caller's transaction: bot decisions, results (with luck), the closed round with its start state, and the next state. */
export async function storeClose(
  em: EntityManager,
  game: GameEntity,
  snapshot: CloseSnapshot,
  out: CloseOutput,
  ctx: CloseStoreContext,
): Promise<{ round: RoundEntity; game: GameEntity }> {
  const round = snapshot.round;
  if (out.finishedRound !== round.number)
    throw new Error(`engine resolved round ${out.finishedRound}, expected ${round.number}`);
  const base = { gameId: game.id, roundNumber: round.number };
  const decisions = out.botRows.map((r) => ({ ...r, ...base, id: ctx.ids.rowId(), submittedAt: ctx.now }));
  await bulkInsert(em, DecisionSetEntity, decisions);
  const results = out.teams.map((t) => ({
    ...base,
    id: ctx.ids.uuid(),
    teamId: t.teamId,
    total: t.total,
    operations: t.scores.OPERATIONS,
    selection: t.scores.SELECTION,
    ads: t.scores.ADS,
    fulfillment: t.scores.FULFILLMENT,
    absentModules: t.absentModules.join(','),
    autopilot: t.autopilot,
    result: t.resultJson,
    luckTotal: t.luck.total,
    luckOperations: t.luck.modules.OPERATIONS,
    luckSelection: t.luck.modules.SELECTION,
    luckAds: t.luck.modules.ADS,
    luckFulfillment: t.luck.modules.FULFILLMENT,
    luckReplays: t.luck.replays,
  }));
  await bulkInsert(em, TeamRoundResultEntity, results);
  ctx.faults.hit('close:after-results');
  Object.assign(round, {
    status: 'CLOSED',
    startState: snapshot.input.stateJson,
    closedAt: ctx.now,
    outcome: out.outcomeJson,
    outcomeHash: sha256Hex(out.outcomeJson),
  });
  await em.save(round);
  game.state = out.nextStateJson;
  if (round.number >= game.roundCount) game.status = 'FINISHED';
  await em.save(game);
  const submissions = snapshot.rowCount + out.botRows.length;
  await ctx.audit.record(em, ctx.viewer, 'ROUND_CLOSED', game.id, {
    round: round.number,
    outcomeHash: round.outcomeHash,
    submissions,
  });
  ctx.faults.hit('close:before-commit');
  return { round, game };
}
