import { runSimulation } from '../../src/cli/simulate.command';
import { parseBotMix } from '../../src/simulation/bot-mix';
import { checkScenarioBalance } from '../../src/simulation/scenario-balance';
import { scenarioByIdOrFile } from '../../src/cli/scenario.command';
import { kendallTau } from '../../src/simulation/kendall-tau';
import { join } from 'node:path';
import { packageRoot } from '../../src/scenario/scenario-loader';

describe('sandbox simulate (in-process, sqlite::memory:)', () => {
  it('two runs with the same arguments give the same final hash (and different game ids)', async () => {
    const args = {
      scenario: 'tutorial',
      seed: 11,
      bots: 'ADAPTIVE:2,COST_PLUS:1,RANDOM:1',
      databaseUrl: 'sqlite::memory:',
    };
    const a = await runSimulation(args);
    const b = await runSimulation(args);
    expect(a.rounds).toBe(4);
    expect(a.roundHashes).toHaveLength(4);
    expect(a.finalHash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.finalHash).toBe(a.finalHash);
    expect(b.roundHashes).toEqual(a.roundHashes);
    expect(b.gameId).not.toBe(a.gameId);
    expect(a.scoreboard.map((s) => s.strategy).sort()).toEqual(['ADAPTIVE', 'ADAPTIVE', 'COST_PLUS', 'RANDOM']);
    const c = await runSimulation({ ...args, seed: 12 });
    expect(c.finalHash).not.toBe(a.finalHash);
  });
});

describe('bot mixes', () => {
  it.each([
    [
      'ADAPTIVE:2,COST_PLUS:3,RANDOM:1',
      undefined,
      ['ADAPTIVE', 'ADAPTIVE', 'COST_PLUS', 'COST_PLUS', 'COST_PLUS', 'RANDOM'],
    ],
    [undefined, 4, ['RANDOM', 'COST_PLUS', 'ADAPTIVE', 'VOLUME']],
    [undefined, 8, ['RANDOM', 'COST_PLUS', 'ADAPTIVE', 'VOLUME', 'PREMIUM_NICHE', 'ADS_HEAVY', 'WAREHOUSE', 'RANDOM']],
    ['adaptive', undefined, ['ADAPTIVE']],
  ] as const)('%s / %s teams', (mix, teams, want) => expect(parseBotMix(mix, teams)).toEqual(want));

  it('rejects unknown strategies and mismatched team counts', () => {
    expect(() => parseBotMix('GREEDY:2', undefined)).toThrow(/unknown strategy/);
    expect(() => parseBotMix('RANDOM:2', 3)).toThrow(/does not match/);
  });

  it('kendall tau', () => {
    expect(kendallTau(['a', 'b', 'c'], ['a', 'b', 'c'])).toBe(1);
    expect(kendallTau(['a', 'b', 'c'], ['c', 'b', 'a'])).toBe(-1);
    expect(kendallTau(['a', 'b', 'c'], ['b', 'a', 'c'])).toBeCloseTo(1 / 3);
  });
});

describe('sandbox scenario check', () => {
  it('returns a balance report with the expected keys', () => {
    const scenario = scenarioByIdOrFile('tutorial', join(packageRoot(), 'seeds'));
    const r = checkScenarioBalance(scenario, [1, 2], parseBotMix('ADAPTIVE:1,COST_PLUS:1,RANDOM:1', undefined));
    expect(Object.keys(r).sort()).toEqual(
      [
        'bankruptcies',
        'dominant',
        'mix',
        'rounds',
        'scenario',
        'seeds',
        'strategies',
        'version',
        'weightSensitivity',
      ].sort(),
    );
    expect(r.strategies.map((s) => s.strategy).sort()).toEqual(['ADAPTIVE', 'COST_PLUS', 'RANDOM']);
    for (const s of r.strategies)
      expect(Object.keys(s).sort()).toEqual(
        [
          'averageRank',
          'averageTotal',
          'bankruptTeams',
          'firstShare',
          'rankMax',
          'rankMin',
          'rankStdev',
          'strategy',
          'teams',
          'wins',
        ].sort(),
      );
    expect(r.weightSensitivity).toHaveLength(8);
    expect(r.strategies.reduce((s, x) => s + x.wins, 0)).toBe(2);
    expect(Object.keys(r.bankruptcies).sort()).toEqual(['cashNegative', 'purchaseCut', 'teamSeasons']);
  });
});
