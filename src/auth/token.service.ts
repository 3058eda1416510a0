import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { Clock } from '../common/clock';
import { IdService, sha256Hex } from '../common/ids';
import { DatabaseService } from '../database/database.service';
import { AccessTokenEntity, Role } from './access-token.entity';
import { Viewer } from './viewer';

const TOKEN_SHAPE = /^(ins|team|grd)_[A-Za-z0-9_-]{43}$/;
const PREFIX: Record<Role, string> = { INSTRUCTOR: 'ins', TEAM: 'team', GRADER: 'grd' };

/** Issues bearer tokens (shown once, stored hashed) and resolves them to viewers. */
@Injectable()
export class TokenService {
  constructor(
    private readonly db: DatabaseService,
    private readonly ids: IdService,
    private readonly clock: Clock,
  ) {}

  /** Creates a token inside the caller's transaction; returns the plain token (never stored). */
  async issue(em: EntityManager, role: Role, label: string, scope: { gameId?: string; teamId?: string } = {}, plain?: string): Promise<{ token: string; entity: AccessTokenEntity }> {
    const token = plain ?? this.ids.token(PREFIX[role]);
    const entity = em.create(AccessTokenEntity, {
      id: this.ids.uuid(),
      tokenHash: sha256Hex(token),
      role,
      gameId: scope.gameId ?? null,
      teamId: scope.teamId ?? null,
      label,
      createdAt: this.clock.nowIso(),
      revokedAt: null,
    });
    await em.save(entity);
    return { token, entity };
  }

  async resolve(token: string): Promise<Viewer | null> {
    // shape check first: malformed tokens never reach the database
    if (!TOKEN_SHAPE.test(token) && !this.isConfiguredShape(token)) return null;
    const hash = sha256Hex(token);
    const row = await this.db.read((em) => em.findOne(AccessTokenEntity, { where: { tokenHash: hash, revokedAt: IsNull() } }));
    if (!row) return null;
    return { tokenId: row.id, role: row.role, gameId: row.gameId, teamId: row.teamId };
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
        if (!this.isConfiguredShape(configured)) throw new Error('SANDBOX_INSTRUCTOR_TOKEN must be 16..200 printable ASCII characters');
        const hash = sha256Hex(configured);
        const exists = await em.findOne(AccessTokenEntity, { where: { tokenHash: hash } });
        if (exists) return null;
        await this.issue(em, 'INSTRUCTOR', 'instructor (SANDBOX_INSTRUCTOR_TOKEN)', {}, configured);
        return configured;
      }
      const any = await em.count(AccessTokenEntity, { where: { role: 'INSTRUCTOR', revokedAt: IsNull() } });
      if (any > 0) return null;
      return (await this.issue(em, 'INSTRUCTOR', 'instructor (first start)')).token;
    });
  }

  /** Revokes every live token of a team and issues a new one. */
  async rotateTeamToken(em: EntityManager, gameId: string, teamId: string, label: string): Promise<string> {
    await em.update(AccessTokenEntity, { teamId, revokedAt: IsNull() }, { revokedAt: this.clock.nowIso() });
    return (await this.issue(em, 'TEAM', label, { gameId, teamId })).token;
  }

  async revokeTeamTokens(em: EntityManager, teamId: string): Promise<number> {
    const r = await em.update(AccessTokenEntity, { teamId, revokedAt: IsNull() }, { revokedAt: this.clock.nowIso() });
    return r.affected ?? 0;
  }
}
