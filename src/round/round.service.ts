import { Injectable, Logger } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { notFound } from '../common/app-error';
import { AuditService } from '../common/audit.service';
import { Clock } from '../common/clock';
import { futureIso } from '../common/future-date';
import { FaultInjector } from '../common/fault-injector';
import { IdService, sha256Hex } from '../common/ids';
import { DatabaseService } from '../database/database.service';
import { DecisionSetEntity } from '../decision/decision-set.entity';
import { latestDecisionsByTeam } from '../decision/latest-decisions';
import { canonicalJson, resolveRound } from '../engine';
import type { GameState, ModuleName, RoundOutcome } from '../engine/types';
import { GameEntity } from '../game/game.entity';
import { lockGameRow } from '../game/game-lock';
import { TeamEntity } from '../game/team.entity';
import { TeamRoundResultEntity } from '../report/team-round-result.entity';
import { ScenarioStoreService } from '../scenario/scenario-store.service';
import { storeBotTurns } from './bot-turns';
import { RoundEntity } from './round.entity';
import { RoundEvents } from './round-events';

export type RoundActionResult =
  { ok: true; round: RoundEntity; game: GameEntity } | { ok: false; errorCode: string; message: string };

const scoreOf = (o: RoundOutcome['teams'][number], m: ModuleName): number =>
  o.scores.find((s) => s.module === m)?.score ?? 0;

/** Opens and closes rounds. Closing is one transaction: every result or none. */
@Injectable()
export class RoundService {
  private readonly log = new Logger('Rounds');

  constructor(
    private readonly db: DatabaseService,
    private readonly ids: IdService,
    private readonly clock: Clock,
    private readonly scenarios: ScenarioStoreService,
    private readonly events: RoundEvents,
    private readonly audit: AuditService,
    private readonly faults: FaultInjector,
  ) {}

  async open(viewer: Viewer | null, gameId: string, deadline?: string | null): Promise<RoundActionResult> {
    const deadlineIso = futureIso(deadline, 'deadline', this.clock.now());
    const result = await this.db.write(async (em): Promise<RoundActionResult> => {
      const game = await lockGameRow(em, gameId);
      if (game.status === 'FINISHED')
        return { ok: false, errorCode: 'GAME_FINISHED', message: 'the game has played all its rounds' };
      const current = await em.findOne(RoundEntity, { where: { gameId, number: game.currentRound } });
      if (current && current.status === 'OPEN')
        return { ok: false, errorCode: 'ROUND_ALREADY_OPEN', message: `round ${current.number} is open` };
      const round = em.create(RoundEntity, {
        id: this.ids.uuid(),
        gameId,
        number: game.currentRound + 1,
        status: 'OPEN',
        openedAt: this.clock.nowIso(),
        deadline: deadlineIso,
        closedAt: null,
        outcomeHash: null,
        outcome: null,
      });
      await em.save(round);
      game.currentRound = round.number;
      game.status = 'RUNNING';
      await em.save(game);
      await this.audit.record(em, viewer, 'ROUND_OPENED', gameId, { round: round.number, deadline: deadlineIso });
      return { ok: true, round, game };
    });
    if (result.ok) this.publish(result);
    return result;
  }

  /** Resolves the open round for every team and publishes the results; a second call finds no open round. */
  async close(viewer: Viewer | null, gameId: string): Promise<RoundActionResult> {
    const gameRow = await this.db.read((em) => em.findOne(GameEntity, { where: { id: gameId } }));
    if (!gameRow) throw notFound(`game "${gameId}"`);
    const scenario = await this.scenarios.contentByKey(gameRow.scenarioKey);
    const result = await this.db.write(async (em): Promise<RoundActionResult> => {
      const game = await lockGameRow(em, gameId);
      const round = await em.findOne(RoundEntity, { where: { gameId, number: game.currentRound } });
      if (!round || round.status !== 'OPEN') {
        return {
          ok: false,
          errorCode: 'NO_OPEN_ROUND',
          message: round ? `round ${round.number} is already closed` : 'no round has been opened',
        };
      }
      const teams = await em.find(TeamEntity, { where: { gameId } });
      const rows = await em.find(DecisionSetEntity, { where: { gameId, roundNumber: round.number } });
      const state = JSON.parse(game.state) as GameState;
      const bots = await storeBotTurns(em, {
        gameId,
        seed: game.seed,
        round: round.number,
        scenario,
        state,
        teams,
        rows,
        newId: () => this.ids.rowId(),
        now: this.clock.nowIso(),
      });
      rows.push(...bots.rows);
      const decisions = latestDecisionsByTeam(rows, teams);
      const { state: next, outcome } = resolveRound({ scenario, seed: game.seed, state, decisions });
      if (outcome.round !== round.number)
        throw new Error(`engine resolved round ${outcome.round}, expected ${round.number}`);
      const outcomeJson = canonicalJson(outcome);
      const teamByCode = new Map(teams.map((t) => [t.code, t]));
      const results = outcome.teams.map((r) => {
        const team = teamByCode.get(r.teamId);
        if (!team) throw new Error(`engine returned unknown team ${r.teamId}`);
        return em.create(TeamRoundResultEntity, {
          id: this.ids.uuid(),
          gameId,
          roundNumber: round.number,
          teamId: team.id,
          total: r.total,
          operations: scoreOf(r, 'OPERATIONS'),
          selection: scoreOf(r, 'SELECTION'),
          ads: scoreOf(r, 'ADS'),
          fulfillment: scoreOf(r, 'FULFILLMENT'),
          absentModules: r.absentModules.join(','),
          autopilot: bots.autopilot.has(team.id),
          result: canonicalJson(r),
        });
      });
      await em.save(results, { chunk: 100 });
      this.faults.hit('close:after-results');
      round.status = 'CLOSED';
      round.closedAt = this.clock.nowIso();
      round.outcome = outcomeJson;
      round.outcomeHash = sha256Hex(outcomeJson);
      await em.save(round);
      game.state = canonicalJson(next);
      if (round.number >= game.roundCount) game.status = 'FINISHED';
      await em.save(game);
      await this.audit.record(em, viewer, 'ROUND_CLOSED', gameId, {
        round: round.number,
        outcomeHash: round.outcomeHash,
        submissions: rows.length,
      });
      this.faults.hit('close:before-commit');
      return { ok: true, round, game };
    });
    if (result.ok) this.publish(result);
    return result;
  }

  async get(gameId: string, number: number): Promise<RoundEntity> {
    const round = await this.db.read((em) => em.findOne(RoundEntity, { where: { gameId, number } }));
    if (!round) throw notFound(`round ${number} of game "${gameId}"`);
    return round;
  }

  list(gameId: string): Promise<RoundEntity[]> {
    return this.db.read((em) => em.find(RoundEntity, { where: { gameId }, order: { number: 'ASC' } }));
  }

  /** Open rounds whose deadline has passed. */
  async overdue(): Promise<RoundEntity[]> {
    const now = this.clock.nowIso();
    const open = await this.db.read((em) => em.find(RoundEntity, { where: { status: 'OPEN' } }));
    return open.filter((r) => r.deadline !== null && r.deadline <= now);
  }

  private publish({ round, game }: { round: RoundEntity; game: GameEntity }): void {
    this.events
      .publish({
        gameId: game.id,
        round: round.number,
        status: round.status,
        outcomeHash: round.outcomeHash,
        gameStatus: game.status,
      })
      .catch((e: Error) => this.log.warn(`could not publish round change: ${e.message}`));
  }
}
