import type { EntityManager } from 'typeorm';
import { SqlParams } from '../database/bulk-insert';
import type { ModuleDecisions, ModuleName } from '../engine/types';
import type { TeamEntity } from '../game/team.entity';
import { DecisionSetEntity } from './decision-set.entity';

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
export function latestDecisionsByTeam(rows: DecisionSetEntity[], teams: TeamEntity[]): Record<string, ModuleDecisions> {
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

/**
 * The highest stored version of each given (team, module) in a round, keyed
 * `teamId|module` (absent when none is stored). One statement; each pair is
 * one seek on the unique index, however many versions are stored.
 */
export async function latestVersions(em: EntityManager, gameId: string, round: number, pairs: readonly { teamId: string; module: ModuleName }[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (pairs.length === 0) return out;
  const meta = em.connection.getMetadata(DecisionSetEntity);
  const q = (property: keyof DecisionSetEntity) => em.connection.driver.escape(meta.findColumnWithPropertyName(property)?.databaseName ?? property);
  const p = new SqlParams(em);
  const keys = pairs.map((k) => `(${p.mark(k.teamId)}, ${p.mark(k.module)})`).join(', ');
  const sql =
    `WITH k (t, m) AS (VALUES ${keys}) ` +
    `SELECT k.t AS "teamId", k.m AS "module", (SELECT MAX(d.${q('version')}) FROM ${em.connection.driver.escape(meta.tableName)} d ` +
    `WHERE d.${q('gameId')} = ${p.mark(gameId)} AND d.${q('roundNumber')} = ${p.mark(round)} AND d.${q('teamId')} = k.t AND d.${q('module')} = k.m) AS "version" FROM k`;
  const rows = (await em.query(sql, p.values)) as { teamId: string; module: ModuleName; version: number | string | null }[];
  for (const r of rows) if (r.version !== null) out.set(`${r.teamId}|${r.module}`, Number(r.version));
  return out;
}
