import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { canonicalJson } from '../engine/canonical';
import { AuditLogEntity } from './audit-log.entity';
import { Clock } from './clock';
import { IdService } from './ids';

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

  async record(
    em: EntityManager,
    viewer: Viewer | null,
    action: string,
    gameId: string | null,
    detail: Record<string, unknown>,
  ): Promise<void> {
    await em.insert(AuditLogEntity, {
      id: this.ids.rowId(),
      at: this.clock.nowIso(),
      actor: actorOf(viewer),
      action,
      gameId,
      detail: canonicalJson(detail),
    });
  }
}
