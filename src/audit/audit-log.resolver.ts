import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Viewer } from '../auth/viewer';
import { AuditLogPage } from './audit-log.model';
import { AuditLogService } from './audit-log.service';

@Resolver()
export class AuditLogResolver {
  constructor(private readonly log: AuditLogService) {}

  @Query(() => AuditLogPage, {
    description: "Instructors: the game's audit log, newest first — who did what and when.",
  })
  @Roles('INSTRUCTOR')
  auditLog(
    @CurrentViewer() viewer: Viewer,
    @Args('gameId', { type: () => ID }) gameId: string,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('action', { type: () => String, nullable: true, description: 'Only this action, e.g. ROUND_CLOSED.' })
    action?: string | null,
  ): Promise<AuditLogPage> {
    return this.log.page(viewer, gameId, { limit, offset, action });
  }
}
