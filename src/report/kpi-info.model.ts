import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { kpiInfo, type KpiInfo, type KpiUnit } from '../engine/scoring/kpi-catalog';
import type { ModuleName } from '../engine';
import { LocalizedText, ModuleEnum } from '../scenario/scenario.model';

export enum KpiUnitEnum {
  FRACTION = 'FRACTION',
  CENTS = 'CENTS',
  STARS = 'STARS',
  POINTS = 'POINTS',
  COUNT = 'COUNT',
  DAYS = 'DAYS',
  RATIO = 'RATIO',
}
registerEnumType(KpiUnitEnum, {
  name: 'KpiUnit',
  description:
    'How a KPI value reads: FRACTION (0.25 = 25 %), CENTS (US cents), STARS (1..5), POINTS (0..100), COUNT, DAYS, RATIO (revenue per dollar spent).',
});

@ObjectType('KpiInfo', {
  description: 'What a KPI is: its label and one-line definition in English and Chinese, and its unit.',
})
export class KpiInfoModel {
  @Field({ description: 'The KPI id used in score bands and exports (e.g. acos).' }) id!: string;
  @Field(() => ModuleEnum) module!: ModuleEnum;
  @Field(() => KpiUnitEnum) unit!: KpiUnitEnum;
  @Field({ description: 'Whether score bands may use it (the others are shown for information).' }) scored!: boolean;
  @Field(() => LocalizedText) label!: LocalizedText;
  @Field(() => LocalizedText) definition!: LocalizedText;
}

export const toKpiInfoModel = (k: KpiInfo): KpiInfoModel => ({
  ...k,
  module: ModuleEnum[k.module],
  unit: KpiUnitEnum[k.unit satisfies KpiUnit],
});

/** The catalogue entry of a module's KPI, or a plain one naming the id when the engine no longer reports it. */
export function kpiInfoModel(module: ModuleName, id: string): KpiInfoModel {
  const k = kpiInfo(module, id);
  if (k) return toKpiInfoModel(k);
  return {
    id,
    module: ModuleEnum[module],
    unit: KpiUnitEnum.RATIO,
    scored: false,
    label: { en: id, zh: id },
    definition: { en: 'Reported by an earlier engine version.', zh: '由较早的引擎版本报告。' },
  };
}
