import { Injectable } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { EntityManager, In, IsNull } from 'typeorm';
import { Clock } from '../common/clock';
import { IdService, sha256Hex } from '../common/ids';
import { DatabaseService } from '../database/database.service';
import { AccessTokenEntity, Role } from './access-token.entity';
import { Viewer } from './viewer';

const TOKEN_SHAPE = /^(ins|team|grd)_[A-Za-z0-9_-]{43}$/;
/**
 * Resolved tokens are cached in memory for a short time (a submission no longer
 * waits for a token read on the database queue). Rotation and revocation in
 * this process drop the team's entries at once; another server instance sees a
 * revocation within this TTL.
 */
const CACHE_TTL_MS = 2_000;
const CACHE_MAX = 10_000;
/** A cached token used within this long of its entry's end is re-read in the background. */
const REFRESH_AHEAD_MS = 500;
/** Tokens read by one statement at most. */
const LOAD_CHUNK = 500;
const PREFIX: Record<Role, string> = { INSTRUCTOR: 'ins', TEAM: 'team', GRADER: 'grd' };

/** Issues bearer tokens (shown once, stored hashed) and resolves them to viewers. */
@Injectable()
export class TokenService {
  /** By token hash: the viewer, until when it is trusted, its expiry, and when it was last used (performance.now()). */
  private readonly cache = new Map<
    string,
    { viewer: Viewer; until: number; expiresAt: string | null; usedAt: number }
  >();
  /** teamId -> until when its tokens are not cached (a revocation may not have committed yet). */
  private readonly revokedRecently = new Map<string, number>();
  /** Token hashes being re-read ahead of their entry's end. */
  private readonly refreshing = new Set<string>();
  /** Token hashes queued for the next grouped re-read. */
  private readonly due = new Set<string>();
  private refreshScheduled = false;

  constructor(
    private readonly db: DatabaseService,
    private readonly ids: IdService,
    private readonly clock: Clock,
  ) {}

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

  async resolve(token: string): Promise<Viewer | null> {
    // shape check first: malformed tokens never reach the database
    if (!TOKEN_SHAPE.test(token) && !this.isConfiguredShape(token)) return null;
    const hash = sha256Hex(token);
    const now = performance.now();
    const hit = this.cache.get(hash);
    if (hit && hit.until > now) {
      hit.usedAt = now;
      // refresh ahead: a token in use is re-read before its entry lapses, so its requests never wait for that read
      if (hit.until - now < REFRESH_AHEAD_MS) this.refreshSoon(hash);
      return this.expired(hit.expiresAt) ? null : hit.viewer;
    }
    return (await this.load([hash])).get(hash) ?? null;
  }

  /** Queues a cached token for the next grouped re-read. */
  private refreshSoon(hash: string): void {
    if (this.refreshing.has(hash)) return;
    this.due.add(hash);
    if (this.refreshScheduled) return;
    this.refreshScheduled = true;
    setImmediate(() => void this.refreshDue());
  }

  /**
   * Re-reads the queued tokens with one statement. Live entries that end
   * soon and were used within the last TTL join the read, so the tokens in
   * use come to be re-read together: one read per TTL for a class, not one
   * per token. Entries nobody uses lapse.
   */
  private async refreshDue(): Promise<void> {
    this.refreshScheduled = false;
    const now = performance.now();
    for (const [hash, entry] of this.cache) {
      if (entry.until <= now) this.cache.delete(hash);
      else if (
        now - entry.usedAt < CACHE_TTL_MS &&
        entry.until - now < REFRESH_AHEAD_MS * 2 &&
        !this.refreshing.has(hash)
      )
        this.due.add(hash);
    }
    const hashes = [...this.due];
    this.due.clear();
    for (const hash of hashes) this.refreshing.add(hash);
    try {
      await this.load(hashes);
    } catch {
      for (const hash of hashes) this.cache.delete(hash);
    } finally {
      for (const hash of hashes) this.refreshing.delete(hash);
    }
  }

  /** Reads tokens by hash and caches their viewers (unless their team's tokens were revoked moments ago); unknown, revoked and expired ones are dropped. */
  private async load(hashes: readonly string[]): Promise<Map<string, Viewer>> {
    const startedAt = performance.now();
    const rows = new Map<string, AccessTokenEntity>();
    for (let i = 0; i < hashes.length; i += LOAD_CHUNK) {
      const chunk = hashes.slice(i, i + LOAD_CHUNK);
      const found = await this.db.read((em) =>
        em.find(AccessTokenEntity, {
          where: { tokenHash: chunk.length === 1 ? chunk[0] : In(chunk), revokedAt: IsNull() },
        }),
      );
      for (const row of found) rows.set(row.tokenHash, row);
    }
    const out = new Map<string, Viewer>();
    for (const hash of hashes) {
      const row = rows.get(hash);
      if (!row || this.expired(row.expiresAt)) {
        this.cache.delete(hash);
        continue;
      }
      const viewer: Viewer = { tokenId: row.id, role: row.role, gameId: row.gameId, teamId: row.teamId };
      out.set(hash, viewer);
      if (!viewer.teamId || (this.revokedRecently.get(viewer.teamId) ?? 0) <= performance.now()) {
        if (this.cache.size >= CACHE_MAX && !this.cache.has(hash)) this.cache.clear();
        // the entry is trusted for CACHE_TTL_MS from the moment the read was asked for
        this.cache.set(hash, {
          viewer,
          until: startedAt + CACHE_TTL_MS,
          expiresAt: row.expiresAt,
          usedAt: this.cache.get(hash)?.usedAt ?? startedAt,
        });
      }
    }
    return out;
  }

  private expired(expiresAt: string | null): boolean {
    return expiresAt !== null && expiresAt <= this.clock.nowIso();
  }

  /** Drops a team's cached tokens and stops caching them until any revocation in flight has committed. */
  private forgetTeam(teamId: string): void {
    for (const [hash, entry] of this.cache) if (entry.viewer.teamId === teamId) this.cache.delete(hash);
    const now = performance.now();
    for (const [id, until] of this.revokedRecently) if (until <= now) this.revokedRecently.delete(id);
    this.revokedRecently.set(teamId, now + CACHE_TTL_MS * 5);
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

  /** Revokes every live token of a team and issues a new one (optionally expiring). */
  async rotateTeamToken(
    em: EntityManager,
    gameId: string,
    teamId: string,
    label: string,
    expiresAt: string | null = null,
  ): Promise<string> {
    this.forgetTeam(teamId);
    await em.update(AccessTokenEntity, { teamId, revokedAt: IsNull() }, { revokedAt: this.clock.nowIso() });
    return (await this.issue(em, 'TEAM', label, { gameId, teamId }, { expiresAt })).token;
  }

  async revokeTeamTokens(em: EntityManager, teamId: string): Promise<number> {
    this.forgetTeam(teamId);
    const r = await em.update(AccessTokenEntity, { teamId, revokedAt: IsNull() }, { revokedAt: this.clock.nowIso() });
    return r.affected ?? 0;
  }
}
