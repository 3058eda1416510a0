import { DataSource } from 'typeorm';
import { ReplayService } from '../../src/export/replay.service';
import { decisionsFor, scenarioView, type ScenarioView } from '../support/play';
import {
  closeRound,
  createGame,
  type CreatedGame,
  openRound,
  submit,
  type SubmitAnswer,
  type RoundAction,
  sql,
} from '../support/game-ops';
import { gql, gqlOk, INSTRUCTOR, startTestServer, type TestServer } from '../support/test-server';

const TEAMS = 100;
const MODULE_FIELDS: Record<string, string> = {
  OPERATIONS: 'operations',
  SELECTION: 'selection',
  ADS: 'ads',
  FULFILLMENT: 'fulfillment',
};

interface Sent {
  team: number;
  modules: string[];
  answer: SubmitAnswer;
}

/** The modules team k submits in its n-th submission: teams differ, several modules at once. */
function modulesOf(k: number, n: number): string[] {
  const all = ['OPERATIONS', 'SELECTION', 'ADS', 'FULFILLMENT'];
  if (n === 0) return k % 4 === 0 ? all : all.filter((_, i) => (i + k) % 4 !== 0);
  return all.filter((_, i) => (i + k + n) % 2 === 0);
}

function inputFor(view: ScenarioView, k: number, modules: string[]): Record<string, unknown> {
  // decisionsFor scales bids with k: beyond a dozen teams some would exceed the bid cap, so teams repeat 12 profiles
  return decisionsFor(view, k % 12, modules);
}

describe('100 teams submitting while the round closes (twice at once)', () => {
  let srv: TestServer;
  let view: ScenarioView;
  let game: CreatedGame;
  const sent: Sent[] = [];
  let closes: RoundAction[] = [];

  beforeAll(async () => {
    srv = await startTestServer({ rateLimitPerMinute: 100_000 });
    view = await scenarioView(srv.url, INSTRUCTOR, 'eu-launch');
    game = await createGame(
      srv.url,
      'eu-launch',
      Array.from({ length: TEAMS }, (_, i) => `Team ${i + 1}`),
      2024,
    );
    expect(game.teams).toHaveLength(TEAMS);
    await openRound(srv.url, game.game.id);

    const fire = (k: number, n: number): Promise<void> => {
      const modules = modulesOf(k, n);
      return submit(srv.url, game.teams[k].token, inputFor(view, k, modules)).then((answer) => {
        sent.push({ team: k, modules, answer });
      });
    };
    // first wave: every team; every third team resubmits twice, in parallel with itself
    const wave = game.teams.flatMap((_, k) => [fire(k, 0), ...(k % 3 === 0 ? [fire(k, 1), fire(k, 2)] : [])]);
    // close in the middle, twice at once, once about half the answers are in
    while (sent.length < wave.length / 2) await new Promise((r) => setTimeout(r, 5));
    const late = game.teams.filter((_, k) => k % 5 === 1).map((_, i) => fire(i * 5 + 1, 3));
    closes = await Promise.all([closeRound(srv.url, game.game.id), closeRound(srv.url, game.game.id)]);
    // and some that start only after the round is closed: these are refused whole, always
    const after = [0, 50, 99].map((k) => fire(k, 4));
    await Promise.all([...wave, ...late, ...after]);
  });
  afterAll(() => srv.stop());

  it('the two closes give exactly one RoundModel and one NO_OPEN_ROUND', () => {
    expect(closes.map((c) => c.__typename).sort()).toEqual(['RoundActionError', 'RoundModel']);
    expect(closes.find((c) => c.__typename === 'RoundActionError')!.errorCode).toBe('NO_OPEN_ROUND');
    expect(closes.find((c) => c.__typename === 'RoundModel')!.outcomeHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('every answer is accepted or ROUND_CLOSED, and both kinds happened', () => {
    for (const s of sent) {
      if (s.answer.__typename === 'DecisionsAccepted') {
        expect(s.answer.modules!.map((m) => m.module)).toEqual(s.modules);
      } else {
        expect(s.answer).toMatchObject({ __typename: 'RoundNotOpen', errorCode: 'ROUND_CLOSED' });
      }
    }
    const kinds = new Set(sent.map((s) => s.answer.__typename));
    expect(kinds).toEqual(new Set(['DecisionsAccepted', 'RoundNotOpen']));
  });

  it('stored rows are exactly the accepted submissions: none lost, none half-written', async () => {
    const rows = (await sql(
      srv.app.get(DataSource),
      'SELECT d.module AS module, d.version AS version, t.code AS code FROM decision_set d JOIN team t ON t.id = d."teamId" WHERE d."gameId" = ? AND d."roundNumber" = 1',
      [game.game.id],
    )) as { module: string; version: number; code: string }[];
    const stored = rows.map((r) => `${r.code}/${r.module}/${r.version}`).sort();
    const accepted = sent
      .filter((s) => s.answer.__typename === 'DecisionsAccepted')
      .flatMap((s) => s.answer.modules!.map((m) => `${game.teams[s.team].team.code}/${m.module}/${m.version}`))
      .sort();
    expect(stored).toEqual(accepted);
    // versions per team and module are 1..n with no gap or repeat
    const byKey = new Map<string, number[]>();
    for (const r of rows)
      byKey.set(`${r.code}/${r.module}`, [...(byKey.get(`${r.code}/${r.module}`) ?? []), Number(r.version)]);
    for (const versions of byKey.values())
      expect(versions.sort((a, b) => a - b)).toEqual(versions.map((_, i) => i + 1));
  });

  it('every accepted module counted in the closed round; the stored outcome replays to the same hash', async () => {
    const results = (await sql(
      srv.app.get(DataSource),
      'SELECT t.code AS code, r."absentModules" AS absent FROM team_round_result r JOIN team t ON t.id = r."teamId" WHERE r."gameId" = ? AND r."roundNumber" = 1',
      [game.game.id],
    )) as { code: string; absent: string }[];
    expect(results).toHaveLength(TEAMS);
    const absent = new Map(results.map((r) => [r.code, r.absent === '' ? [] : r.absent.split(',')]));
    for (const s of sent.filter((x) => x.answer.__typename === 'DecisionsAccepted')) {
      const code = game.teams[s.team].team.code;
      for (const m of s.modules)
        expect({ code, module: m, absent: absent.get(code)!.includes(m) }).toEqual({ code, module: m, absent: false });
    }
    // a module whose every submission was refused is absent
    for (const [k, t] of game.teams.entries()) {
      const acceptedModules = new Set(
        sent.filter((s) => s.team === k && s.answer.__typename === 'DecisionsAccepted').flatMap((s) => s.modules),
      );
      for (const m of Object.keys(MODULE_FIELDS))
        expect([t.team.code, m, absent.get(t.team.code)!.includes(m)]).toEqual([
          t.team.code,
          m,
          !acceptedModules.has(m),
        ]);
    }
    const v = await srv.app.get(ReplayService).verify(game.game.id);
    expect(v.rounds).toHaveLength(1);
    expect(v.allMatch).toBe(true);
    const closed = closes.find((c) => c.__typename === 'RoundModel')!;
    expect(v.rounds[0].replayedHash).toBe(closed.outcomeHash);
  });

  it('closing again is NO_OPEN_ROUND and the round keeps its hash', async () => {
    const closed = closes.find((c) => c.__typename === 'RoundModel')!;
    expect(await closeRound(srv.url, game.game.id)).toMatchObject({
      __typename: 'RoundActionError',
      errorCode: 'NO_OPEN_ROUND',
    });
    const r = await gqlOk<{ round: { status: string; outcomeHash: string } }>(
      srv.url,
      'query R($g: ID!) { round(gameId: $g, number: 1) { status outcomeHash } }',
      { g: game.game.id },
      INSTRUCTOR,
    );
    expect(r.round).toEqual({ status: 'CLOSED', outcomeHash: closed.outcomeHash });
    const audit = (await sql(
      srv.app.get(DataSource),
      'SELECT COUNT(*) AS n FROM audit_log WHERE "gameId" = ? AND action = ?',
      [game.game.id, 'ROUND_CLOSED'],
    )) as { n: number }[];
    expect(Number(audit[0].n)).toBe(1);
  });

  it('parallel resubmits of one team get versions 1, 2, 3', async () => {
    expect((await openRound(srv.url, game.game.id)).number).toBe(2);
    const token = game.teams[7].token;
    const answers = await Promise.all(
      [0, 1, 2].map((n) => submit(srv.url, token, inputFor(view, 7 + n, ['OPERATIONS', 'ADS']))),
    );
    const versions = answers.map((a) => a.modules!.map((m) => m.version));
    for (const v of versions) expect(v[0]).toBe(v[1]);
    expect(versions.map((v) => v[0]).sort()).toEqual([1, 2, 3]);
    const mine = await gql<{ myDecisions: { module: string; version: number }[] }>(
      srv.url,
      '{ myDecisions { module version } }',
      {},
      token,
    );
    expect(mine.data!.myDecisions).toEqual([
      { module: 'OPERATIONS', version: 3 },
      { module: 'ADS', version: 3 },
    ]);
  });
});
