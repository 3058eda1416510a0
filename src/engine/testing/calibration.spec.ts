import { resolveRound } from '../resolve-round';
import { checkDecision } from '../decisions/check-decision';
import { fixtureScenario } from './fixture-scenario';
import { buildBigGame } from './big-game';

describe('calibration (logs only)', () => {
  it('bot decisions are valid and a 10-team season gives plausible figures', () => {
    const scenario = fixtureScenario();
    const { state, decisions } = buildBigGame(scenario, 10);
    for (const d of Object.values(decisions)) {
      for (const m of ['OPERATIONS', 'SELECTION', 'ADS', 'FULFILLMENT'] as const) {
        const c = checkDecision(scenario, m, d[m], 1);
        if (!c.ok) throw new Error(JSON.stringify(c.errors.slice(0, 3)));
      }
    }
    let s = state;
    const lines: string[] = [];
    for (let r = 1; r <= 3; r += 1) {
      const out = resolveRound({ scenario, seed: 7, state: s, decisions });
      s = out.state;
      for (const t of out.outcome.teams.slice(0, 3)) {
        const clicks = t.listings.reduce((a, l) => a + l.clicks, 0);
        const imps = t.listings.reduce((a, l) => a + l.impressions, 0);
        const orders = t.listings.reduce((a, l) => a + l.orders, 0);
        lines.push(`r${r} ${t.teamId} imps=${imps} clicks=${clicks} orders=${orders} ctr=${(clicks / Math.max(1, imps)).toFixed(4)} gmv=${t.kpis.SELECTION.gmvCents} conv=${t.kpis.SELECTION.conversion.toFixed(4)} ads=${JSON.stringify(t.kpis.ADS)} ful=${JSON.stringify(t.kpis.FULFILLMENT)} ops=${JSON.stringify(t.kpis.OPERATIONS)} total=${t.total} cash=${t.cashStartCents}->${t.cashEndCents}`);
      }
      lines.push(JSON.stringify(out.outcome.markets.map((m) => ({ m: m.market, sh: m.shoppers, o: m.orders, cpc: m.averageCpcCents }))));
    }
    console.log(lines.join('\n'));
  });
});
