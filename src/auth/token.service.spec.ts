import { performance } from 'node:perf_hooks';
import { FindOperator } from 'typeorm';
import { Clock } from '../common/clock';
import { IdService, sha256Hex } from '../common/ids';
import type { DatabaseService } from '../database/database.service';
import { AccessTokenEntity } from './access-token.entity';
import { TokenService } from './token.service';

/** A token table in memory; counts the statements that read it. */
class FakeTokens {
  readonly rows = new Map<string, AccessTokenEntity>();
  reads = 0;
  lastReadSize = 0;

  add(token: string, teamId: string): void {
    const row = Object.assign(new AccessTokenEntity(), {
      id: `id-${teamId}`,
      tokenHash: sha256Hex(token),
      role: 'TEAM',
      gameId: 'g1',
      teamId,
      label: teamId,
      createdAt: '2026-01-01T00:00:00.000Z',
      revokedAt: null,
      expiresAt: null,
    });
    this.rows.set(row.tokenHash, row);
  }

  db(): DatabaseService {
    const em = {
      find: async (_entity: unknown, options: { where: { tokenHash: string | FindOperator<string[]> } }) => {
        this.reads += 1;
        const wanted = options.where.tokenHash;
        const hashes = typeof wanted === 'string' ? [wanted] : (wanted.value as string[]);
        this.lastReadSize = hashes.length;
        return hashes
          .map((h) => this.rows.get(h))
          .filter((r): r is AccessTokenEntity => r !== undefined && r.revokedAt === null);
      },
    };
    return { read: (fn: (e: typeof em) => Promise<unknown>) => fn(em) } as unknown as DatabaseService;
  }
}

const tokenOf = (i: number) => `team_${String(i).padStart(43, 'x')}`;
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('TokenService cache', () => {
  let now = 1_000_000;
  beforeEach(() => {
    now = 1_000_000;
    jest.spyOn(performance, 'now').mockImplementation(() => now);
  });
  afterEach(() => jest.restoreAllMocks());

  function setUp(teams: number): { fake: FakeTokens; service: TokenService } {
    const fake = new FakeTokens();
    for (let i = 0; i < teams; i += 1) fake.add(tokenOf(i), `t${i}`);
    return { fake, service: new TokenService(fake.db(), new IdService(), new Clock()) };
  }

  it('re-reads the tokens in use with one statement when their entries near their end', async () => {
    const { fake, service } = setUp(50);
    for (let i = 0; i < 50; i += 1) expect((await service.resolve(tokenOf(i)))?.teamId).toBe(`t${i}`);
    expect(fake.reads).toBe(50);

    now += 1_700; // within the last 500 ms of the 2 s entries
    expect((await service.resolve(tokenOf(7)))?.teamId).toBe('t7');
    await nextTurn();
    await nextTurn();
    expect(fake.reads).toBe(51);
    expect(fake.lastReadSize).toBe(50);

    now += 1_000; // past the first entries' end, within the refreshed ones
    for (let i = 0; i < 50; i += 1) expect((await service.resolve(tokenOf(i)))?.teamId).toBe(`t${i}`);
    expect(fake.reads).toBe(51);
  });

  it('lets the entries of tokens nobody uses lapse instead of re-reading them', async () => {
    const { fake, service } = setUp(10);
    for (let i = 0; i < 10; i += 1) await service.resolve(tokenOf(i));
    now += 1_700;
    await service.resolve(tokenOf(0));
    await nextTurn();
    await nextTurn();
    expect(fake.lastReadSize).toBe(10);
    now += 1_600; // only token 0 is still in use
    await service.resolve(tokenOf(0));
    await nextTurn();
    await nextTurn();
    expect(fake.reads).toBe(12);
    expect(fake.lastReadSize).toBe(1);
  });

  it('drops a token revoked elsewhere at the grouped re-read', async () => {
    const { fake, service } = setUp(3);
    for (let i = 0; i < 3; i += 1) await service.resolve(tokenOf(i));
    (fake.rows.get(sha256Hex(tokenOf(1))) as AccessTokenEntity).revokedAt = '2026-01-02T00:00:00.000Z';
    now += 1_700;
    await service.resolve(tokenOf(0));
    await nextTurn();
    await nextTurn();
    expect(await service.resolve(tokenOf(1))).toBeNull();
    expect((await service.resolve(tokenOf(2)))?.teamId).toBe('t2');
  });

  it('never reads a malformed token', async () => {
    const { fake, service } = setUp(1);
    expect(await service.resolve('team_short')).toBeNull();
    expect(fake.reads).toBe(0);
  });
});
