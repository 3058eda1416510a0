import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Viewer } from '../auth/viewer';
import { MarketReportModel, RivalListing, TeamReport } from './report.model';
import { ReportService } from './report.service';
import { KpiInfoModel, toKpiInfoModel } from './kpi-info.model';
import { toLuckScore, toTeamReport } from './team-report.mapper';
import { KPI_CATALOG } from '../engine/scoring/kpi-catalog';

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
    const { team, result, row } = await this.reports.teamReport(viewer, gameId, round, teamId);
    return { ...toTeamReport(gameId, round, team, result), luck: toLuckScore(row) };
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
