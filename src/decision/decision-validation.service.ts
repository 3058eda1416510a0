import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { AppError, AppErrorCode } from '../common/app-error';
import { canonicalJson, checkDecision, MODULE_ORDER } from '../engine';
import { GameService } from '../game/game.service';
import { ScenarioStoreService } from '../scenario/scenario-store.service';
import { deadlinePassed } from '../round/deadline-rule';
import {
  arrivedAfterDeadline,
  type CheckedSubmission,
  type DecisionOutcome,
  type ModuleDecisionError,
  type ModulePayloads,
  rejected,
} from './decision-outcome';
import { RoundState, RoundStateService } from './round-state.service';

/** A validation's verdict: the outcome to answer with, or the checked submission; and whether the round state came from the cache. */
export type Verdict = { gameId: string; cached: boolean } & (
  { ok: false; outcome: DecisionOutcome } | { ok: true; checked: CheckedSubmission }
);

/** Why the round takes no decisions at `at`, if it takes none (a round past its deadline is closed, poller or not). */
function notOpen(state: RoundState, at: Date): DecisionOutcome | null {
  if (state.status === 'FINISHED')
    return { kind: 'RoundNotOpen', errorCode: 'GAME_FINISHED', message: 'the game is over' };
  if (state.currentRound === 0)
    return { kind: 'RoundNotOpen', errorCode: 'NO_OPEN_ROUND', message: 'no round has been opened yet' };
  if (!state.open)
    return {
      kind: 'RoundNotOpen',
      errorCode: 'ROUND_CLOSED',
      message: `round ${state.currentRound} is closed; wait for the next round to open`,
    };
  if (deadlinePassed(state.deadline, at)) return arrivedAfterDeadline(state.currentRound, state.deadline ?? '');
  return null;
}

/**
 * Who may submit, to which round, and whether the decisions pass the
 * engine's one validator (the same checks for dry runs, submissions and the
 * close). A team submits only to its own game, and only while a round is open.
 */
@Injectable()
export class DecisionValidationService {
  constructor(
    private readonly games: GameService,
    private readonly scenarios: ScenarioStoreService,
    private readonly rounds: RoundStateService,
  ) {}

  /** Checks a team's payloads against the round of its game open at `at` (`fresh`: round state not from the cache). */
  async check(
    viewer: Viewer,
    requestedGame: string | undefined,
    payloads: ModulePayloads,
    at: Date,
    fresh: boolean,
  ): Promise<Verdict> {
    if (viewer.role !== 'TEAM' || !viewer.teamId || !viewer.gameId)
      throw new AppError(AppErrorCode.FORBIDDEN, 'only a team token submits decisions');
    const gameId = requestedGame ?? viewer.gameId;
    this.games.assertGameAccess(viewer, gameId);
    const modules = MODULE_ORDER.filter((m) => payloads[m] !== undefined && payloads[m] !== null);
    if (modules.length === 0) {
      const message = 'give at least one of operations, selection, ads, fulfillment';
      return {
        ok: false,
        outcome: rejected('NO_MODULES', [], message),
        gameId,
        cached: false,
      };
    }
    const state = await this.rounds.get(gameId, fresh);
    const refused = notOpen(state, at);
    if (refused) return { ok: false, outcome: refused, gameId, cached: state.cached };
    const scenario = await this.scenarios.contentByKey(state.scenarioKey);
    const checked: CheckedSubmission = { gameId, round: state.currentRound, teamId: viewer.teamId, modules: [] };
    const errors: ModuleDecisionError[] = [];
    for (const module of modules) {
      const check = checkDecision(scenario, module, payloads[module], state.currentRound);
      if (check.ok) checked.modules.push({ module, payload: canonicalJson(check.value) });
      else errors.push(...check.errors.map((e) => ({ ...e, module })));
    }
    if (errors.length === 0) return { ok: true, checked, gameId, cached: state.cached };
    return { ok: false, outcome: rejected('INVALID_DECISIONS', errors), gameId, cached: state.cached };
  }
}
