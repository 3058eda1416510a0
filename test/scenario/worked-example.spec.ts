import { BOT_STRATEGIES } from '../../src/engine';
import { playBotSeason } from '../../src/engine/bots/play-season';
import { formatIssue, loadSeedData, parseScenarioSource } from '../../src/scenario/scenario-loader';
import { calibrateScenario, calibrationMisses } from '../../src/simulation/calibration';
import { skillShare } from '../../src/simulation/skill-share';
import { workedExample } from '../support/worked-example';

describe('the worked example of docs/scenarios.md', () => {
  const parsed = parseScenarioSource(workedExample(), 'yaml', 'docs/scenarios.md', loadSeedData());
  if (!parsed.ok) throw new Error(parsed.errors.map(formatIssue).join('\n'));
  const scenario = parsed.scenario;

  it('validates with no error and no warning, with its new markets and category', () => {
    expect(parsed.warnings.map(formatIssue)).toEqual([]);
    expect(scenario.markets.map((m) => m.code)).toEqual(['BR', 'MX']);
    expect(scenario.categories.map((c) => c.id).sort()).toEqual(['hosiery', 'pet-supplies']);
    expect(scenario.products.filter((p) => p.category === 'pet-supplies')).toHaveLength(3);
  });

  it('plays a season in which teams sell in both markets and in the new category', () => {
    const seats = BOT_STRATEGIES.map((strategy, i) => ({ teamId: `T0${i + 1}`, strategy }));
    const { outcomes } = playBotSeason(scenario, scenario.seed, seats);
    expect(outcomes).toHaveLength(6);
    const listings = outcomes.flatMap((o) => o.teams.flatMap((t) => t.listings));
    const orders = (pred: (l: (typeof listings)[number]) => boolean) =>
      listings.filter(pred).reduce((s, l) => s + l.orders, 0);
    expect(orders((l) => l.market === 'BR')).toBeGreaterThan(50);
    expect(orders((l) => l.market === 'MX')).toBeGreaterThan(50);
    expect(orders((l) => l.product.startsWith('pet-'))).toBeGreaterThan(50);
  });

  it('is calibrated and balanced like the bundled scenarios', () => {
    expect(calibrationMisses(calibrateScenario(scenario))).toEqual([]);
    expect(skillShare(scenario, [scenario.seed, scenario.seed + 1, scenario.seed + 2]).reasons).toEqual([]);
  });
});
