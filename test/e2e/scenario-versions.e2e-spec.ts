import { gqlOk, INSTRUCTOR, startTestServer, type TestServer } from '../support/test-server';

const IMPORT = `mutation I($s: String!, $f: ScenarioFormat) { importScenario(source: $s, format: $f) {
  __typename ... on ScenarioImported { created scenario { key version roundCount contentHash } }
  ... on ScenarioInvalid { errorCode errors { file line column path message } } } }`;

const source = (version: number, rounds: number, seed = 5) => `
id: versioned
version: ${version}
title: { en: Versioned, zh: 版本 }
seed: ${seed}
rounds: { count: ${rounds}, days: 30, schedule: [ { number: 1, season: 1, event: 1, modules: [OPERATIONS, SELECTION, ADS, FULFILLMENT] } ] }
include: { markets: [PL], categories: [hosiery] }
`;

interface Imported {
  importScenario: {
    __typename: string;
    created?: boolean;
    scenario?: { key: string; version: number; roundCount: number; contentHash: string };
    errorCode?: string;
    errors?: { file: string; line: number; column: number; path: string; message: string }[];
  };
}

describe('importing scenario versions into a running server', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv.stop());

  const keys = async () =>
    (await gqlOk<{ scenarios: { key: string }[] }>(srv.url, '{ scenarios { key } }', {}, INSTRUCTOR)).scenarios.map(
      (s) => s.key,
    );

  it('stores a new version beside the old one; a running game stays on the version it started with', async () => {
    const v1 = await gqlOk<Imported>(srv.url, IMPORT, { s: source(1, 3) }, INSTRUCTOR);
    expect(v1.importScenario).toMatchObject({
      __typename: 'ScenarioImported',
      created: true,
      scenario: { key: 'versioned@1', roundCount: 3 },
    });
    // the same file again changes nothing
    expect((await gqlOk<Imported>(srv.url, IMPORT, { s: source(1, 3) }, INSTRUCTOR)).importScenario.created).toBe(
      false,
    );
    // other content under the same version is refused, nothing stored
    const before = await keys();
    const conflict = await gqlOk<Imported>(srv.url, IMPORT, { s: source(1, 4) }, INSTRUCTOR);
    expect(conflict.importScenario).toMatchObject({ __typename: 'ScenarioInvalid', errorCode: 'VERSION_CONFLICT' });
    expect(conflict.importScenario.errors?.[0].path).toBe('version');
    expect(await keys()).toEqual(before);

    const game = await gqlOk<{ createGame: { game: { id: string; scenarioKey: string; roundCount: number } } }>(
      srv.url,
      'mutation { createGame(input: { scenarioId: "versioned", name: "v1 game", teams: ["A"] }) { game { id scenarioKey roundCount } } }',
      {},
      INSTRUCTOR,
    );
    expect(game.createGame.game).toMatchObject({ scenarioKey: 'versioned@1', roundCount: 3 });

    const v2 = await gqlOk<Imported>(srv.url, IMPORT, { s: source(2, 5) }, INSTRUCTOR);
    expect(v2.importScenario).toMatchObject({ created: true, scenario: { key: 'versioned@2', roundCount: 5 } });
    expect(await keys()).toEqual(expect.arrayContaining(['versioned@1', 'versioned@2']));
    const still = await gqlOk<{ game: { scenarioKey: string; roundCount: number; scenario: { version: number } } }>(
      srv.url,
      'query G($g: ID!) { game(id: $g) { scenarioKey roundCount scenario { version } } }',
      { g: game.createGame.game.id },
      INSTRUCTOR,
    );
    expect(still.game).toEqual({ scenarioKey: 'versioned@1', roundCount: 3, scenario: { version: 1 } });
    const newest = await gqlOk<{ createGame: { game: { scenarioKey: string } } }>(
      srv.url,
      'mutation { createGame(input: { scenarioId: "versioned", name: "v2 game", teams: ["A"] }) { game { scenarioKey } } }',
      {},
      INSTRUCTOR,
    );
    expect(newest.createGame.game.scenarioKey).toBe('versioned@2');
  });

  it('accepts JSON and reports every error of a broken file with line, column and path, storing nothing', async () => {
    const json = JSON.stringify({
      id: 'as-json',
      version: 1,
      title: { en: 'J', zh: '杰' },
      seed: 1,
      rounds: { count: 2, days: 30, schedule: [{ number: 1, season: 1, event: 1, modules: ['SELECTION'] }] },
      include: { markets: ['FR'], categories: ['beauty'] },
    });
    expect((await gqlOk<Imported>(srv.url, IMPORT, { s: json, f: 'JSON' }, INSTRUCTOR)).importScenario.__typename).toBe(
      'ScenarioImported',
    );
    const before = await keys();
    const broken = `id: broken
version: 1
title: { en: Broken, zh: 坏 }
seed: 1
rounds: { count: 2, days: 30, schedule: [ { number: 1, season: -1, event: 1, modules: [SELECTION] } ] }
include: { markets: [XX], categories: [hosiery] }
`;
    const r = await gqlOk<Imported>(srv.url, IMPORT, { s: broken }, INSTRUCTOR);
    expect(r.importScenario.__typename).toBe('ScenarioInvalid');
    const errors = r.importScenario.errors ?? [];
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 5, path: 'rounds.schedule[0].season' }),
        expect.objectContaining({ line: 6 }),
      ]),
    );
    for (const e of errors) expect(e.column).toBeGreaterThan(0);
    expect(await keys()).toEqual(before);
  });
});
