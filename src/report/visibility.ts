import type { Viewer } from '../auth/viewer';
import type { GameEntity } from '../game/game.entity';

export type Visibility = 'NEVER' | 'AFTER_CLOSE' | 'AFTER_GAME';

/**
 * May this viewer see shared data (market aggregates, rivals' scores) of a
 * closed round? Instructors and graders always; teams as the scenario says.
 */
export function canSeeShared(viewer: Viewer, game: GameEntity, rule: Visibility): boolean {
  if (viewer.role !== 'TEAM') return true;
  switch (rule) {
    case 'NEVER':
      return false;
    case 'AFTER_CLOSE':
      return true;
    case 'AFTER_GAME':
      return game.status === 'FINISHED';
  }
}
