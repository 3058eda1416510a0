/**
 * The balance checker tells the truth: every bundled scenario passes the
 * published skill-share target, and a scenario whose bands reward the wrong
 * things fails and says why.
 */
import { join } from 'node:path';
import { loadScenarioFile } from '../../src/scenario/scenario-loader';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { formatSkillShare, SENSIBLE, skillShare } from '../../src/simulation/skill-share';

function load(path: string): Scenario {
  const r = loadScenarioFile(path);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}
const root = join(__dirname, '..', '..');

describe('skill share', () => {
  it('uses at least five sensible strategies besides RANDOM', () => {
    expect(SENSIBLE.length).toBeGreaterThanOrEqual(5);
    expect(SENSIBLE).not.toContain('RANDOM');
  });

  it.each(['eu-launch', 'rcep-sea', 'russia-peak', 'tutorial'])('passes on the bundled %s', (id) => {
    const s = load(join(root, 'scenarios', `${id}.yaml`));
    const r = skillShare(s, [s.seed, s.seed + 1]);
    expect(r.reasons).toEqual([]);
    expect(r.passed).toBe(true);
    expect(r.maxTwinSpread).toBeLessThanOrEqual(0.05);
    expect(r.gap).toBeGreaterThan(0);
    expect(r.exploits.map((e) => [e.name, e.pays])).toEqual([
      ['DUMPING', false],
      ['PREMIUM_SHIPPING', false],
      ['CROWDING', false],
    ]);
    expect(formatSkillShare(r)).toMatch(/PASS$/);
  });

  it('fails on a scenario whose bands reward dumping and neglect, naming why', () => {
    const s = load(join(root, 'test', 'fixtures', 'scenarios', 'unbalanced', 'upside-down.yaml'));
    const r = skillShare(s, [s.seed]);
    expect(r.passed).toBe(false);
    expect(r.reasons.join('\n')).toMatch(/DUMPING pays/);
    expect(r.reasons.join('\n')).toMatch(/RANDOM does as well as the best sensible strategy/);
    expect(formatSkillShare(r)).toMatch(/^FAIL: /m);
  });
});
