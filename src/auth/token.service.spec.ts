import { tokenState } from './token-states.service';
import { DataSource } from 'typeorm';
import { AuditLogEntity } from '../common/audit-log.entity';
import { AuditService } from '../common/audit.service';
import { Clock } from '../common/clock';
import { IdService, sha256Hex } from '../common/ids';
import { DatabaseService } from '../database/database.service';
import type { GameEntity } from '../game/game.entity';
import type { TeamEntity } from '../game/team.entity';
import { AccessTokenEntity } from './access-token.entity';
import { TOKEN_CACHE_TTL_MS, TokenService } from './token.service';
import type { Viewer } from './viewer';

/** A clock the test moves by hand. */
class ManualClock extends Clock {
  at = Date.parse('2026-03-01T08:00:00.000Z');
  override now(): Date {
    return new Date(this.at);
  }
}

const INSTRUCTOR: Viewer = { tokenId: 'i1', role: 'INSTRUCTOR', gameId: null, teamId: null };
const TEAM = { id: 't1', gameId: 'g1', code: 'T01', name: 'one' } as TeamEntity;
const GAME = { id: 'g1', name: 'spring' } as GameEntity;
const OTHER_GAME = { id: 'g2', name: 'autumn' } as GameEntity;

describe('TokenService', () => {
  let dataSource: DataSource;
  let clock: ManualClock;
  let tokens: TokenService;

  beforeEach(async () => {
    dataSource = new DataSource({
      type: 'sqlite',
      database: ':memory:',
      entities: [AccessTokenEntity, AuditLogEntity],
      synchronize: true,
    });
    await dataSource.initialize();
    clock = new ManualClock();
    const ids = new IdService();
    tokens = new TokenService(new DatabaseService(dataSource), ids, clock, new AuditService(ids, clock));
  });
  afterEach(() => dataSource.destroy());

  const issueTeamToken = (expiresAt: string | null = null): Promise<string> =>
    dataSource.transaction(
      async (em) => (await tokens.issue(em, 'TEAM', 'T01', { gameId: 'g1', teamId: 't1' }, { expiresAt })).token,
    );
  const revokeBehindTheCache = (token: string) =>
    dataSource.getRepository(AccessTokenEntity).update({ tokenHash: sha256Hex(token) }, { revokedAt: clock.nowIso() });

  it('trusts a resolved token for the TTL on the clock: a revocation by another instance counts after it', async () => {
    const token = await issueTeamToken();
    expect((await tokens.resolve(token))?.teamId).toBe('t1');
    await revokeBehindTheCache(token);
    clock.at += TOKEN_CACHE_TTL_MS;
    expect((await tokens.resolve(token))?.teamId).toBe('t1');
    clock.at += 1;
    expect(await tokens.resolve(token)).toBeNull();
  });

  it('refuses a revoked token at once on the instance that revoked it, and audits the revocation', async () => {
    const token = await issueTeamToken();
    expect((await tokens.resolve(token))?.teamId).toBe('t1');
    expect(await tokens.revokeTeamTokens(INSTRUCTOR, TEAM)).toBe(1);
    expect(await tokens.resolve(token)).toBeNull();
    const audit = await dataSource.getRepository(AuditLogEntity).find();
    expect(audit.map((a) => [a.action, a.detail])).toEqual([['TOKEN_REVOKED', '{"revoked":1,"team":"T01"}']]);
  });

  it('replaces the team token on rotation: the old one is refused at once, the new one resolves', async () => {
    const old = await issueTeamToken();
    await tokens.resolve(old);
    const fresh = await tokens.rotateTeamToken(INSTRUCTOR, TEAM, null);
    expect(await tokens.resolve(old)).toBeNull();
    expect((await tokens.resolve(fresh))?.teamId).toBe('t1');
  });

  it("revokes and rotates a game's grader tokens like team tokens, audited, leaving other tokens alone", async () => {
    const team = await issueTeamToken();
    const first = await tokens.createGraderToken(INSTRUCTOR, GAME, 'marker', null);
    const second = await tokens.createGraderToken(INSTRUCTOR, GAME, undefined, null);
    const elsewhere = await tokens.createGraderToken(INSTRUCTOR, OTHER_GAME, undefined, null);
    expect((await tokens.resolve(first))?.role).toBe('GRADER');
    expect(await tokens.revokeGraderTokens(INSTRUCTOR, GAME)).toBe(2);
    expect(await tokens.resolve(first)).toBeNull();
    expect(await tokens.resolve(second)).toBeNull();
    expect((await tokens.resolve(elsewhere))?.gameId).toBe('g2');
    expect((await tokens.resolve(team))?.teamId).toBe('t1');

    const rotated = await tokens.rotateGraderTokens(INSTRUCTOR, GAME, undefined, null);
    const again = await tokens.rotateGraderTokens(INSTRUCTOR, GAME, 'final marking', null);
    expect(await tokens.resolve(rotated)).toBeNull();
    expect((await tokens.resolve(again))?.gameId).toBe('g1');
    const audit = await dataSource.getRepository(AuditLogEntity).find();
    const detailsOf = (action: string) =>
      audit.filter((a) => a.action === action).map((a) => JSON.parse(a.detail) as Record<string, unknown>);
    expect(detailsOf('TOKEN_REVOKED')).toEqual([{ graders: true, revoked: 2 }]);
    expect(detailsOf('TOKEN_ROTATED')).toEqual(
      expect.arrayContaining([
        { grader: 'grader of spring (rotated)', revoked: 0, expiresAt: null },
        { grader: 'final marking', revoked: 1, expiresAt: null },
      ]),
    );
  });

  it('refuses a cached token once its expiry passes', async () => {
    const token = await issueTeamToken(new Date(clock.at + 1000).toISOString());
    expect((await tokens.resolve(token))?.teamId).toBe('t1');
    clock.at += 1000;
    expect(await tokens.resolve(token)).toBeNull();
  });

  it('refuses unknown and malformed tokens', async () => {
    expect(await tokens.resolve(`team_${'x'.repeat(43)}`)).toBeNull();
    expect(await tokens.resolve('team_short')).toBeNull();
  });
});

describe('tokenState', () => {
  const now = '2030-01-01T00:00:00.000Z';
  it('is REVOKED when revoked (even past its expiry), EXPIRED past its expiry, else LIVE', () => {
    expect(tokenState({ revokedAt: '2029-01-01T00:00:00.000Z', expiresAt: '2020-01-01T00:00:00.000Z' }, now)).toBe(
      'REVOKED',
    );
    expect(tokenState({ revokedAt: null, expiresAt: now }, now)).toBe('EXPIRED');
    expect(tokenState({ revokedAt: null, expiresAt: '2031-01-01T00:00:00.000Z' }, now)).toBe('LIVE');
    expect(tokenState({ revokedAt: null, expiresAt: null }, now)).toBe('LIVE');
  });
});
