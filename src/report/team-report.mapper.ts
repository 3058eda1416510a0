import type { ModuleName, TeamRoundResult } from '../engine/types';
import { bestGains } from '../engine/scoring/best-gains';
import { kpiInfoModel } from './kpi-info.model';
import { toTeamModel } from '../game/game.mapper';
import type { TeamEntity } from '../game/team.entity';
import { ModuleEnum } from '../scenario/scenario.model';
import type { LuckScoreModel, TeamReport } from './report.model';
import type { TeamRoundResultEntity } from './team-round-result.entity';

/** The GraphQL form of a team's round result (stored, or replayed by a what-if). */
export function toTeamReport(gameId: string, round: number, team: TeamEntity, result: TeamRoundResult): TeamReport {
  return {
    gameId,
    round,
    team: toTeamModel(team),
    total: result.total,
    // results stored before engine 2.1 have no loss factor and no counted flag
    lossFactor: result.lossFactor ?? 1,
    absentModules: result.absentModules.map((m) => ModuleEnum[m]),
    cashStartCents: result.cashStartCents,
    cashEndCents: result.cashEndCents,
    scores: result.scores.map((s) => ({
      ...s,
      module: ModuleEnum[s.module],
      points: s.points.map((p) => ({ ...p, counted: p.counted ?? true, info: kpiInfoModel(s.module, p.kpi) })),
      bestGains: bestGains(s).map((g) => ({ ...g, info: kpiInfoModel(s.module, g.kpi) })),
    })),
    kpis: (Object.entries(result.kpis) as [ModuleName, Record<string, number>][]).flatMap(([module, kpis]) =>
      Object.entries(kpis).map(([name, value]) => ({
        module: ModuleEnum[module],
        name,
        value,
        info: kpiInfoModel(module, name),
      })),
    ),
    ledger: result.ledger,
    // results stored by engine 1 lack the fields engine 2 added
    listings: result.listings.map((l) => ({
      ...l,
      expectedOrders: l.expectedOrders ?? l.orders,
      deliveryDays: l.deliveryDays ?? 0,
      keywords: l.keywords ?? [],
    })),
    auctions: result.auctions.map((a) => ({
      ...a,
      floorCpcCents: a.floorCpcCents ?? 0,
      status: a.status ?? (a.averagePosition > 0 ? 'RAN' : 'OUTBID'),
      impressionsLostToBudget: a.impressionsLostToBudget ?? 0,
    })),
    lanes: result.lanes,
    badges: result.badges,
    cuts: result.adjustments ?? [],
  };
}

type LuckColumns = Pick<
  TeamRoundResultEntity,
  'luckTotal' | 'luckOperations' | 'luckSelection' | 'luckAds' | 'luckFulfillment' | 'luckReplays'
>;

/** A stored result's luck-adjusted score; null for rounds closed before it was computed. */
export function toLuckScore(row: LuckColumns): LuckScoreModel | null {
  if (row.luckTotal === null || row.luckTotal === undefined) return null;
  return {
    total: row.luckTotal,
    modules: [
      { module: ModuleEnum.OPERATIONS, score: row.luckOperations ?? 0 },
      { module: ModuleEnum.SELECTION, score: row.luckSelection ?? 0 },
      { module: ModuleEnum.ADS, score: row.luckAds ?? 0 },
      { module: ModuleEnum.FULFILLMENT, score: row.luckFulfillment ?? 0 },
    ],
    replays: row.luckReplays ?? 0,
  };
}
