import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { DatabaseService } from '../database/database.service';
import { GameService } from '../game/game.service';
import { AccessTokenEntity } from './access-token.entity';
import type { Viewer } from './viewer';

/** LIVE: accepted now; REVOKED: rotated or revoked; EXPIRED: past its expiry date. */
export type TokenStateName = 'LIVE' | 'REVOKED' | 'EXPIRED';

export interface TokenStateView {
  role: string;
  teamId: string | null;
  teamCode: string | null;
  label: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  state: TokenStateName;
}

/** A token's state at `nowIso`: revoked wins over expired. */
export function tokenState(t: Pick<AccessTokenEntity, 'revokedAt' | 'expiresAt'>, nowIso: string): TokenStateName {
  if (t.revokedAt) return 'REVOKED';
  if (t.expiresAt && t.expiresAt <= nowIso) return 'EXPIRED';
  return 'LIVE';
}

/**
 * Every team and grader token of a game for its instructor, without the
 * secret (only hashes are stored anyway): whose it is, when it was made,
 * until when it works, and whether it is live, revoked or expired —
 * newest first. The cockpit shows each team's newest token from it.
 */
@Injectable()
export class TokenStatesService {
  constructor(
    private readonly db: DatabaseService,
    private readonly games: GameService,
    private readonly clock: Clock,
  ) {}

  async forGame(viewer: Viewer, gameId: string): Promise<TokenStateView[]> {
    await this.games.get(viewer, gameId);
    const [rows, teams] = await Promise.all([
      this.db.read((em) => em.find(AccessTokenEntity, { where: { gameId }, order: { createdAt: 'DESC', id: 'ASC' } })),
      this.games.teams(gameId),
    ]);
    const codeOf = new Map(teams.map((t) => [t.id, t.code]));
    const now = this.clock.nowIso();
    return rows.map((t) => ({
      role: t.role,
      teamId: t.teamId,
      teamCode: t.teamId ? (codeOf.get(t.teamId) ?? null) : null,
      label: t.label,
      createdAt: t.createdAt,
      expiresAt: t.expiresAt,
      revokedAt: t.revokedAt,
      state: tokenState(t, now),
    }));
  }
}
