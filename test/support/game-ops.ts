import { DataSource } from 'typeorm';
import { gql, gqlOk, INSTRUCTOR, type GqlResponse, type TestServer } from './test-server';

/** Operations most trust and export suites need, written once. */
export const CREATE_GAME = `mutation C($input: CreateGameInput!) { createGame(input: $input) {
  game { id status roundCount seed } teams { team { id code name } token } graderToken } }`;
export const OPEN_ROUND = `mutation O($g: ID!, $d: String) { openRound(gameId: $g, deadline: $d) { __typename
  ... on RoundModel { number status deadline } ... on RoundActionError { errorCode message } } }`;
export const CLOSE_ROUND = `mutation C($g: ID!) { closeRound(gameId: $g) { __typename
  ... on RoundModel { number status outcomeHash } ... on RoundActionError { errorCode message } } }`;
export const SUBMIT = `mutation S($input: SubmitDecisionsInput!) { submitDecisions(input: $input) { __typename
  ... on DecisionsAccepted { round modules { module version } }
  ... on DecisionsRejected { errorCode message errors { module code path message } }
  ... on RoundNotOpen { errorCode message } } }`;
export const VALIDATE = `mutation V($input: SubmitDecisionsInput!) { validateDecisions(input: $input) { __typename
  ... on DecisionsValid { round modules }
  ... on DecisionsRejected { errorCode message errors { module code path message } }
  ... on RoundNotOpen { errorCode message } } }`;
export const MY_DECISIONS = `query D($r: Int) { myDecisions(round: $r) { module round version payload } }`;

export interface CreatedTeam {
  team: { id: string; code: string; name: string };
  token: string;
}

export interface CreatedGame {
  game: { id: string; status: string; roundCount: number; seed: number | null };
  teams: CreatedTeam[];
  graderToken: string;
}

export interface RoundAction {
  __typename: 'RoundModel' | 'RoundActionError';
  number?: number;
  status?: string;
  outcomeHash?: string;
  deadline?: string | null;
  errorCode?: string;
  message?: string;
}

export interface DecisionIssue {
  module: string;
  code: string;
  path: string;
  message: string;
}

export interface SubmitAnswer {
  __typename: 'DecisionsAccepted' | 'DecisionsRejected' | 'RoundNotOpen' | 'DecisionsValid';
  round?: number;
  modules?: { module: string; version: number }[];
  errorCode?: string;
  message?: string;
  errors?: DecisionIssue[];
}

export interface StoredDecision {
  module: string;
  round: number;
  version: number;
  payload: string;
}

export async function createGame(
  url: string,
  scenarioId: string,
  teams: string[],
  seed?: number,
  name = 'trust',
): Promise<CreatedGame> {
  const input: Record<string, unknown> = { scenarioId, name, teams };
  if (seed !== undefined) input.seed = seed;
  return (await gqlOk<{ createGame: CreatedGame }>(url, CREATE_GAME, { input }, INSTRUCTOR)).createGame;
}

export async function openRound(url: string, gameId: string, deadline?: string): Promise<RoundAction> {
  return (await gqlOk<{ openRound: RoundAction }>(url, OPEN_ROUND, { g: gameId, d: deadline ?? null }, INSTRUCTOR))
    .openRound;
}

export async function closeRound(url: string, gameId: string): Promise<RoundAction> {
  return (await gqlOk<{ closeRound: RoundAction }>(url, CLOSE_ROUND, { g: gameId }, INSTRUCTOR)).closeRound;
}

export async function submit(url: string, token: string, input: Record<string, unknown>): Promise<SubmitAnswer> {
  return (await gqlOk<{ submitDecisions: SubmitAnswer }>(url, SUBMIT, { input }, token)).submitDecisions;
}

export async function myDecisions(url: string, token: string, round?: number): Promise<StoredDecision[]> {
  return (await gqlOk<{ myDecisions: StoredDecision[] }>(url, MY_DECISIONS, { r: round ?? null }, token)).myDecisions;
}

/** The code of the first error of an answer (undefined when there is none). */
export function errorCode<T>(r: GqlResponse<T>): string | undefined {
  return r.errors?.[0]?.extensions?.code;
}

/** Raw SQL written with `?` placeholders, run on sqlite or PostgreSQL (which wants $1, $2 …). */
export async function sql<T>(ds: DataSource, text: string, params: unknown[] = []): Promise<T[]> {
  let i = 0;
  const query = ds.options.type === 'postgres' ? text.replace(/\?/g, () => `$${++i}`) : text;
  return (await ds.query(query, params)) as T[];
}

export async function count(srv: TestServer, table: string, where = '1 = 1', params: unknown[] = []): Promise<number> {
  const rows = await sql<{ n: number | string }>(
    srv.app.get(DataSource),
    `SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`,
    params,
  );
  return Number(rows[0].n);
}

/** Fails when a response body shows a stack trace, SQL or driver internals. */
export function expectNoLeak(body: string): void {
  expect(body).not.toMatch(/\n\s+at \S+/);
  expect(body).not.toMatch(/\bat [\w.<>]+ \(.*:\d+:\d+\)/);
  expect(body).not.toMatch(/SQLITE/i);
  expect(body).not.toMatch(/QueryFailedError/);
  expect(body).not.toMatch(/\bSELECT\b.*\bFROM\b/i);
  expect(body).not.toMatch(/node_modules|\/src\/|\.ts:\d+/);
}

/** A raw POST to /graphql returning status and text, for bodies gql() would not send. */
export async function rawPost(
  url: string,
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): Promise<{ status: number; text: string }> {
  const res = await fetch(url, { method: 'POST', headers, body });
  return { status: res.status, text: await res.text() };
}

export { gql, gqlOk, INSTRUCTOR };
