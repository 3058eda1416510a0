import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { RankByEnum } from '../scoreboard/rank-by.enum';
import { DEFAULT_LUCK_REPLAYS } from './season-scoring.schema';
import { KpiInfoModel, kpiInfoModel } from '../report/kpi-info.model';
import { bandForRound } from '../engine/scoring/band-points';
import { MODULE_ORDER } from '../engine';
import { ModuleEnum } from './scenario.model';
import type { Scenario } from './scenario.schema';

@ObjectType({ description: 'One score band: points earned linearly between zeroAt and fullAt of a KPI.' })
export class RubricBand {
  @Field(() => KpiInfoModel) kpi!: KpiInfoModel;
  @Field(() => Float, { description: 'Points of this band at fullAt (before renormalising over bands that apply).' })
  points!: number;
  @Field(() => Float, { description: 'KPI value giving 0 points in one round (scaled to the round length).' })
  zeroAt!: number;
  @Field(() => Float, { description: 'KPI value giving full points in one round (scaled to the round length).' })
  fullAt!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'Days the scenario states the thresholds for (30 = monthly); null when they apply to any round.',
  })
  perDays!: number | null;
}

@ObjectType({ description: "A module's weight in the round total and its score bands." })
export class RubricModule {
  @Field(() => ModuleEnum) module!: ModuleEnum;
  @Field(() => Float, { description: 'Weight in the total (renormalised over the modules played in a round).' })
  weight!: number;
  @Field(() => [RubricBand]) bands!: RubricBand[];
}

@ObjectType({
  description:
    'How rounds are scored: module weights, bands per KPI and the loss factor. A module score is the points earned ÷ the points of the bands that apply × 100.',
})
export class ScoringRubric {
  @Field(() => Int, { description: 'Days one round stands for; band thresholds are already scaled to it.' })
  roundDays!: number;
  @Field(() => Float, {
    description:
      'An expected loss multiplies the round total by 1 − lossAversion × loss ÷ starting cash (never below 0); 0 = no loss factor.',
  })
  lossAversion!: number;
  @Field(() => [RubricModule]) modules!: RubricModule[];
  @Field(() => RankByEnum, {
    description:
      'What ranks the scoreboard: the season grade (REALISED) or the luck-adjusted grade (LUCK_ADJUSTED). Round weights: rounds { weight }.',
  })
  rankBy!: RankByEnum;
  @Field(() => Int, {
    description:
      'Alternative seeds each closed round is replayed on, every decision fixed; the means are the luck-adjusted scores.',
  })
  luckReplays!: number;
}

/** The scenario's scoring as a team reads it before playing. */
export function scoringRubric(s: Scenario): ScoringRubric {
  return {
    roundDays: s.rounds.days,
    lossAversion: s.scoring.lossAversion ?? 0,
    rankBy: RankByEnum[s.scoring.rankBy ?? 'REALISED'],
    luckReplays: s.scoring.luck?.replays ?? DEFAULT_LUCK_REPLAYS,
    modules: MODULE_ORDER.map((m) => ({
      module: ModuleEnum[m],
      weight: s.scoring.weights[m],
      bands: s.scoring.bands[m].map((b) => {
        const scaled = bandForRound(b, s.rounds.days);
        return {
          kpi: kpiInfoModel(m, b.kpi),
          points: b.points,
          zeroAt: scaled.zeroAt,
          fullAt: scaled.fullAt,
          perDays: b.perDays ?? null,
        };
      }),
    })),
  };
}
