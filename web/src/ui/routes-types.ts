import type { ComponentType } from 'react';

export type Role = 'TEAM' | 'INSTRUCTOR' | 'GRADER';

/** One page of the console: its path pattern, the roles that see it, its menu label (a `ui` string key, or none). */
export interface RouteDef {
  path: string;
  roles: Role[];
  menuKey?: string;
  page: ComponentType<{ params: Record<string, string> }>;
}
