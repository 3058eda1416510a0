/**
 * The fixture scenario's shipping lanes of one market: economy, standard,
 * premium and an overseas warehouse, the economy rate per kg given.
 */
import type { Scenario } from '../../scenario/scenario.schema';

export function fixtureLanes(market: string, economyRate: number): Scenario['logistics'] {
  return [
    {
      id: `${market}-eco`,
      market,
      tier: 'ECONOMY',
      name: `${market} economy line`,
      deliveryDays: { min: 20, mode: 28, max: 45 },
      ratePerKgCents: economyRate,
      perParcelCents: 50,
      lossBps: 250,
      damageBps: 150,
      transferPerKgCents: 0,
      storagePerUnitCents: 0,
      firstOrdersFree: 0,
    },
    {
      id: `${market}-std`,
      market,
      tier: 'STANDARD',
      name: `${market} standard line`,
      deliveryDays: { min: 10, mode: 14, max: 18 },
      ratePerKgCents: 210,
      perParcelCents: 180,
      lossBps: 100,
      damageBps: 80,
      transferPerKgCents: 0,
      storagePerUnitCents: 0,
      firstOrdersFree: 10,
    },
    {
      id: `${market}-prm`,
      market,
      tier: 'PREMIUM',
      name: `${market} premium line`,
      deliveryDays: { min: 5, mode: 7, max: 10 },
      ratePerKgCents: 900,
      perParcelCents: 500,
      lossBps: 30,
      damageBps: 30,
      transferPerKgCents: 0,
      storagePerUnitCents: 0,
      firstOrdersFree: 0,
    },
    {
      id: `${market}-wh`,
      market,
      tier: 'WAREHOUSE',
      name: `${market} overseas warehouse`,
      deliveryDays: { min: 2, mode: 3, max: 7 },
      ratePerKgCents: 120,
      perParcelCents: 150,
      lossBps: 20,
      damageBps: 20,
      transferPerKgCents: 180,
      storagePerUnitCents: 4,
      firstOrdersFree: 0,
    },
  ];
}
