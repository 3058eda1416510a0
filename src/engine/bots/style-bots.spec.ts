import { join } from 'node:path';
import { loadScenarioFile, packageRoot } from '../../scenario/scenario-loader';
import { createInitialState } from '../initial-state';
import { resolveRound } from '../resolve-round';
import type { Scenario } from '../../scenario/scenario.schema';
import type { RoundOutcome } from '../types';
import { botDecisions } from './bot-decisions';

function euLaunch(): Scenario {
  const r = loadScenarioFile(join(packageRoot(), 'scenarios', 'eu-launch.yaml'));
  if (!r.ok) throw new Error('eu-launch does not load');
  return r.scenario;
}

describe('styled bots: ADAPTIVE with one business style', () => {
  const s = euLaunch();
  const ids = ['ADAPTIVE', 'VOLUME', 'PREMIUM_NICHE', 'ADS_HEAVY', 'WAREHOUSE'] as const;
  const state = createInitialState(s, [...ids]);
  const first = Object.fromEntries(ids.map((id) => [id, botDecisions(id, s, state, id, 1, undefined, 3)]));
  /** What plain ADAPTIVE would decide in the same seat (the same products). */
  const plain = (id: string) => botDecisions('ADAPTIVE', s, state, id, 1, undefined, 3);
  const tierOf = (service: string) => s.logistics.find((l) => l.id === service)?.tier;

  it('VOLUME prices below ADAPTIVE and ships economy; PREMIUM_NICHE lists fewer, dearer, premium, flagship', () => {
    const volume = first.VOLUME;
    const premium = first.PREMIUM_NICHE;
    const price = (d: typeof volume, i: number) => d.OPERATIONS?.prices[i].priceCents ?? 0;
    expect(price(volume, 0)).toBeLessThan(price(plain('VOLUME'), 0));
    expect(price(premium, 0)).toBeGreaterThan(price(plain('PREMIUM_NICHE'), 0));
    expect(volume.FULFILLMENT?.services.every((x) => tierOf(x.service) === 'ECONOMY')).toBe(true);
    expect(premium.SELECTION?.listings.length).toBeLessThan(plain('PREMIUM_NICHE').SELECTION?.listings.length ?? 0);
    expect(premium.SELECTION?.storefront).toBe('FLAGSHIP');
    expect(premium.OPERATIONS?.serviceLevel).toBe('PREMIUM');
    expect(premium.FULFILLMENT?.services.every((x) => tierOf(x.service) === 'PREMIUM')).toBe(true);
    expect(premium.ADS?.affiliate.length).toBeGreaterThan(0);
  });

  it('ADS_HEAVY bids on more keywords with three times the budget, ASAP', () => {
    const adaptive = plain('ADS_HEAVY');
    expect(first.ADS_HEAVY.ADS?.bids.length).toBeGreaterThan(adaptive.ADS?.bids.length ?? 0);
    expect(first.ADS_HEAVY.ADS?.dailyBudgetCents).toBe(3 * (adaptive.ADS?.dailyBudgetCents ?? 0));
    expect(first.ADS_HEAVY.ADS?.pacing).toBe('ASAP');
  });

  it('WAREHOUSE moves stock into the overseas warehouses, then ships from them', () => {
    let st = state;
    let last: RoundOutcome | undefined;
    const used: string[] = [];
    let transferred = 0;
    for (let round = 1; round <= 4; round += 1) {
      const lastResult = last?.teams.find((t) => t.teamId === 'WAREHOUSE');
      const d = botDecisions('WAREHOUSE', s, st, 'WAREHOUSE', round, lastResult, 3);
      transferred += (d.FULFILLMENT?.transfers ?? []).reduce((sum, t) => sum + t.units, 0);
      used.push(...(d.FULFILLMENT?.services ?? []).map((x) => tierOf(x.service) ?? ''));
      const next = resolveRound({ scenario: s, seed: 3, state: st, decisions: { WAREHOUSE: d } });
      st = next.state;
      last = next.outcome;
    }
    expect(transferred).toBeGreaterThan(0);
    expect(used).toContain('WAREHOUSE');
  });
});
