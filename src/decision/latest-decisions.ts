import type { ModuleDecisions, ModuleName } from '../engine/types';
import type { TeamEntity } from '../game/team.entity';
import type { DecisionSetEntity } from './decision-set.entity';

type VersionedRow = Pick<DecisionSetEntity, 'teamId' | 'module' | 'version'>;

/** The counting rows: per team and module, the one with the highest version. */
export function latestRows<T extends VersionedRow>(rows: T[]): T[] {
  const best = new Map<string, T>();
  for (const row of rows) {
    const key = `${row.teamId}|${row.module}`;
    const seen = best.get(key);
    if (!seen || seen.version < row.version) best.set(key, row);
  }
  return [...best.values()];
}

/** The counting decisions of a round: per team (by seat code) and module, the highest version. */
export function latestDecisionsByTeam(
  rows: Pick<DecisionSetEntity, 'teamId' | 'module' | 'version' | 'payload'>[],
  teams: readonly Pick<TeamEntity, 'id' | 'code'>[],
): Record<string, ModuleDecisions> {
  const codeById = new Map(teams.map((t) => [t.id, t.code]));
  const out: Record<string, ModuleDecisions> = {};
  for (const team of teams) out[team.code] = {};
  for (const row of latestRows(rows)) {
    const code = codeById.get(row.teamId);
    if (code === undefined) continue;
    (out[code] as Record<ModuleName, unknown>)[row.module] = JSON.parse(row.payload);
  }
  return out;
}
