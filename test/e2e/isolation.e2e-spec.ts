import { randomBytes, randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { RoundEvents } from '../../src/round/round-events';
import { decisionsFor, scenarioView } from '../support/play';
import {
  closeRound,
  createGame,
  type CreatedGame,
  errorCode,
  expectNoLeak,
  myDecisions,
  openRound,
  submit,
} from '../support/game-ops';
import { gql, gqlOk, INSTRUCTOR, startTestServer, type TestServer } from '../support/test-server';

const REPORT =
  'query R($g: ID!, $r: Int!, $t: ID) { teamReport(gameId: $g, round: $r, teamId: $t) { team { id code } total } }';
const ROUND = 'query R($g: ID!) { round(gameId: $g, number: 1) { number outcomeHash } }';
const BOARD = 'query B($g: ID!) { scoreboard(gameId: $g) { rows { team { id } total } } }';
const MARKET = 'query M($g: ID!) { marketReport(gameId: $g, round: 1) { market orders } }';
const ADJUSTMENTS = 'query A($g: ID!) { adjustments(gameId: $g) { id teamId } }';
const GAME = 'query G($g: ID!) { game(id: $g) { id seed teams { id } } }';
const ME = '{ me { role gameId team { id } } }';

/** A token of the right shape that was never issued. */
const forged = (prefix: string): string => `${prefix}_${randomBytes(32).toString('base64url')}`;

describe('isolation between teams, games and tokens', () => {
  let srv: TestServer;
  let a: CreatedGame;
  let b: CreatedGame;
  const submitted = new Map<string, Record<string, unknown>>();

  beforeAll(async () => {
    srv = await startTestServer();
    const view = await scenarioView(srv.url, INSTRUCTOR, 'eu-launch');
    a = await createGame(srv.url, 'eu-launch', ['A-one', 'A-two', 'A-three', 'A-four'], 11);
    b = await createGame(srv.url, 'eu-launch', ['B-one', 'B-two'], 12);
    for (const g of [a, b]) {
      await openRound(srv.url, g.game.id);
      for (const [k, t] of g.teams.entries()) {
        const d = decisionsFor(view, k);
        submitted.set(t.team.id, d);
        expect((await submit(srv.url, t.token, d)).__typename).toBe('DecisionsAccepted');
      }
      expect((await closeRound(srv.url, g.game.id)).__typename).toBe('RoundModel');
    }
  });
  afterAll(() => srv.stop());

  const expectRefused = async (
    query: string,
    vars: Record<string, unknown>,
    token: string | undefined,
    code: string,
  ): Promise<void> => {
    const r = await gql(srv.url, query, vars, token);
    expectNoLeak(JSON.stringify(r));
    expect(errorCode(r)).toBe(code);
    expect(r.data ?? null).toBeNull();
  };

  describe('a team of game A', () => {
    it("reads its own report and is refused another team's, of its game or another", async () => {
      const [a1, a2] = a.teams;
      const own = await gqlOk<{ teamReport: { team: { id: string } } }>(
        srv.url,
        REPORT,
        { g: a.game.id, r: 1 },
        a1.token,
      );
      expect(own.teamReport.team.id).toBe(a1.team.id);
      await expectRefused(REPORT, { g: a.game.id, r: 1, t: a2.team.id }, a1.token, 'FORBIDDEN');
      await expectRefused(REPORT, { g: b.game.id, r: 1, t: b.teams[0].team.id }, a1.token, 'NOT_FOUND');
      await expectRefused(REPORT, { g: b.game.id, r: 1 }, a1.token, 'NOT_FOUND');
      // a team id of game B asked in game A
      await expectRefused(REPORT, { g: a.game.id, r: 1, t: b.teams[0].team.id }, a1.token, 'FORBIDDEN');
    });

    it('sees only its own decisions, exactly as it submitted them', async () => {
      for (const t of a.teams) {
        const mine = await myDecisions(srv.url, t.token, 1);
        expect(mine.map((d) => d.module)).toEqual(['OPERATIONS', 'SELECTION', 'ADS', 'FULFILLMENT']);
        const sent = submitted.get(t.team.id) as Record<string, { listings?: unknown[] }>;
        const selection = JSON.parse(mine.find((d) => d.module === 'SELECTION')!.payload) as { listings: unknown[] };
        expect(selection.listings).toEqual(sent.selection.listings);
        // nobody else's payload is in this answer
        for (const other of a.teams.filter((o) => o.team.id !== t.team.id)) {
          const theirs = submitted.get(other.team.id) as Record<string, unknown>;
          if (JSON.stringify(theirs.operations) !== JSON.stringify((sent as Record<string, unknown>).operations)) {
            expect(mine.find((d) => d.module === 'OPERATIONS')!.payload).not.toBe(JSON.stringify(theirs.operations));
          }
        }
      }
    });

    it('cannot read game B through game, round, scoreboard, marketReport or adjustments', async () => {
      const token = a.teams[0].token;
      for (const q of [GAME, ROUND, BOARD, MARKET, ADJUSTMENTS])
        await expectRefused(q, { g: b.game.id }, token, 'NOT_FOUND');
      const games = await gqlOk<{ games: { id: string }[] }>(srv.url, '{ games { id } }', {}, token);
      expect(games.games.map((g) => g.id)).toEqual([a.game.id]);
    });

    it("does not see submission progress, the seed, or rivals' identities in market aggregates", async () => {
      const token = a.teams[0].token;
      const progress = await gql(
        srv.url,
        'query G($g: ID!) { game(id: $g) { rounds { submissions { team { id } operations } } } }',
        { g: a.game.id },
        token,
      );
      expect(errorCode(progress)).toBe('FORBIDDEN');
      const g = await gqlOk<{ game: { seed: number | null } }>(srv.url, GAME, { g: a.game.id }, token);
      expect(g.game.seed).toBeNull();
      const list = await gqlOk<{ games: { seed: number | null }[] }>(srv.url, '{ games { seed } }', {}, token);
      expect(list.games.every((x) => x.seed === null)).toBe(true);
      const market = await gql(
        srv.url,
        'query M($g: ID!) { marketReport(gameId: $g, round: 1) { market orders gmvCents keywords { keyword } } }',
        { g: a.game.id },
        token,
      );
      const text = JSON.stringify(market.data);
      for (const t of a.teams.slice(1)) {
        expect(text).not.toContain(t.team.id);
        expect(text).not.toContain(t.team.name);
      }
    });

    it('never learns the seed of a game through its scenario either', async () => {
      // a game created without a seed uses the scenario's default seed
      const noSeed = await createGame(srv.url, 'eu-launch', ['Solo'], undefined, 'default seed');
      const graderView = await gqlOk<{ game: { seed: number } }>(
        srv.url,
        GAME,
        { g: noSeed.game.id },
        noSeed.graderToken,
      );
      expect(typeof graderView.game.seed).toBe('number');
      const team = noSeed.teams[0].token;
      const r = await gqlOk<{ game: { seed: number | null; scenario: { defaultSeed: number | null } } }>(
        srv.url,
        'query G($g: ID!) { game(id: $g) { seed scenario { defaultSeed } } }',
        { g: noSeed.game.id },
        team,
      );
      expect(r.game.seed).toBeNull();
      expect(r.game.scenario.defaultSeed).not.toBe(graderView.game.seed);
      const s = await gqlOk<{ scenarios: { defaultSeed: number | null }[] }>(
        srv.url,
        '{ scenarios { defaultSeed } }',
        {},
        team,
      );
      expect(s.scenarios.map((x) => x.defaultSeed)).not.toContain(graderView.game.seed);
      expect(JSON.stringify(await gql(srv.url, ME, {}, team))).not.toContain(String(graderView.game.seed));
    });

    it("is refused exports (403) and another game's subscription", async () => {
      for (const format of ['csv', 'xlsx', 'json']) {
        for (const g of [a, b]) {
          const res = await fetch(`${srv.base}/games/${g.game.id}/scoreboard.${format}`, {
            headers: { authorization: `Bearer ${a.teams[0].token}` },
          });
          expect(res.status).toBe(403);
          expectNoLeak(await res.text());
        }
      }
      const client = createClient({
        url: srv.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { Authorization: `Bearer ${a.teams[0].token}` },
      });
      try {
        const events = srv.app.get(RoundEvents);
        const received: { data?: unknown; errors?: readonly { extensions?: { code?: unknown } }[] }[] = [];
        const answer = new Promise<unknown>((resolve) => {
          client.subscribe(
            { query: 'subscription S($g: ID!) { roundChanged(gameId: $g) { gameId } }', variables: { g: b.game.id } },
            {
              next: (v) => {
                received.push(v);
                if (v.errors) resolve(v.errors);
              },
              error: resolve,
              complete: () => resolve('complete'),
            },
          );
        });
        let done = false;
        void answer.then(() => {
          done = true;
        });
        while (!done && received.length === 0) {
          events.publish({ gameId: b.game.id, round: 1, status: 'CLOSED', outcomeHash: null, gameStatus: 'RUNNING' });
          await new Promise((r) => setTimeout(r, 25));
        }
        // the refusal is the only message: no event of game B ever reaches a team of game A
        expect(received.every((m) => !m.data)).toBe(true);
        const errs = (await answer) as { extensions?: { code?: string } }[];
        expect(errs[0].extensions?.code).toBe('NOT_FOUND');
        expectNoLeak(JSON.stringify(errs));
      } finally {
        await client.dispose();
      }
    });
  });

  describe('guessed ids', () => {
    const guesses = [randomUUID(), randomUUID(), '00000000-0000-0000-0000-000000000000', "' OR 1=1 --", 'T01', '1'];

    it.each(guesses)('teamReport with team id %s is refused without leaking', async (id) => {
      for (const token of [a.teams[0].token, a.graderToken, INSTRUCTOR]) {
        const r = await gql(srv.url, REPORT, { g: a.game.id, r: 1, t: id }, token);
        expectNoLeak(JSON.stringify(r));
        expect(['FORBIDDEN', 'NOT_FOUND']).toContain(errorCode(r));
        expect(r.data ?? null).toBeNull();
      }
    });

    it.each(guesses)('game id %s is not found for every role', async (id) => {
      for (const token of [a.teams[0].token, a.graderToken, INSTRUCTOR]) {
        for (const q of [GAME, ROUND, BOARD, ADJUSTMENTS]) await expectRefused(q, { g: id }, token, 'NOT_FOUND');
      }
      const res = await fetch(`${srv.base}/games/${encodeURIComponent(id)}/scoreboard.json`, {
        headers: { authorization: `Bearer ${a.graderToken}` },
      });
      expect(res.status).toBe(404);
      expectNoLeak(await res.text());
    });

    it("team ids of game B are not reports of game A for A's grader", async () => {
      for (const t of b.teams)
        await expectRefused(REPORT, { g: a.game.id, r: 1, t: t.team.id }, a.graderToken, 'NOT_FOUND');
    });
  });

  describe('a grader of game A', () => {
    it('reads game A but nothing of game B', async () => {
      const ok = await gqlOk<{ game: { id: string; seed: number } }>(srv.url, GAME, { g: a.game.id }, a.graderToken);
      expect(ok.game.seed).toBe(11);
      for (const q of [GAME, ROUND, BOARD, MARKET, ADJUSTMENTS])
        await expectRefused(q, { g: b.game.id }, a.graderToken, 'NOT_FOUND');
      await expectRefused(REPORT, { g: b.game.id, r: 1, t: b.teams[0].team.id }, a.graderToken, 'NOT_FOUND');
      for (const format of ['csv', 'xlsx', 'json']) {
        const res = await fetch(`${srv.base}/games/${b.game.id}/scoreboard.${format}`, {
          headers: { authorization: `Bearer ${a.graderToken}` },
        });
        expect(res.status).toBe(404);
        expectNoLeak(await res.text());
      }
      const games = await gqlOk<{ games: { id: string }[] }>(srv.url, '{ games { id } }', {}, a.graderToken);
      expect(games.games.map((g) => g.id)).toEqual([a.game.id]);
    });
  });

  describe('forged and malformed credentials', () => {
    const forgedTokens: [string, () => string][] = [
      ['team_ + 43 random', () => forged('team')],
      ['grd_ + 43 random', () => forged('grd')],
      ['ins_ + 43 random', () => forged('ins')],
      [
        'a real team token with its last character changed',
        () => `${a.teams[0].token.slice(0, -1)}${a.teams[0].token.endsWith('A') ? 'B' : 'A'}`,
      ],
      ['the instructor token with its last character changed', () => `${INSTRUCTOR.slice(0, -1)}X`],
      ['40 printable characters', () => 'x'.repeat(40)],
    ];

    it.each(forgedTokens)('forged token (%s) is UNAUTHENTICATED (GraphQL and HTTP)', async (_label, make) => {
      const token = make();
      await expectRefused(ME, {}, token, 'UNAUTHENTICATED');
      await expectRefused('{ scenarios { id } }', {}, token, 'UNAUTHENTICATED');
      const res = await fetch(`${srv.base}/games/${a.game.id}/scoreboard.csv`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(401);
    });

    const headers = [
      'Bearer',
      'Bearer ',
      `Basic ${Buffer.from('a:b').toString('base64')}`,
      `${INSTRUCTOR}`,
      `Bearer ${INSTRUCTOR} extra`,
      `Token ${INSTRUCTOR}`,
      'Bearer \u0000',
      `Bearer ${'a'.repeat(5000)}`,
    ];

    it.each(headers.map((h) => [h.slice(0, 40), h]))('Authorization "%s" is refused', async (_label, header) => {
      const res = await fetch(srv.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: header },
        body: JSON.stringify({ query: '{ me { role } }' }),
      }).catch(() => null);
      if (res === null) return; // a header fetch itself refuses to send is refused all the same
      const text = await res.text();
      expectNoLeak(text);
      const body = JSON.parse(text) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
      expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(body.data ?? null).toBeNull();
      const http = await fetch(`${srv.base}/games/${a.game.id}/scoreboard.json`, {
        headers: { authorization: header },
      }).catch(() => null);
      if (http) expect(http.status).toBe(401);
    });

    it('refuses a websocket connection with a forged token', async () => {
      const client = createClient({
        url: srv.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { Authorization: `Bearer ${forged('team')}` },
      });
      const err = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: 'subscription S($g: ID!) { roundChanged(gameId: $g) { gameId } }', variables: { g: a.game.id } },
          { next: () => resolve('data'), error: resolve, complete: () => resolve('complete') },
        );
      });
      await client.dispose();
      expect((err as { code?: number }).code).toBe(4403);
    });
  });

  describe('revoked and rotated tokens', () => {
    it('a revoked team token is refused everywhere, a rotated one replaces it', async () => {
      const victim = a.teams[2];
      expect((await gqlOk<{ me: { team: { id: string } } }>(srv.url, ME, {}, victim.token)).me.team.id).toBe(
        victim.team.id,
      );
      const rev = await gqlOk<{ revokeTeamToken: { revoked: number } }>(
        srv.url,
        'mutation R($t: ID!) { revokeTeamToken(teamId: $t) { revoked } }',
        { t: victim.team.id },
        INSTRUCTOR,
      );
      expect(rev.revokeTeamToken.revoked).toBe(1);
      await expectRefused(ME, {}, victim.token, 'UNAUTHENTICATED');
      await expectRefused(
        'mutation { submitDecisions(input: {}) { __typename } }',
        {},
        victim.token,
        'UNAUTHENTICATED',
      );
      await expectRefused('{ myDecisions(round: 1) { version } }', {}, victim.token, 'UNAUTHENTICATED');

      const rot = await gqlOk<{ rotateTeamToken: { token: string; team: { id: string } } }>(
        srv.url,
        'mutation R($t: ID!) { rotateTeamToken(teamId: $t) { token team { id } } }',
        { t: victim.team.id },
        INSTRUCTOR,
      );
      const fresh = rot.rotateTeamToken.token;
      expect(fresh).not.toBe(victim.token);
      await expectRefused(ME, {}, victim.token, 'UNAUTHENTICATED');
      expect((await gqlOk<{ me: { team: { id: string } } }>(srv.url, ME, {}, fresh)).me.team.id).toBe(victim.team.id);

      // rotating again refuses the previous new token and accepts the newest
      const again = await gqlOk<{ rotateTeamToken: { token: string } }>(
        srv.url,
        'mutation R($t: ID!) { rotateTeamToken(teamId: $t) { token } }',
        { t: victim.team.id },
        INSTRUCTOR,
      );
      await expectRefused(ME, {}, fresh, 'UNAUTHENTICATED');
      expect((await gqlOk<{ me: { role: string } }>(srv.url, ME, {}, again.rotateTeamToken.token)).me.role).toBe(
        'TEAM',
      );
      // other teams' tokens are untouched
      expect((await gqlOk<{ me: { role: string } }>(srv.url, ME, {}, a.teams[3].token)).me.role).toBe('TEAM');
    });

    it('a revoked token cannot open a websocket', async () => {
      const victim = a.teams[3];
      await gqlOk(
        srv.url,
        'mutation R($t: ID!) { revokeTeamToken(teamId: $t) { revoked } }',
        { t: victim.team.id },
        INSTRUCTOR,
      );
      const client = createClient({
        url: srv.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { Authorization: `Bearer ${victim.token}` },
      });
      const err = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: 'subscription S($g: ID!) { roundChanged(gameId: $g) { gameId } }', variables: { g: a.game.id } },
          { next: () => resolve('data'), error: resolve, complete: () => resolve('complete') },
        );
      });
      await client.dispose();
      expect((err as { code?: number }).code).toBe(4403);
    });
  });
});
