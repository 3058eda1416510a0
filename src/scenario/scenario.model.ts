import { Field, Float, Int, ObjectType, createUnionType, registerEnumType } from '@nestjs/graphql';
import { MODULES } from './scenario.schema';
import { ScoringRubric } from './scoring-rubric.model';

export enum ModuleEnum {
  OPERATIONS = 'OPERATIONS',
  SELECTION = 'SELECTION',
  ADS = 'ADS',
  FULFILLMENT = 'FULFILLMENT',
}
registerEnumType(ModuleEnum, { name: 'Module', description: `The four scored modules: ${MODULES.join(', ')}` });

export enum ScenarioFormat {
  YAML = 'YAML',
  JSON = 'JSON',
}
registerEnumType(ScenarioFormat, { name: 'ScenarioFormat' });

@ObjectType()
export class LocalizedText {
  @Field() en!: string;
  @Field() zh!: string;
}

@ObjectType({ description: 'A round of the scenario: season and event multipliers and the modules played.' })
export class ScenarioRound {
  @Field(() => Int) number!: number;
  @Field({ nullable: true }) label?: string;
  @Field(() => Float) season!: number;
  @Field(() => Float) event!: number;
  @Field(() => [ModuleEnum]) modules!: ModuleEnum[];
  @Field(() => Float, {
    description: 'Weight of the round in the season grade (1 unless the scenario says otherwise).',
  })
  weight!: number;
}

@ObjectType()
export class ScenarioMarket {
  @Field() code!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field() language!: string;
  @Field() currency!: string;
  @Field(() => Int) buyerProtectionDays!: number;
  @Field(() => Int, { nullable: true, description: 'Compliant pricing: largest promotion discount allowed, bps.' })
  maxDiscountBps?: number;
}

@ObjectType()
export class ScenarioCategory {
  @Field() id!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => Int) commissionBps!: number;
  @Field(() => Int) affiliateMinBps!: number;
  @Field(() => Int) affiliateMaxBps!: number;
}

@ObjectType()
export class ScenarioProduct {
  @Field() id!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field() category!: string;
  @Field(() => Int) unitCostCents!: number;
  @Field(() => Int) referencePriceCents!: number;
  @Field(() => Int) weightGrams!: number;
  @Field(() => Int) leadTimeRounds!: number;
  @Field(() => Int) attributes!: number;
  @Field(() => Int) minOrderUnits!: number;
}

@ObjectType()
export class ScenarioKeyword {
  @Field() id!: string;
  @Field() market!: string;
  @Field() text!: string;
  @Field() gloss!: string;
  @Field() category!: string;
  @Field(() => Int) searchVolume!: number;
  @Field(() => Int) floorCpcCents!: number;
}

@ObjectType()
export class ScenarioLogisticsService {
  @Field() id!: string;
  @Field() market!: string;
  @Field() tier!: string;
  @Field() name!: string;
  @Field(() => Int) minDays!: number;
  @Field(() => Int) maxDays!: number;
  @Field(() => Int) ratePerKgCents!: number;
  @Field(() => Int) perParcelCents!: number;
  @Field(() => Int) firstOrdersFree!: number;
}

@ObjectType({ description: 'A stored version of a scenario.' })
export class ScenarioModel {
  @Field({ description: 'Scenario id (several versions may share it).' }) id!: string;
  @Field(() => Int) version!: number;
  @Field({ description: '`id@version`' }) key!: string;
  @Field(() => LocalizedText) title!: LocalizedText;
  @Field({ nullable: true }) description?: string;
  @Field({ description: 'sha256 of the canonical resolved content.' }) contentHash!: string;
  @Field(() => Int, {
    nullable: true,
    description: "Seed of games created without one. Hidden from teams (null), like a game's seed.",
  })
  defaultSeed!: number | null;
  @Field(() => Int) roundCount!: number;
  @Field(() => Int) roundDays!: number;
  @Field(() => Int) startingCashCents!: number;
  @Field(() => Int) maxListings!: number;
  @Field(() => [ScenarioRound]) rounds!: ScenarioRound[];
  @Field(() => [ScenarioMarket]) markets!: ScenarioMarket[];
  @Field(() => [ScenarioCategory]) categories!: ScenarioCategory[];
  @Field(() => [ScenarioProduct]) products!: ScenarioProduct[];
  @Field(() => [ScenarioKeyword]) keywords!: ScenarioKeyword[];
  @Field(() => [ScenarioLogisticsService]) logistics!: ScenarioLogisticsService[];
  @Field({ description: 'BUNDLED or IMPORTED.' }) origin!: string;
  @Field(() => ScoringRubric, {
    description: 'How rounds are scored (weights, bands, loss factor), readable before play.',
  })
  scoring!: ScoringRubric;
}

@ObjectType()
export class ScenarioIssue {
  @Field() file!: string;
  @Field(() => Int) line!: number;
  @Field(() => Int) column!: number;
  @Field() path!: string;
  @Field() message!: string;
}

@ObjectType()
export class ScenarioImported {
  @Field(() => ScenarioModel) scenario!: ScenarioModel;
  @Field({ description: 'False when this exact version was already stored.' }) created!: boolean;
  @Field(() => [ScenarioIssue], {
    description:
      'Settings that validate but cannot make sense (a keyword nobody searches, twin lanes, no margin, absurd competitor prices), at their line and column.',
  })
  warnings!: ScenarioIssue[];
}

@ObjectType({ description: 'A scenario source checked without storing it.' })
export class ScenarioValidation {
  @Field({ description: 'True when the source would import.' }) ok!: boolean;
  @Field({ nullable: true, description: '`id@version` it would be stored as (when ok).' }) key?: string;
  @Field(() => [ScenarioIssue]) errors!: ScenarioIssue[];
  @Field(() => [ScenarioIssue]) warnings!: ScenarioIssue[];
}

@ObjectType()
export class ScenarioInvalid {
  @Field() errorCode!: string;
  @Field() message!: string;
  @Field(() => [ScenarioIssue]) errors!: ScenarioIssue[];
}

export const ImportScenarioResult = createUnionType({
  name: 'ImportScenarioResult',
  types: () => [ScenarioImported, ScenarioInvalid] as const,
  resolveType: (v: object) => ('scenario' in v ? ScenarioImported : ScenarioInvalid),
});
