import { notFound } from '../common/app-error';
import { SqlParams, type SqlTx } from '../database/sql-tx';
import { GameEntity } from '../game/game.entity';
import { RoundEntity } from '../round/round.entity';
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

/** What a submission transaction reads of one game: its open round (null when none is) and the latest versions of the pairs submitted. */
export interface SubmissionState {
  openRound: number | null;
  /** Highest stored version in the open round, keyed `teamId|module` (absent when none is stored). */
  versions: Map<string, number>;
}

/**
 * For a grouped submission: the game's open round and, in that round, the
 * highest stored version of each (team, module) given. On PostgreSQL the game
 * row is locked first (SELECT … FOR UPDATE), so submissions and closes of one
 * game queue up across server instances, and the round is read by a later
 * statement (one that waited for the lock would still see the tables as they
 * were when it started). On sqlite, whose transactions are serialised, one
 * statement reads it all. Each pair costs one seek on the unique index,
 * however many versions are stored. Throws not-found for an unknown game.
 */
export async function readSubmissionState(
  tx: SqlTx,
  gameId: string,
  pairs: readonly { teamId: string; module: ModuleName }[],
): Promise<SubmissionState> {
  const p = new SqlParams(tx.numbered);
  const gameTable = tx.name(GameEntity);
  const gid = `g.${tx.name(GameEntity, 'id')}`;
  const openNumber = `r.${tx.name(RoundEntity, 'number')}`;
  const d = (c: keyof DecisionSetEntity & string) => `d.${tx.name(DecisionSetEntity, c)}`;
  if (tx.dialect === 'postgres') {
    const locked = await tx.rows<{ id: string }>(
      `SELECT ${tx.name(GameEntity, 'id')} AS "id" FROM ${gameTable} WHERE ${tx.name(GameEntity, 'id')} = $1 FOR UPDATE`,
      [gameId],
    );
    if (locked.length === 0) throw notFound(`game "${gameId}"`);
  }
  const keys = pairs.map((k) => `(${p.mark(k.teamId)}, ${p.mark(k.module)})`).join(', ');
  const latest = `(SELECT MAX(${d('version')}) FROM ${tx.name(DecisionSetEntity)} d WHERE ${d('gameId')} = ${gid} AND ${d('roundNumber')} = ${openNumber} AND ${d('teamId')} = k.t AND ${d('module')} = k.m)`;
  const openRound = `${tx.name(RoundEntity)} r ON r.${tx.name(RoundEntity, 'gameId')} = ${gid} AND ${openNumber} = g.${tx.name(GameEntity, 'currentRound')} AND r.${tx.name(RoundEntity, 'status')} = 'OPEN'`;
  const sql =
    `WITH k (t, m) AS (VALUES ${keys}) ` +
    `SELECT ${openNumber} AS "open", k.t AS "teamId", k.m AS "module", ${latest} AS "version" ` +
    `FROM ${gameTable} g LEFT JOIN ${openRound} CROSS JOIN k WHERE ${gid} = ${p.mark(gameId)}`;
  const rows = await tx.rows<{
    open: number | string | null;
    teamId: string;
    module: ModuleName;
    version: number | string | null;
  }>(sql, p.values);
  if (rows.length === 0) throw notFound(`game "${gameId}"`);
  const versions = new Map<string, number>();
  for (const r of rows) if (r.version !== null) versions.set(`${r.teamId}|${r.module}`, Number(r.version));
  return { openRound: rows[0].open === null ? null : Number(rows[0].open), versions };
}
