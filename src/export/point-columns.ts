/**
 * The per-KPI columns of the exports: each KPI under its Chinese and English
 * labels, its value and its points per team and round, the band and the
 * maximum stated once in the headings (a game's bands are the same for every
 * team and round). The XLSX points sheet and the CSV rows share them.
 */
import type { ModuleName } from '../engine/types';
import { kpiInfo } from '../engine/scoring/kpi-catalog';
import type { ExportData } from './export-data';

export const MODULE_ZH: Record<string, string> = {
  OPERATIONS: '基础运营',
  SELECTION: '选品建站',
  ADS: '广告投放',
  FULFILLMENT: '履约优化',
};

/** A KPI column's heading: its Chinese and English labels and its id. */
export function kpiHeading(module: string, kpi: string): string {
  const info = kpiInfo(module as ModuleName, kpi);
  return info
    ? `${info.label.zh} ${info.label.en} (${module}.${kpi})`
    : `${MODULE_ZH[module] ?? module} ${module}.${kpi}`;
}

const round4 = (x: number) => Math.round(x * 10000) / 10000;
type PointItem = ExportData['points'][number];
/** Per KPI in the points sheet: its value and its points ("n/a" when the KPI did not apply). */
const POINT_CELLS: ((p: PointItem) => unknown)[] = [
  (p) => round4(p.value),
  (p) => (p.counted ? Math.round(p.points * 100) / 100 : 'n/a 不适用'),
];

/**
 * The two headings of a KPI in the points sheet. A game's bands are the same
 * for every team and round, so the band and the maximum are stated once, in
 * the headings: "… 值 Value [0 分 zero at 0 · 满分 full at 0.2]", "… 得分 Points / 30".
 */
function pointHeadings(p: PointItem): string[] {
  const heading = kpiHeading(p.module, p.kpi);
  return [
    `${heading} 值 Value [0 分 zero at ${round4(p.zeroAt)} · 满分 full at ${round4(p.fullAt)}]`,
    `${heading} 得分 Points / ${p.maxPoints}`,
  ];
}

/**
 * Rows (round, team) × columns (module, KPI) of per-KPI entries, in the order
 * the entries come (rounds, then teams, then modules and KPIs); a missing cell is empty.
 */
export function pivot<T extends { round: number; team: string; module: string; kpi: string }>(
  items: readonly T[],
  values: readonly ((t: T) => unknown)[],
): { columns: [string, string][]; rows: unknown[][] } {
  const per = values.length;
  const columnOf = new Map<string, number>();
  const columns: [string, string][] = [];
  const rowOf = new Map<string, unknown[]>();
  const rows: unknown[][] = [];
  for (const it of items) {
    const ck = `${it.module}\u0000${it.kpi}`;
    let c = columnOf.get(ck);
    if (c === undefined) {
      c = columns.length;
      columnOf.set(ck, c);
      columns.push([it.module, it.kpi]);
    }
    const rk = `${it.round}\u0000${it.team}`;
    let row = rowOf.get(rk);
    if (!row) {
      row = [it.round, it.team];
      rowOf.set(rk, row);
      rows.push(row);
    }
    values.forEach((value, i) => (row[2 + c * per + i] = value(it)));
  }
  for (const row of rows) for (let i = 2; i < 2 + columns.length * per; i += 1) if (row[i] === undefined) row[i] = null;
  return { columns, rows };
}

/** The point columns of every (round, team): headings, then one row of cells per round and team. */
export function pointTable(points: readonly PointItem[]): {
  headers: string[];
  rows: { round: number; team: string; cells: unknown[] }[];
  cellsOf: (round: number, team: string) => unknown[];
} {
  const table = pivot(points, POINT_CELLS);
  const firstPoint = new Map<string, PointItem>();
  for (const p of points) if (!firstPoint.has(`${p.module}.${p.kpi}`)) firstPoint.set(`${p.module}.${p.kpi}`, p);
  const headers = table.columns.flatMap(([mod, kpi]) => {
    const p = firstPoint.get(`${mod}.${kpi}`);
    return p ? pointHeadings(p) : [];
  });
  const rows = table.rows.map((r) => ({ round: r[0] as number, team: r[1] as string, cells: r.slice(2) }));
  const byKey = new Map(rows.map((r) => [`${r.round}\u0000${r.team}`, r.cells]));
  const empty = headers.map(() => '');
  return { headers, rows, cellsOf: (round, team) => byKey.get(`${round}\u0000${team}`) ?? empty };
}
