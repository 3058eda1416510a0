import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { canonicalJson } from '../engine/canonical';
import { bulkInsert } from '../database/bulk-insert';
import { AuditLogEntity } from './audit-log.entity';
import { Clock } from './clock';
import { IdService } from './ids';

/** One record to append: who did what, in which game, with what detail. */
export interface AuditEntry {
  viewer: Viewer | null;
  action: string;
  gameId: string | null;
  detail: Record<string, unknown>;
}

export function actorOf(viewer: Viewer | null): string {
  if (!viewer) return 'SYSTEM';
  return viewer.role === 'TEAM' ? `TEAM:${viewer.teamId}` : `${viewer.role}:${viewer.tokenId}`;
}

/** Appends to the audit log inside the caller's transaction, so the record and the change commit together. */
@Injectable()
export class AuditService {
  constructor(
    private readonly ids: IdService,
    private readonly clock: Clock,
  ) {}

  record(
    em: EntityManager,
    viewer: Viewer | null,
    action: string,
    gameId: string | null,
    detail: Record<string, unknown>,
  ): Promise<void> {
    return this.recordAll(em, [{ viewer, action, gameId, detail }]);
  }

  /** Appends several records (one statement per few hundred) in the caller's transaction. */
  async recordAll(em: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
    const at = this.clock.nowIso();
    const rows = entries.map((e) => ({
      id: this.ids.rowId(),
      at,
      actor: actorOf(e.viewer),
      action: e.action,
      gameId: e.gameId,
      detail: canonicalJson(e.detail),
    }));
    await bulkInsert(em, AuditLogEntity, rows);
  }
}
