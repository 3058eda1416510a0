import { decisionsFor, scenarioView } from '../support/play';
import { closeRound, createGame, openRound, submit } from '../support/game-ops';
import { gql, gqlOk, INSTRUCTOR, startTestServer, type TestServer } from '../support/test-server';

/** Scores that explain themselves: the rubric before play, labelled KPIs, counted bands, the loss factor. */
const RUBRIC = `query R($g: ID!) { game(id: $g) { scenario { scoring { roundDays lossAversion
  modules { module weight bands { kpi { id unit label { en zh } definition { en zh } } zeroAt fullAt points perDays } } } } } }`;
const REPORT = `query T($g: ID!) { teamReport(gameId: $g, round: 1) { total lossFactor
  scores { module score enabled points { kpi value zeroAt fullAt points maxPoints counted info { label { en zh } unit } } } } }`;

interface Band {
  kpi: { id: string; unit: string; label: { en: string; zh: string }; definition: { en: string; zh: string } };
  zeroAt: number;
  fullAt: number;
  points: number;
  perDays: number | null;
}
interface Rubric {
  game: {
    scenario: { scoring: { roundDays: number; lossAversion: number; modules: { module: string; bands: Band[] }[] } };
  };
}
interface Point {
  kpi: string;
  value: number;
  points: number;
  maxPoints: number;
  counted: boolean;
  info: { label: { en: string; zh: string }; unit: string };
}
interface Report {
  teamReport: {
    total: number;
    lossFactor: number;
    scores: { module: string; score: number; enabled: boolean; points: Point[] }[];
  };
}

describe('scores that explain themselves', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv.stop());

  it('lets a team read its rubric before round 1, with bilingual labels and thresholds scaled to the round', async () => {
    const game = await createGame(srv.url, 'eu-launch', ['Red', 'Green'], 3);
    const r = await gqlOk<Rubric>(srv.url, RUBRIC, { g: game.game.id }, game.teams[0].token);
    const scoring = r.game.scenario.scoring;
    expect(scoring.roundDays).toBe(7);
    expect(scoring.lossAversion).toBeGreaterThan(0);
    expect(scoring.modules.map((m) => m.module)).toEqual(['OPERATIONS', 'SELECTION', 'ADS', 'FULFILLMENT']);
    const bands = scoring.modules.flatMap((m) => m.bands);
    for (const b of bands) {
      expect(b.kpi.label.en).not.toBe(b.kpi.id);
      expect(b.kpi.label.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(b.kpi.definition.en.length).toBeGreaterThan(10);
    }
    // the monthly GMV target of the seed data, judged per 7-day round
    const gmv = bands.find((b) => b.kpi.id === 'gmvCents');
    expect(gmv).toMatchObject({ perDays: 30, zeroAt: 0, kpi: { unit: 'CENTS' } });
    expect(gmv?.fullAt).toBeCloseTo((285000 * 7) / 30, 6);
  });

  it('reports every point with its label, and leaves KPIs that do not apply out of the score', async () => {
    const game = await createGame(srv.url, 'eu-launch', ['Red', 'Green'], 4);
    const view = await scenarioView(srv.url, INSTRUCTOR, 'eu-launch');
    await openRound(srv.url, game.game.id);
    for (const [k, t] of game.teams.entries()) {
      const decisions = decisionsFor(view, k) as { ads?: Record<string, unknown> };
      // Red buys no ads and uses no affiliates: its ad KPIs do not apply
      if (k === 0) decisions.ads = { bids: [], dailyBudgetCents: 0, pacing: 'EVEN', affiliate: [] };
      await submit(srv.url, t.token, decisions);
    }
    await closeRound(srv.url, game.game.id);
    const red = (await gqlOk<Report>(srv.url, REPORT, { g: game.game.id }, game.teams[0].token)).teamReport;
    const points = red.scores.flatMap((s) => s.points);
    expect(points.every((p) => p.info.label.zh.length > 0 && p.info.label.en.length > 0)).toBe(true);
    const ads = red.scores.find((s) => s.module === 'ADS');
    expect(ads?.points.find((p) => p.kpi === 'acos')).toMatchObject({ counted: false, points: 0 });
    expect(ads?.score).toBe(0);
    expect(red.lossFactor).toBeGreaterThan(0);
    expect(red.lossFactor).toBeLessThanOrEqual(1);
    const catalog = await gql<{ kpiCatalog: { id: string }[] }>(
      srv.url,
      '{ kpiCatalog { id module unit scored label { en zh } } }',
      {},
      game.teams[1].token,
    );
    expect(catalog.data?.kpiCatalog.map((k) => k.id)).toEqual(expect.arrayContaining(['acos', 'affiliateReturn']));
  });
});
