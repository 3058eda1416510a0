import { loadBundledScenarios } from '../../src/scenario/scenario-loader';
import { calibrateScenario, calibrationMisses, type Calibration } from '../../src/simulation/calibration';

/**
 * Every bundled scenario, played for a season by one seat per strategy at
 * its own seed (what `sandbox simulate` plays), looks like the market real
 * sellers know: the targets of CALIBRATION_TARGETS.
 */
describe('calibration of the bundled scenarios', () => {
  const bundled = loadBundledScenarios();
  const results = new Map<string, Calibration>(
    bundled.map(({ scenario }) => [scenario.id, calibrateScenario(scenario)]),
  );

  it.each(bundled.map((b) => b.scenario.id))('%s falls within every target range', (id) => {
    expect(calibrationMisses(results.get(id)!)).toEqual([]);
  });

  it('a peak round costs more per click than the ordinary rounds', () => {
    const eu = results.get('eu-launch')!;
    const peak = eu.rounds.find((r) => r.event >= 2)!;
    const ordinary = eu.rounds.filter((r) => r.event < 2);
    expect(peak.marketCpcCents).toBeGreaterThan(Math.max(...ordinary.map((r) => r.marketCpcCents)));
  });

  it('names what is out of range', () => {
    const c = results.get('tutorial')!;
    const broken: Calibration = {
      ...c,
      conversion: 0.2,
      bestTeam: { ...c.bestTeam, logisticsShare: 0.6 },
      rounds: c.rounds.map((r) => ({ ...r, cpcCents: r.cpcCents > 0 ? 55 : 0 })),
    };
    const misses = calibrationMisses(broken);
    expect(misses).toEqual(
      expect.arrayContaining([
        'conversion 20.00 % is outside 1.00 %–4.00 %',
        'round 4 CPC $0.55 is outside $0.05–$0.40',
        expect.stringMatching(/spends 60.00 % of revenue on logistics/),
      ]),
    );
  });
});
