import type { ScenarioEntity } from './scenario.entity';
import { ModuleEnum, type ScenarioModel } from './scenario.model';
import type { Scenario } from './scenario.schema';
import { scoringRubric } from './scoring-rubric.model';

/** Stored scenario -> the GraphQL view students plan with (catalog, keywords, services; no competitor secrets). */
export function toScenarioModel(entity: ScenarioEntity, s: Scenario): ScenarioModel {
  return {
    id: entity.scenarioId,
    version: entity.version,
    key: entity.key,
    title: s.title,
    description: s.description,
    contentHash: entity.contentHash,
    origin: entity.origin,
    defaultSeed: s.seed,
    roundCount: s.rounds.count,
    roundDays: s.rounds.days,
    startingCashCents: s.policies.startingCashCents,
    maxListings: s.policies.maxListings,
    scoring: scoringRubric(s),
    rounds: s.rounds.schedule.map((r) => ({
      ...r,
      weight: r.weight ?? 1,
      modules: r.modules.map((m) => ModuleEnum[m]),
    })),
    markets: s.markets.map((m) => ({
      code: m.code,
      name: m.name,
      language: m.language,
      currency: m.currency,
      buyerProtectionDays: m.buyerProtectionDays,
      maxDiscountBps: m.compliance?.maxDiscountBps,
    })),
    categories: s.categories.map((c) => ({
      id: c.id,
      name: c.name,
      commissionBps: c.commissionBps,
      affiliateMinBps: c.affiliateBandBps.min,
      affiliateMaxBps: c.affiliateBandBps.max,
    })),
    products: s.products.map((p) => ({
      id: p.id,
      name: p.name,
      category: p.category,
      unitCostCents: p.unitCostCents,
      referencePriceCents: p.referencePriceCents,
      weightGrams: p.weightGrams,
      leadTimeRounds: p.leadTimeRounds,
      attributes: p.attributes,
      minOrderUnits: p.minOrderUnits,
    })),
    keywords: s.keywords.map((k) => ({
      id: k.id,
      market: k.market,
      text: k.text,
      gloss: k.gloss,
      category: k.category,
      searchVolume: k.searchVolume,
      floorCpcCents: k.floorCpcCents,
    })),
    logistics: s.logistics.map((l) => ({
      id: l.id,
      market: l.market,
      tier: l.tier,
      name: l.name,
      minDays: l.deliveryDays.min,
      maxDays: l.deliveryDays.max,
      ratePerKgCents: l.ratePerKgCents,
      perParcelCents: l.perParcelCents,
      firstOrdersFree: l.firstOrdersFree,
    })),
  };
}
