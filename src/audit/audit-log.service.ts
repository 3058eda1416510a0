import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { AuditLogEntity } from '../common/audit-log.entity';
import { AppError, AppErrorCode } from '../common/app-error';
import { DatabaseService } from '../database/database.service';
import { GameService } from '../game/game.service';
import type { AuditEntry, AuditLogPage } from './audit-log.model';

/** The most entries one page returns. */
export const AUDIT_PAGE_MAX = 500;

/**
 * Reads a game's audit log for its instructors: every recorded action,
 * newest first, a page at a time, optionally only one action; a team's
 * actor is shown by its code (the log stores team ids), a token's by its
 * role only (token ids stay on the server).
 */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly db: DatabaseService,
    private readonly games: GameService,
  ) {}

  async page(
    viewer: Viewer,
    gameId: string,
    opts: { limit: number; offset: number; action?: string | null },
  ): Promise<AuditLogPage> {
    if (!Number.isInteger(opts.limit) || opts.limit < 1 || opts.limit > AUDIT_PAGE_MAX)
      throw new AppError(AppErrorCode.BAD_INPUT, `limit must be 1..${AUDIT_PAGE_MAX}`, { field: 'limit' });
    if (!Number.isInteger(opts.offset) || opts.offset < 0)
      throw new AppError(AppErrorCode.BAD_INPUT, 'offset must be 0 or more', { field: 'offset' });
    await this.games.get(viewer, gameId);
    const where = opts.action ? { gameId, action: opts.action } : { gameId };
    const [rows, total] = await this.db.read((em) =>
      em.findAndCount(AuditLogEntity, {
        where,
        order: { at: 'DESC', id: 'DESC' },
        skip: opts.offset,
        take: opts.limit,
      }),
    );
    const codeOf = new Map((await this.games.teams(gameId)).map((t) => [t.id, t.code]));
    return { entries: rows.map((r) => toEntry(r, codeOf)), total };
  }
}

function toEntry(row: AuditLogEntity, codeOf: ReadonlyMap<string, string>): AuditEntry {
  const [role, who] = row.actor.split(':', 2);
  return {
    id: row.id,
    at: row.at,
    action: row.action,
    actorRole: role,
    actorTeam: role === 'TEAM' ? (codeOf.get(who) ?? who) : null,
    detail: row.detail,
  };
}
