import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Viewer } from '../auth/viewer';
import { toTeamModel } from '../game/game.mapper';
import { ModuleEnum } from '../scenario/scenario.model';
import { MarketReportModel, RivalListing, TeamReport } from './report.model';
import { ReportService } from './report.service';
import { KpiInfoModel, kpiInfoModel, toKpiInfoModel } from './kpi-info.model';
import { KPI_CATALOG } from '../engine/scoring/kpi-catalog';
import { bestGains } from '../engine/scoring/best-gains';
import type { ModuleName } from '../engine';

@Resolver()
export class ReportResolver {
  constructor(private readonly reports: ReportService) {}

  @Query(() => TeamReport, {
    description:
      "A team's results of a closed round. Teams: their own (teamId optional). Instructors and graders: any team of the game.",
  })
  @Roles('INSTRUCTOR', 'GRADER', 'TEAM')
  async teamReport(
    @CurrentViewer() viewer: Viewer,
    @Args('gameId', { type: () => ID }) gameId: string,
    @Args('round', { type: () => Int }) round: number,
    @Args('teamId', { type: () => ID, nullable: true }) teamId?: string | null,
  ): Promise<TeamReport> {
    const { team, result } = await this.reports.teamReport(viewer, gameId, round, teamId);
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

  @Query(() => [KpiInfoModel], {
    description: 'Every KPI the engine reports, with its label and definition in English and Chinese and its unit.',
  })
  @Roles('INSTRUCTOR', 'GRADER', 'TEAM')
  kpiCatalog(): KpiInfoModel[] {
    return KPI_CATALOG.map(toKpiInfoModel);
  }

  @Query(() => [MarketReportModel], {
    description: 'Market aggregates of a closed round, as far as the scenario lets teams see them.',
  })
  @Roles('INSTRUCTOR', 'GRADER', 'TEAM')
  marketReport(
    @CurrentViewer() viewer: Viewer,
    @Args('gameId', { type: () => ID }) gameId: string,
    @Args('round', { type: () => Int }) round: number,
  ): Promise<MarketReportModel[]> {
    return this.reports.marketReport(viewer, gameId, round);
  }

  @Query(() => [RivalListing], {
    description:
      "Other sellers' listings (teams and competitor sellers) in a closed round: prices and ratings, as far as the scenario lets teams see them.",
  })
  @Roles('INSTRUCTOR', 'GRADER', 'TEAM')
  rivalListings(
    @CurrentViewer() viewer: Viewer,
    @Args('gameId', { type: () => ID }) gameId: string,
    @Args('round', { type: () => Int }) round: number,
  ): Promise<RivalListing[]> {
    return this.reports.rivalListings(viewer, gameId, round);
  }
}
