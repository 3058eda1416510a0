/**
 * Skill, not luck (engine 2.1): teams that decide exactly alike end a
 * season close together on every bundled scenario, and a good strategy
 * beats a naive one by far more than that spread.
 */
import { playTwinSeason, spreadOf } from '../../src/simulation/twin-teams';
import { bundled } from './store';

const SCENARIOS = ['eu-launch', 'rcep-sea', 'russia-peak', 'tutorial'];
const SEEDS = [11, 12, 13];
const RIVALS = ['COST_PLUS', 'ADAPTIVE'] as const;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe.each(SCENARIOS)('twin teams in %s', (id) => {
  const s = bundled(id);

  it('eight teams with identical decisions end within 5 % of their mean total', () => {
    for (const strategy of ['ADAPTIVE', 'COST_PLUS'] as const)
      for (const seed of SEEDS) {
        const { twinTotals } = playTwinSeason(s, { seed, strategy, twins: 8, rivals: RIVALS });
        expect(`${strategy} seed ${seed}: ${spreadOf(twinTotals) <= 0.05 ? 'within' : 'beyond'} 5 %`).toBe(
          `${strategy} seed ${seed}: within 5 %`,
        );
      }
  });

  it('the gap between a good and a naive strategy is at least three times the twin spread', () => {
    for (const seed of SEEDS) {
      const good = playTwinSeason(s, { seed, strategy: 'ADAPTIVE', twins: 4, rivals: RIVALS });
      const naive = playTwinSeason(s, { seed, strategy: 'RANDOM', twins: 4, rivals: RIVALS });
      const spread = Math.max(spreadOf(good.twinTotals), spreadOf(naive.twinTotals)) * mean(good.twinTotals);
      const gap = mean(good.twinTotals) - mean(naive.twinTotals);
      expect(gap).toBeGreaterThan(0);
      expect(gap).toBeGreaterThanOrEqual(3 * spread);
    }
  });
});
