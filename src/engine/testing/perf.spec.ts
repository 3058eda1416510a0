import { resolveRound } from '../resolve-round';
import { fixtureScenario } from './fixture-scenario';
import { buildBigGame } from './big-game';

/** Logs the time of one round for 100 and 1000 teams (no assertion on time). */
describe('performance (logged)', () => {
  it.each([100, 1000])('%i teams × up to 20 listings', (n) => {
    const scenario = fixtureScenario();
    const { state, decisions } = buildBigGame(scenario, n);
    resolveRound({ scenario, seed: 1, state, decisions }); // warm-up
    const t0 = performance.now();
    const out = resolveRound({ scenario, seed: 2, state, decisions });
    const ms = performance.now() - t0;
    console.log(`resolveRound: ${n} teams, ${out.outcome.teams.reduce((a, t) => a + t.listings.length, 0)} listings: ${ms.toFixed(0)} ms`);
    expect(out.outcome.teams.length).toBe(n);
  });
});
