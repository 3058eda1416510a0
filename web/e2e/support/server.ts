import type { APIRequestContext } from '@playwright/test';

/** The port of the server the browser specs start (see playwright.config.ts). */
export const BROWSER_PORT = Number(process.env.SANDBOX_BROWSER_PORT ?? 4391);
/** The instructor token that server is started with; the specs act as the instructor through the API. */
export const INSTRUCTOR_TOKEN = 'browser-spec-instructor-token-0123456789';

interface GraphqlAnswer<T> {
  data?: T;
  errors?: { message: string }[];
}

/** One GraphQL call as the instructor (or a given token); fails the spec on any GraphQL error. */
export async function gql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
  token = INSTRUCTOR_TOKEN,
): Promise<T> {
  const res = await request.post('/graphql', {
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    data: { query, variables },
  });
  const body = (await res.json()) as GraphqlAnswer<T>;
  if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

export interface TestGame {
  gameId: string;
  teamToken: string;
  teamName: string;
}

/** A fresh game of a scenario with two teams and round 1 open; the first team's token for the browser. */
export async function createGameWithOpenRound(request: APIRequestContext, scenarioId: string): Promise<TestGame> {
  const created = await gql<{
    createGame: { game: { id: string }; teams: { token: string; team: { name: string } }[] };
  }>(
    request,
    `mutation ($input: CreateGameInput!) {
      createGame(input: $input) { game { id } teams { token team { name } } }
    }`,
    { input: { name: `browser ${scenarioId} ${Date.now()}`, scenarioId, teams: ['Aurora', 'Borealis'] } },
  );
  const gameId = created.createGame.game.id;
  await gql(request, `mutation ($g: ID!) { openRound(gameId: $g) { __typename } }`, { g: gameId });
  return { gameId, teamToken: created.createGame.teams[0].token, teamName: created.createGame.teams[0].team.name };
}

/** Closes the open round as the instructor (what the instructor's page or the API does). */
export async function closeRound(request: APIRequestContext, gameId: string): Promise<void> {
  const answer = await gql<{ closeRound: { __typename: string; errorCode?: string } }>(
    request,
    `mutation ($g: ID!) { closeRound(gameId: $g) { __typename ... on RoundActionError { errorCode } } }`,
    { g: gameId },
  );
  if (answer.closeRound.__typename !== 'RoundModel') throw new Error(`closeRound: ${JSON.stringify(answer)}`);
}
