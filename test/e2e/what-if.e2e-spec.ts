import { DataSource } from 'typeorm';
import {
  closeRound,
  count,
  createGame,
  type CreatedGame,
  errorCode,
  openRound,
  sql,
  submit,
} from '../support/game-ops';
import { decisionsFor, scenarioView, type ScenarioView } from '../support/play';
import { gql, gqlOk, INSTRUCTOR, startTestServer, type TestServer } from '../support/test-server';
import { WHAT_IFS_PER_MINUTE } from '../../src/whatif/what-if.resolver';

const REPORT_FIELDS = `total cashStartCents cashEndCents scores { module score points { kpi value points } }
  ledger { kind amountCents } listings { product market priceCents orders revenueCents } lanes { service parcels }`;
const WHAT_IF = `query W($g: ID!, $r: Int!, $d: WhatIfDecisionsInput!, $t: ID) {
  whatIf(gameId: $g, round: $r, decisions: $d, teamId: $t) { __typename
    ... on WhatIfReport { round team { code } changedModules totalDelta cashEndDeltaCents
      real { ${REPORT_FIELDS} } whatIf { ${REPORT_FIELDS} } }
    ... on DecisionsRejected { errorCode errors { module code path } }
    ... on WhatIfUnavailable { errorCode message } } }`;
const REPORT = `query R($g: ID!, $r: Int!, $t: ID) { teamReport(gameId: $g, round: $r, teamId: $t) { ${REPORT_FIELDS} } }`;

interface Report {
  total: number;
  cashEndCents: number;
  listings: { priceCents: number; orders: number; revenueCents: number }[];
}
interface WhatIfAnswer {
  __typename: string;
  changedModules?: string[];
  totalDelta?: number;
  cashEndDeltaCents?: number;
  real?: Report;
  whatIf?: Report;
  errorCode?: string;
  message?: string;
  errors?: { module: string; code: string; path: string }[];
}

describe('whatIf: a closed round replayed with changed decisions', () => {
  let srv: TestServer;
  let game: CreatedGame;
  let view: ScenarioView;
  const decided: Record<string, unknown>[] = [];
  const ask = (token: string, vars: Record<string, unknown>) =>
    gql<{ whatIf: WhatIfAnswer }>(srv.url, WHAT_IF, { g: game.game.id, r: 1, ...vars }, token);

  beforeAll(async () => {
    srv = await startTestServer();
    game = await createGame(srv.url, 'eu-launch', ['Red', 'Green', 'Blue'], 7);
    view = await scenarioView(srv.url, INSTRUCTOR, 'eu-launch');
    await openRound(srv.url, game.game.id);
    for (const [k, t] of game.teams.entries()) {
      decided.push(decisionsFor(view, k));
      expect((await submit(srv.url, t.token, decided[k])).__typename).toBe('DecisionsAccepted');
    }
    expect((await closeRound(srv.url, game.game.id)).status).toBe('CLOSED');
  }, 60_000);
  afterAll(() => srv.stop());

  it('gives back the real report exactly when the decisions are unchanged (given again, or not given)', async () => {
    const red = game.teams[0];
    const real = (await gqlOk<{ teamReport: Report }>(srv.url, REPORT, { g: game.game.id, r: 1 }, red.token))
      .teamReport;
    const same = (await ask(red.token, { d: decided[0] })).data?.whatIf;
    expect(same?.__typename).toBe('WhatIfReport');
    expect(same?.changedModules).toEqual(['OPERATIONS', 'SELECTION', 'ADS', 'FULFILLMENT']);
    expect(same?.real).toEqual(real);
    expect(same?.whatIf).toEqual(real);
    expect(same?.totalDelta).toBe(0);
    expect(same?.cashEndDeltaCents).toBe(0);
    const none = (await ask(red.token, { d: {} })).data?.whatIf;
    expect(none?.changedModules).toEqual([]);
    expect(none?.whatIf).toEqual(real);
  });

  it('replays a round closed before start states were kept from the rounds before it', async () => {
    const red = game.teams[0];
    const ds = srv.app.get(DataSource);
    const kept = await sql<{ startState: string }>(
      ds,
      'SELECT "startState" FROM round WHERE "gameId" = ? AND number = 1',
      [game.game.id],
    );
    expect(kept[0].startState).toMatch(/^\{/);
    await sql(ds, 'UPDATE round SET "startState" = NULL WHERE "gameId" = ? AND number = 1', [game.game.id]);
    try {
      const answer = (await ask(red.token, { d: {} })).data?.whatIf;
      expect(answer?.__typename).toBe('WhatIfReport');
      expect(answer?.whatIf).toEqual(answer?.real);
    } finally {
      await sql(ds, 'UPDATE round SET "startState" = ? WHERE "gameId" = ? AND number = 1', [
        kept[0].startState,
        game.game.id,
      ]);
    }
  });

  it('answers different figures for a changed price, and stores nothing', async () => {
    const red = game.teams[0];
    const before = await count(srv, 'decision_set');
    const ops = structuredClone(decided[0].operations) as { prices: { priceCents: number }[] };
    for (const p of ops.prices) p.priceCents = Math.round(p.priceCents * 1.6);
    const answer = (await ask(red.token, { d: { operations: ops } })).data?.whatIf;
    expect(answer?.__typename).toBe('WhatIfReport');
    expect(answer?.changedModules).toEqual(['OPERATIONS']);
    const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);
    expect(sorted(answer?.whatIf?.listings.map((l) => l.priceCents) ?? [])).toEqual(
      sorted(ops.prices.map((p) => p.priceCents)),
    );
    expect(answer?.whatIf?.listings).not.toEqual(answer?.real?.listings);
    expect(answer?.whatIf?.cashEndCents).not.toBe(answer?.real?.cashEndCents);
    expect(answer?.totalDelta).toBeCloseTo((answer?.whatIf?.total ?? 0) - (answer?.real?.total ?? 0), 2);
    // the same question gives the same answer
    expect((await ask(red.token, { d: { operations: ops } })).data?.whatIf).toEqual(answer);
    expect(await count(srv, 'decision_set')).toBe(before);
    const real = (await gqlOk<{ teamReport: Report }>(srv.url, REPORT, { g: game.game.id, r: 1 }, red.token))
      .teamReport;
    expect(real).toEqual(answer?.real);
  });

  it('lets an instructor ask for any team, and refuses a team asking for another', async () => {
    const green = game.teams[1];
    const asInstructor = (await ask(INSTRUCTOR, { d: {}, t: green.team.id })).data?.whatIf;
    expect(asInstructor?.__typename).toBe('WhatIfReport');
    const forbidden = await ask(game.teams[0].token, { d: {}, t: green.team.id });
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
    expect(forbidden.data?.whatIf ?? null).toBeNull();
    const grader = await ask(game.graderToken, { d: {}, t: green.team.id });
    expect(errorCode(grader)).toBe('FORBIDDEN');
  });

  it('refuses bad decisions with their paths, a round not closed, and unknown games and rounds', async () => {
    const red = game.teams[0];
    const ops = structuredClone(decided[0].operations) as { prices: { priceCents: number }[] };
    ops.prices[0].priceCents = -5;
    const bad = (await ask(red.token, { d: { operations: ops } })).data?.whatIf;
    expect(bad).toMatchObject({ __typename: 'DecisionsRejected', errorCode: 'INVALID_DECISIONS' });
    expect(bad?.errors?.[0]).toMatchObject({ module: 'OPERATIONS', path: 'prices[0].priceCents' });

    await openRound(srv.url, game.game.id);
    const open = (await ask(red.token, { d: {}, r: 2 })).data?.whatIf;
    expect(open).toMatchObject({ __typename: 'WhatIfUnavailable', errorCode: 'ROUND_NOT_CLOSED' });
    expect(open?.message).toMatch(/round 2 is not closed/);

    const later = await ask(red.token, { d: {}, r: 7 });
    expect(errorCode(later)).toBe('NOT_FOUND');
    expect(later.errors?.[0].message).toMatch(/round 7/);
    const noGame = { g: 'no-such-game', r: 1, d: {}, t: game.teams[0].team.id };
    expect(errorCode(await gql(srv.url, WHAT_IF, noGame, INSTRUCTOR))).toBe('NOT_FOUND');
    expect(errorCode(await gql(srv.url, WHAT_IF, { ...noGame, t: null }, red.token))).toBe('NOT_FOUND');
  });

  it(`is rate-limited to ${WHAT_IFS_PER_MINUTE} a minute per token`, async () => {
    const blue = game.teams[2];
    const codes: (string | undefined)[] = [];
    // round 2 is open: each question is answered at once with ROUND_NOT_CLOSED, and counted
    for (let i = 0; i <= WHAT_IFS_PER_MINUTE; i += 1) codes.push(errorCode(await ask(blue.token, { d: {}, r: 2 })));
    expect(codes.slice(0, WHAT_IFS_PER_MINUTE).every((c) => c === undefined)).toBe(true);
    expect(codes[WHAT_IFS_PER_MINUTE]).toBe('RATE_LIMITED');
    // another token's questions are not held back
    expect(errorCode(await ask(game.teams[1].token, { d: {}, r: 2 }))).toBeUndefined();
  });
});

describe('whatIf on a later round closed before start states were kept', () => {
  let srv: TestServer;
  afterAll(() => srv.stop());

  it('replays the rounds before it from the first and still gives back the real report', async () => {
    srv = await startTestServer();
    const game = await createGame(srv.url, 'eu-launch', ['Red', 'Green'], 23);
    const view = await scenarioView(srv.url, INSTRUCTOR, 'eu-launch');
    for (let r = 1; r <= 2; r += 1) {
      await openRound(srv.url, game.game.id);
      for (const [k, t] of game.teams.entries()) await submit(srv.url, t.token, decisionsFor(view, k + 2 * r));
      await closeRound(srv.url, game.game.id);
    }
    await sql(srv.app.get(DataSource), 'UPDATE round SET "startState" = NULL WHERE "gameId" = ?', [game.game.id]);
    const green = game.teams[1];
    const answer = (
      await gqlOk<{ whatIf: WhatIfAnswer }>(srv.url, WHAT_IF, { g: game.game.id, r: 2, d: {} }, green.token)
    ).whatIf;
    const real = (await gqlOk<{ teamReport: Report }>(srv.url, REPORT, { g: game.game.id, r: 2 }, green.token))
      .teamReport;
    expect(answer.__typename).toBe('WhatIfReport');
    expect(answer.whatIf).toEqual(real);
    expect(answer.real).toEqual(real);
  }, 60_000);
});
