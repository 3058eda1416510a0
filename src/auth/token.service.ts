import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { AppError, AppErrorCode } from '../common/app-error';
import { AuditService } from '../common/audit.service';
import { Clock } from '../common/clock';
import { IdService, sha256Hex } from '../common/ids';
import { ttlCache } from '../common/ttl-cache';
import { DatabaseService } from '../database/database.service';
import type { GameEntity } from '../game/game.entity';
import type { TeamEntity } from '../game/team.entity';
import { AccessTokenEntity, Role } from './access-token.entity';
import { Viewer } from './viewer';

const TOKEN_SHAPE = /^(ins|team|grd)_[A-Za-z0-9_-]{43}$/;
/**
 * How long a resolved token is trusted without reading the database.
 * Rotation and revocation on this instance drop the team's tokens at once
 * (after the change has committed); another server instance sees a
 * revocation within this TTL.
 */
export const TOKEN_CACHE_TTL_MS = 2_000;
const TOKEN_CACHE_MAX = 10_000;
const PREFIX: Record<Role, string> = { INSTRUCTOR: 'ins', TEAM: 'team', GRADER: 'grd' };

/** Whose tokens a rotation or revocation touches: one team's, or the graders' of one game. */
type TokenHolders = { teamId: string } | { graderOf: string };

const holds = (holders: TokenHolders, viewer: Viewer): boolean =>
  'teamId' in holders
    ? viewer.teamId === holders.teamId
    : viewer.role === 'GRADER' && viewer.gameId === holders.graderOf;

/** A live token as cached: who it speaks for and when it expires. */
interface KnownToken {
  viewer: Viewer;
  expiresAt: string | null;
}

/**
 * Issues bearer tokens (shown once, stored hashed), resolves them to viewers
 * through the one TTL cache, and rotates and revokes them with an audit record.
 */
@Injectable()
export class TokenService {
  private readonly cache;

  constructor(
    private readonly db: DatabaseService,
    private readonly ids: IdService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {
    this.cache = ttlCache<KnownToken>(clock, {
      ttlMs: TOKEN_CACHE_TTL_MS,
      max: TOKEN_CACHE_MAX,
      read: (hash) => this.read(hash),
    });
  }

  /**
   * Creates a token inside the caller's transaction; returns the plain token
   * (never stored). `plain` stores a given token (SANDBOX_INSTRUCTOR_TOKEN);
   * `expiresAt` (ISO) makes it expire.
   */
  async issue(
    em: EntityManager,
    role: Role,
    label: string,
    scope: { gameId?: string; teamId?: string } = {},
    options: { plain?: string; expiresAt?: string | null } = {},
  ): Promise<{ token: string; entity: AccessTokenEntity }> {
    const token = options.plain ?? this.ids.token(PREFIX[role]);
    const entity = em.create(AccessTokenEntity, {
      id: this.ids.uuid(),
      tokenHash: sha256Hex(token),
      role,
      gameId: scope.gameId ?? null,
      teamId: scope.teamId ?? null,
      label,
      createdAt: this.clock.nowIso(),
      revokedAt: null,
      expiresAt: options.expiresAt ?? null,
    });
    await em.save(entity);
    return { token, entity };
  }

  /** The viewer of a live token; null for an unknown, revoked, expired or malformed one (never read). */
  async resolve(token: string): Promise<Viewer | null> {
    if (!TOKEN_SHAPE.test(token) && !this.isConfiguredShape(token)) return null;
    const hash = sha256Hex(token);
    // (a read in flight when the team's tokens were dropped is not used: read again)
    const known = await this.cache.fetch(hash).catch(() => this.read(hash));
    return known && !this.expired(known.expiresAt) ? known.viewer : null;
  }

  private async read(hash: string): Promise<KnownToken | undefined> {
    const row = await this.db.read((em) =>
      em.findOne(AccessTokenEntity, { where: { tokenHash: hash, revokedAt: IsNull() } }),
    );
    if (!row) return undefined;
    return {
      viewer: { tokenId: row.id, role: row.role, gameId: row.gameId, teamId: row.teamId },
      expiresAt: row.expiresAt,
    };
  }

  private expired(expiresAt: string | null): boolean {
    return expiresAt !== null && expiresAt <= this.clock.nowIso();
  }

  /** Drops the cached tokens of a team or of a game's graders (and any read of them in flight). */
  private forget(holders: TokenHolders): void {
    for (const [hash, known] of this.cache.entries()) if (holds(holders, known.viewer)) this.cache.delete(hash);
  }

  /** An instructor token given by SANDBOX_INSTRUCTOR_TOKEN may have any shape of 16..200 printable characters. */
  private isConfiguredShape(token: string): boolean {
    return token.length >= 16 && token.length <= 200 && /^[\x21-\x7e]+$/.test(token);
  }

  /**
   * Makes sure an instructor can log in: with `configured`, that token (stored
   * hashed if new); otherwise a fresh one when no instructor token exists yet.
   * Returns the plain token only when it was created now.
   */
  async ensureInstructor(configured?: string): Promise<string | null> {
    return this.db.write(async (em) => {
      if (configured) {
        if (!this.isConfiguredShape(configured))
          throw new Error('SANDBOX_INSTRUCTOR_TOKEN must be 16..200 printable ASCII characters');
        const hash = sha256Hex(configured);
        const exists = await em.findOne(AccessTokenEntity, { where: { tokenHash: hash } });
        if (exists) return null;
        await this.issue(em, 'INSTRUCTOR', 'instructor (SANDBOX_INSTRUCTOR_TOKEN)', {}, { plain: configured });
        return configured;
      }
      const any = await em.count(AccessTokenEntity, { where: { role: 'INSTRUCTOR', revokedAt: IsNull() } });
      if (any > 0) return null;
      return (await this.issue(em, 'INSTRUCTOR', 'instructor (first start)')).token;
    });
  }

  /**
   * Revokes every live token of a team and issues a new one (optionally
   * expiring), audited; returns the new token. A bot team has no token.
   */
  async rotateTeamToken(viewer: Viewer, team: TeamEntity, expiresAt: string | null): Promise<string> {
    if (team.botStrategy)
      throw new AppError(
        AppErrorCode.BAD_INPUT,
        `team ${team.code} is played by the ${team.botStrategy} bot and has no token`,
        { field: 'teamId' },
      );
    const token = await this.db.write(async (em) => {
      await this.revokeLive(em, { teamId: team.id });
      const label = `team ${team.code} ${team.name} (rotated)`;
      const issued = await this.issue(em, 'TEAM', label, { gameId: team.gameId, teamId: team.id }, { expiresAt });
      await this.audit.record(em, viewer, 'TOKEN_ROTATED', team.gameId, { team: team.code, expiresAt });
      return issued.token;
    });
    this.forget({ teamId: team.id });
    return token;
  }

  /** The live instructor tokens (their labels and dates; the tokens themselves are stored only as hashes). */
  liveInstructorTokens(): Promise<AccessTokenEntity[]> {
    return this.db.read((em) =>
      em.find(AccessTokenEntity, { where: { role: 'INSTRUCTOR', revokedAt: IsNull() }, order: { createdAt: 'ASC' } }),
    );
  }

  /**
   * Replaces a lost instructor token: revokes every live instructor token and
   * issues one new token (returned once), audited. Only someone who can run
   * the command line on the server's database can do this.
   */
  async rotateInstructorTokens(viewer: Viewer): Promise<{ token: string; revoked: number }> {
    const rotated = await this.db.write(async (em) => {
      const r = await em.update(
        AccessTokenEntity,
        { role: 'INSTRUCTOR', revokedAt: IsNull() },
        { revokedAt: this.clock.nowIso() },
      );
      const revoked = r.affected ?? 0;
      const { token } = await this.issue(em, 'INSTRUCTOR', 'instructor (rotated from the command line)');
      await this.audit.record(em, viewer, 'TOKEN_ROTATED', null, { instructor: true, revoked });
      return { token, revoked };
    });
    for (const [hash, known] of this.cache.entries()) if (known.viewer.role === 'INSTRUCTOR') this.cache.delete(hash);
    return rotated;
  }

  /** Revokes every live token of a team, audited; returns how many were revoked. */
  async revokeTeamTokens(viewer: Viewer, team: TeamEntity): Promise<number> {
    const revoked = await this.db.write(async (em) => {
      const n = await this.revokeLive(em, { teamId: team.id });
      await this.audit.record(em, viewer, 'TOKEN_REVOKED', team.gameId, { team: team.code, revoked: n });
      return n;
    });
    this.forget({ teamId: team.id });
    return revoked;
  }

  /** Revokes every live grader token of a game and issues a new one (optionally expiring), audited; returns the new token. */
  async rotateGraderTokens(
    viewer: Viewer,
    game: GameEntity,
    label: string | undefined,
    expiresAt: string | null,
  ): Promise<string> {
    const token = await this.db.write(async (em) => {
      const revoked = await this.revokeLive(em, { graderOf: game.id });
      const name = (label ?? `grader of ${game.name} (rotated)`).slice(0, 120);
      const issued = await this.issue(em, 'GRADER', name, { gameId: game.id }, { expiresAt });
      await this.audit.record(em, viewer, 'TOKEN_ROTATED', game.id, { grader: name, revoked, expiresAt });
      return issued.token;
    });
    this.forget({ graderOf: game.id });
    return token;
  }

  /** Revokes every live grader token of a game, audited; returns how many were revoked. */
  async revokeGraderTokens(viewer: Viewer, game: GameEntity): Promise<number> {
    const revoked = await this.db.write(async (em) => {
      const n = await this.revokeLive(em, { graderOf: game.id });
      await this.audit.record(em, viewer, 'TOKEN_REVOKED', game.id, { graders: true, revoked: n });
      return n;
    });
    this.forget({ graderOf: game.id });
    return revoked;
  }

  /** Issues another read-only grader token for a game, audited; returns the token (shown once). */
  async createGraderToken(
    viewer: Viewer,
    game: GameEntity,
    label: string | undefined,
    expiresAt: string | null,
  ): Promise<string> {
    return this.db.write(async (em) => {
      const name = (label ?? `grader of ${game.name}`).slice(0, 120);
      const { token } = await this.issue(em, 'GRADER', name, { gameId: game.id }, { expiresAt });
      await this.audit.record(em, viewer, 'GRADER_TOKEN_CREATED', game.id, { label: label ?? null, expiresAt });
      return token;
    });
  }

  private async revokeLive(em: EntityManager, holders: TokenHolders): Promise<number> {
    const which =
      'teamId' in holders ? { teamId: holders.teamId } : { gameId: holders.graderOf, role: 'GRADER' as const };
    const r = await em.update(AccessTokenEntity, { ...which, revokedAt: IsNull() }, { revokedAt: this.clock.nowIso() });
    return r.affected ?? 0;
  }
}
