import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { AppError, AppErrorCode, forbidden, notFound } from '../common/app-error';
import { DatabaseService } from '../database/database.service';
import type { MarketRoundReport, RoundOutcome, TeamRoundResult } from '../engine/types';
import { GameService } from '../game/game.service';
import type { TeamEntity } from '../game/team.entity';
import { RoundService } from '../round/round.service';
import { ScenarioStoreService } from '../scenario/scenario-store.service';
import { TeamRoundResultEntity } from './team-round-result.entity';
import { canSeeShared } from './visibility';

export interface RivalListingView {
  market: string;
  product: string;
  seller: string;
  kind: 'TEAM' | 'COMPETITOR' | string;
  priceCents: number;
  rating: number;
}

/** Reads results of closed rounds, each through the visibility rules. */
@Injectable()
export class ReportService {
  constructor(
    private readonly db: DatabaseService,
    private readonly games: GameService,
    private readonly rounds: RoundService,
    private readonly scenarios: ScenarioStoreService,
  ) {}

  async teamReport(
    viewer: Viewer,
    gameId: string,
    round: number,
    teamId?: string | null,
  ): Promise<{ team: TeamEntity; result: TeamRoundResult; row: TeamRoundResultEntity }> {
    const team = await this.games.resolveTeam(viewer, gameId, teamId);
    await this.closedRound(gameId, round);
    const row = await this.db.read((em) =>
      em.findOne(TeamRoundResultEntity, { where: { gameId, roundNumber: round, teamId: team.id } }),
    );
    if (!row) throw notFound(`report of team ${team.code} for round ${round}`);
    return { team, result: JSON.parse(row.result) as TeamRoundResult, row };
  }

  async marketReport(viewer: Viewer, gameId: string, round: number): Promise<MarketRoundReport[]> {
    const game = await this.games.get(viewer, gameId);
    const scenario = await this.scenarios.contentByKey(game.scenarioKey);
    const closed = await this.closedRound(gameId, round);
    if (!canSeeShared(viewer, game, scenario.policies.visibility.marketReport)) {
      throw forbidden(
        `this scenario shows market reports to teams ${scenario.policies.visibility.marketReport === 'NEVER' ? 'never' : 'after the game'}`,
      );
    }
    return (JSON.parse(closed.outcome as string) as RoundOutcome).markets;
  }

  /**
   * What shoppers could see of other sellers in a closed round: the other
   * teams' listed prices and ratings, and the scenario's competitor sellers.
   * Teams see it as the scenario's `visibility.rivalListings` allows; their
   * own listings are left out.
   */
  async rivalListings(viewer: Viewer, gameId: string, round: number): Promise<RivalListingView[]> {
    const game = await this.games.get(viewer, gameId);
    const scenario = await this.scenarios.contentByKey(game.scenarioKey);
    await this.closedRound(gameId, round);
    const rule = scenario.policies.visibility.rivalListings;
    if (!canSeeShared(viewer, game, rule))
      throw forbidden(`this scenario shows rivals' listings to teams ${rule === 'NEVER' ? 'never' : 'after the game'}`);
    const [teams, rows] = await Promise.all([
      this.games.teams(gameId),
      this.db.read((em) => em.find(TeamRoundResultEntity, { where: { gameId, roundNumber: round } })),
    ]);
    const nameOf = new Map(teams.map((t) => [t.id, t.name]));
    const fromTeams = rows
      .filter((r) => r.teamId !== viewer.teamId)
      .flatMap((r) => {
        const result = JSON.parse(r.result) as TeamRoundResult;
        return result.listings.map((l) => ({
          market: l.market,
          product: l.product,
          seller: nameOf.get(r.teamId) ?? '?',
          kind: 'TEAM',
          priceCents: l.priceCents,
          rating: l.rating,
        }));
      });
    const fromCompetitors = scenario.competitors.flatMap((c) =>
      c.listings.map((l) => ({
        market: c.market,
        product: l.product,
        seller: c.name,
        kind: 'COMPETITOR',
        priceCents: l.priceCents,
        rating: c.rating,
      })),
    );
    const order = (a: RivalListingView, b: RivalListingView): number =>
      a.market.localeCompare(b.market) ||
      a.product.localeCompare(b.product) ||
      a.priceCents - b.priceCents ||
      a.seller.localeCompare(b.seller);
    return [...fromTeams, ...fromCompetitors].sort(order);
  }

  private async closedRound(gameId: string, number: number) {
    if (!Number.isInteger(number) || number < 1)
      throw new AppError(AppErrorCode.BAD_INPUT, 'round must be a positive integer', { field: 'round' });
    const round = await this.rounds.get(gameId, number);
    if (round.status !== 'CLOSED')
      throw new AppError(
        AppErrorCode.CONFLICT,
        `round ${number} is not closed yet; results are published when it closes`,
      );
    return round;
  }
}
