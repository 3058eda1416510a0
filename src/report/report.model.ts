import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { TeamModel } from '../game/game.model';
import { ModuleEnum } from '../scenario/scenario.model';
import { KpiInfoModel } from './kpi-info.model';
import { RankByEnum } from '../scoreboard/rank-by.enum';

@ObjectType({ description: 'One KPI turned into points through its band: the explanation of those points.' })
export class ScorePointModel {
  @Field() kpi!: string;
  @Field(() => Float) value!: number;
  @Field(() => Float) zeroAt!: number;
  @Field(() => Float) fullAt!: number;
  @Field(() => Float) maxPoints!: number;
  @Field(() => Float) points!: number;
  @Field({
    description:
      'False when the KPI did not apply this round (no ad spend, no parcels…): the band is left out of the score.',
  })
  counted!: boolean;
  @Field(() => KpiInfoModel, { description: "The KPI's label, unit and definition." }) info!: KpiInfoModel;
}

@ObjectType({ description: 'A change of one KPI that would have gained module points this round.' })
export class PointGainModel {
  @Field() kpi!: string;
  @Field(() => KpiInfoModel) info!: KpiInfoModel;
  @Field(() => Float, { description: "The KPI's value this round." }) from!: number;
  @Field(() => Float, { description: 'The value that gives the full points of its band.' }) to!: number;
  @Field(() => Float, { description: 'Module points (0..100) gained had the KPI reached `to`.' }) gain!: number;
}

@ObjectType()
export class ModuleScoreModel {
  @Field(() => ModuleEnum) module!: ModuleEnum;
  @Field(() => Float, { description: '0..100' }) score!: number;
  @Field({ description: 'False when the module was not played this round.' }) enabled!: boolean;
  @Field(() => [ScorePointModel]) points!: ScorePointModel[];
  @Field(() => [PointGainModel], {
    description: "The (up to) two changes that would have gained the most points, from the team's own figures.",
  })
  bestGains!: PointGainModel[];
}

@ObjectType()
export class KpiModel {
  @Field(() => ModuleEnum) module!: ModuleEnum;
  @Field() name!: string;
  @Field(() => Float) value!: number;
  @Field(() => KpiInfoModel, { description: "The KPI's label, unit and definition." }) info!: KpiInfoModel;
}

@ObjectType()
export class LedgerEntryModel {
  @Field() kind!: string;
  @Field(() => Float, { description: 'Credit > 0, debit < 0, in cents.' }) amountCents!: number;
}

@ObjectType({ description: "A listing's organic placement on one keyword, averaged over the shoppers' result pages." })
export class KeywordPlacementModel {
  @Field() keyword!: string;
  @Field(() => Float, { description: 'Average organic position (1 = top); 0 when not shown.' }) position!: number;
  @Field(() => Float) impressions!: number;
  @Field(() => Float) clicks!: number;
}

@ObjectType({ description: "The price-anomaly check of a listing against its product's price distribution." })
export class PriceCheckModel {
  @Field(() => Float, {
    description: "Centre (median, at most the reference price) of the product's prices, in cents.",
  })
  medianCents!: number;
  @Field(() => Float, { description: 'Median absolute deviation (after the scenario floor), in cents.' })
  madCents!: number;
  @Field(() => Float, { description: "Modified z-score of the listing's price." }) z!: number;
  @Field(() => Float, { description: 'Flagged below −threshold.' }) threshold!: number;
  @Field() flagged!: boolean;
  @Field(() => Float, { description: 'Share of shoppers the listing was shown to (1 when not flagged).' })
  exposure!: number;
}

@ObjectType({ description: 'A decision the engine had to cut, or an overdraft, with its reason.' })
export class EngineCutModel {
  @Field({ description: 'PURCHASE_CUT, TRANSFER_CUT, TRANSFER_CASH_CUT, ADS_BUDGET_CUT or OVERDRAFT.' }) code!: string;
  @Field() path!: string;
  @Field() message!: string;
}

@ObjectType()
export class ListingReportModel {
  @Field() product!: string;
  @Field() market!: string;
  @Field(() => Float) priceCents!: number;
  @Field(() => Float) impressions!: number;
  @Field(() => Float) clicks!: number;
  @Field(() => Float) orders!: number;
  @Field(() => Float, { description: "Orders expected from the listing's traffic, before the draws." })
  expectedOrders!: number;
  @Field(() => Float) affiliateOrders!: number;
  @Field(() => Float) lostToStockout!: number;
  @Field(() => Float) revenueCents!: number;
  @Field(() => Float) commissionCents!: number;
  @Field(() => Float) affiliateCents!: number;
  @Field(() => Float) adSpendCents!: number;
  @Field(() => Float) logisticsCents!: number;
  @Field(() => Float) refundsCents!: number;
  @Field(() => Float) quality!: number;
  @Field(() => Float) rating!: number;
  @Field(() => Float, { description: 'Mean days from order to door on its lane (handling + carrier).' })
  deliveryDays!: number;
  @Field(() => [String]) flags!: string[];
  @Field(() => [KeywordPlacementModel], { description: 'Organic position, impressions and clicks per keyword.' })
  keywords!: KeywordPlacementModel[];
  @Field(() => PriceCheckModel, { nullable: true }) priceCheck?: PriceCheckModel;
}

@ObjectType()
export class AuctionReportModel {
  @Field() keyword!: string;
  @Field() market!: string;
  @Field() product!: string;
  @Field(() => Float) bidCents!: number;
  @Field(() => Float, { description: "The keyword's minimum bid." }) floorCpcCents!: number;
  @Field(() => Float) qualityScore!: number;
  @Field(() => Float) adRank!: number;
  @Field({
    description:
      'RAN, OUTBID, BUDGET (kept out by the budget all round), or why the bid could not run: BELOW_FLOOR, LOW_QUALITY, NO_LISTING, NOT_RELEVANT, PRICE_ANOMALY.',
  })
  status!: string;
  @Field(() => Float) averagePosition!: number;
  @Field(() => Float) impressions!: number;
  @Field(() => Float) clicks!: number;
  @Field(() => Float) cpcCents!: number;
  @Field(() => Float) spendCents!: number;
  @Field(() => Float, { description: 'Share of the round the budget kept this bid out.' }) lostToBudget!: number;
  @Field(() => Float, { description: 'Ad impressions the budget cost this bid.' }) impressionsLostToBudget!: number;
}

@ObjectType()
export class LaneReportModel {
  @Field() market!: string;
  @Field() service!: string;
  @Field() tier!: string;
  @Field(() => Float) parcels!: number;
  @Field(() => Float) averageDeliveryDays!: number;
  @Field(() => Float) late!: number;
  @Field(() => Float) lost!: number;
  @Field(() => Float) damaged!: number;
  @Field(() => Float) disputes!: number;
  @Field(() => Float) costCents!: number;
}

@ObjectType({ description: "One team's results of one closed round, with the explanation of every point." })
export class TeamReport {
  @Field(() => ID) gameId!: string;
  @Field(() => Int) round!: number;
  @Field(() => TeamModel) team!: TeamModel;
  @Field(() => Float, { description: 'Weighted total 0..100, after the loss factor.' }) total!: number;
  @Field(() => Float, {
    description:
      'Multiplier of the weighted total for an expected loss: 1 − lossAversion × loss ÷ starting cash (0..1; 1 without a loss).',
  })
  lossFactor!: number;
  @Field(() => [ModuleEnum]) absentModules!: ModuleEnum[];
  @Field(() => Float) cashStartCents!: number;
  @Field(() => Float) cashEndCents!: number;
  @Field(() => [ModuleScoreModel]) scores!: ModuleScoreModel[];
  @Field(() => [KpiModel]) kpis!: KpiModel[];
  @Field(() => [LedgerEntryModel]) ledger!: LedgerEntryModel[];
  @Field(() => [ListingReportModel]) listings!: ListingReportModel[];
  @Field(() => [AuctionReportModel]) auctions!: AuctionReportModel[];
  @Field(() => [LaneReportModel]) lanes!: LaneReportModel[];
  @Field(() => [String]) badges!: string[];
  @Field(() => [EngineCutModel], {
    description: 'Decisions cut for lack of cash or stock, and overdrafts, each with its reason.',
  })
  cuts!: EngineCutModel[];
  @Field(() => LuckScoreModel, {
    nullable: true,
    description:
      'The luck-adjusted score beside the realised one: the round replayed on alternative seeds, every decision fixed. Null for rounds closed before it was computed, and in a what-if.',
  })
  luck?: LuckScoreModel | null;
}

@ObjectType()
export class KeywordAggregate {
  @Field() keyword!: string;
  @Field(() => Float) searches!: number;
  @Field(() => Float) adClicks!: number;
  @Field(() => Float) averageCpcCents!: number;
}

@ObjectType({ description: 'Market aggregates of a closed round (no team identities).' })
export class MarketReportModel {
  @Field() market!: string;
  @Field(() => Float) shoppers!: number;
  @Field(() => Float) searches!: number;
  @Field(() => Float) orders!: number;
  @Field(() => Float) gmvCents!: number;
  @Field(() => Float) averagePriceCents!: number;
  @Field(() => Float) averageCpcCents!: number;
  @Field(() => Float) averageDeliveryDays!: number;
  @Field(() => [KeywordAggregate]) keywords!: KeywordAggregate[];
}

@ObjectType()
export class ModuleScoreCell {
  @Field(() => ModuleEnum) module!: ModuleEnum;
  @Field(() => Float) score!: number;
}

@ObjectType({
  description:
    "A team's luck-adjusted score of a round: the means of its total and module scores over the round replayed on alternative seeds with every team's decisions fixed.",
})
export class LuckScoreModel {
  @Field(() => Float, { description: 'Mean weighted total 0..100 over the replays.' }) total!: number;
  @Field(() => [ModuleScoreCell], { description: 'Mean score 0..100 per module over the replays.' })
  modules!: ModuleScoreCell[];
  @Field(() => Int, { description: "Replays the means are taken over (the scenario's scoring.luck.replays)." })
  replays!: number;
}

@ObjectType()
export class ScoreboardRow {
  @Field(() => Int, {
    description: 'Ties share a rank; 0 when the scoreboard is hidden from the team (only its own row is shown).',
  })
  rank!: number;
  @Field(() => TeamModel) team!: TeamModel;
  @Field(() => Float, { description: 'Weighted module scores plus adjustments.' }) total!: number;
  @Field(() => Float, { description: 'Weighted module scores before adjustments.' }) scored!: number;
  @Field(() => Float, { description: 'Instructor bonuses and penalties.' }) adjustment!: number;
  @Field(() => [ModuleScoreCell]) modules!: ModuleScoreCell[];
  @Field(() => Int, { description: 'Rounds in which the team submitted nothing for at least one module.' })
  absentRounds!: number;
  @Field(() => Int, { description: 'Rounds the ADAPTIVE bot played for the team (absent-team policy AUTOPILOT).' })
  autopilotRounds!: number;
  @Field(() => Float, {
    description:
      "Season grade 0..100: the weighted mean of the round totals (adjustments included), weights from the scenario's rounds.schedule[].weight (default 1). On a round's board: that round's total.",
  })
  grade!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'The season grade on luck-adjusted round totals; null when a round in scope has no luck figures.',
  })
  luckGrade!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Luck-adjusted round totals summed, plus adjustments (beside total); null like luckGrade.',
  })
  luckTotal!: number | null;
  @Field(() => [ModuleScoreCell], {
    nullable: true,
    description: 'Luck-adjusted module scores summed (beside modules); null like luckGrade.',
  })
  luckModules!: ModuleScoreCell[] | null;
}

@ObjectType()
export class Scoreboard {
  @Field(() => ID) gameId!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'The round, or null for the cumulative board (sums over closed rounds).',
  })
  round!: number | null;
  @Field(() => Int) closedRounds!: number;
  @Field({ description: 'False when a team sees only its own row (the scenario hides the others for now).' })
  complete!: boolean;
  @Field(() => Int, {
    nullable: true,
    description: 'Teams see the board as it stood after this round until the instructor reveals it.',
  })
  frozenAfterRound!: number | null;
  @Field(() => RankByEnum, {
    description: 'What the ranks follow: the season grade (REALISED) or the luck-adjusted grade (LUCK_ADJUSTED).',
  })
  rankBy!: RankByEnum;
  @Field(() => [ScoreboardRow]) rows!: ScoreboardRow[];
}

@ObjectType({
  description:
    'A listing another seller showed in a market in a closed round: what any shopper could see on the marketplace.',
})
export class RivalListing {
  @Field() market!: string;
  @Field() product!: string;
  @Field({ description: 'A team of the game (its name) or a competitor seller of the scenario.' }) seller!: string;
  @Field({ description: 'TEAM or COMPETITOR' }) kind!: string;
  @Field(() => Float) priceCents!: number;
  @Field(() => Float, { description: 'Store rating shoppers saw (1..5).' }) rating!: number;
}
