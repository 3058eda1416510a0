import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { MODULES } from '../scenario/scenario.schema';
import type { ExportData } from './export-data';
import { kpiHeading, MODULE_ZH, pivot, pointTable } from './point-columns';

export type ExportFormat = 'csv' | 'xlsx' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx', 'json'];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

/** A text cell a spreadsheet could read as a formula gets a leading apostrophe. Numbers stay numbers. */
export function neutralise(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r|%]/.test(value) ? `'${value}` : value;
}

/** Luck-adjusted total and module scores: the means over the luck replays (sums on the cumulative lines). */
const LUCK_HEADERS = [
  '运气调整总分 Luck-adjusted total',
  ...MODULES.map((x) => `运气调整 Luck-adjusted ${MODULE_ZH[x]} ${x}`),
];

/** The luck-adjusted cells of a line (empty where a round has no luck figures). */
function luckCells(l: { luckTotal: number | null; luckModules: Record<string, number> | null }): unknown[] {
  return [l.luckTotal ?? '', ...MODULES.map((x) => l.luckModules?.[x] ?? '')];
}

const META_HEADERS = ['场景 Scenario', '版本 Version', '内容哈希 Content hash', '种子 Seed', '引擎版本 Engine'];

/**
 * One row per team and closed round (with each KPI's value and points under
 * its bilingual heading), then one cumulative row per team (round "ALL").
 */
export function toCsv(data: ExportData): Buffer {
  const m = data.meta;
  const meta = [m.scenarioId, m.scenarioVersion, m.scenarioContentHash, m.seed, m.engineVersion];
  const points = pointTable(data.points);
  const header = [
    ...META_HEADERS,
    '轮次 Round',
    '结果哈希 Outcome hash',
    '名次 Rank',
    '队伍代码 Team code',
    '队伍 Team',
    ...MODULES.map((x) => `${MODULE_ZH[x]} ${x}`),
    ...MODULES.map((x) => `权重 Weight ${x}`),
    '加权总分 Weighted total',
    '亏损系数 Loss factor',
    '调整 Adjustment',
    '总分 Final',
    '缺席模块 Absent modules',
    '托管 Autopilot',
    ...LUCK_HEADERS,
    '赛季成绩 Season grade',
    '运气调整成绩 Luck-adjusted grade',
    ...points.headers,
  ];
  const rows: unknown[][] = [header];
  for (const round of data.rounds) {
    for (const l of round.lines) {
      rows.push([
        ...meta,
        round.number,
        round.outcomeHash ?? '',
        l.rank,
        l.team,
        l.name,
        ...MODULES.map((x) => l.modules[x]),
        ...MODULES.map((x) => l.weights[x]),
        l.total,
        l.lossFactor,
        l.adjustment,
        l.final,
        l.absentModules.join(' '),
        l.autopilot ? 'AUTOPILOT' : '',
        ...luckCells(l),
        '',
        '',
        ...points.cellsOf(round.number, l.team),
      ]);
    }
  }
  for (const s of data.standings) {
    rows.push([
      ...meta,
      'ALL',
      '',
      s.rank,
      s.team,
      s.name,
      ...MODULES.map((x) => s.modules[x]),
      ...MODULES.map(() => ''),
      s.scored,
      '',
      s.adjustment,
      s.total,
      s.absentRounds > 0 ? `${s.absentRounds} round(s)` : '',
      '',
      ...luckCells(s),
      s.grade,
      s.luckGrade ?? '',
      ...points.headers.map(() => ''),
    ]);
  }
  return spreadsheetCsv(rows);
}

/** CSV that opens cleanly in Excel: UTF-8 with a BOM, CRLF line ends, formula-like cells neutralised. */
export function spreadsheetCsv(rows: unknown[][]): Buffer {
  const csv = stringify(
    rows.map((r) => r.map(neutralise)),
    { record_delimiter: '\r\n' },
  );
  return Buffer.concat([Buffer.from('\ufeff', 'utf8'), Buffer.from(csv, 'utf8')]);
}

export function toJson(data: ExportData): Buffer {
  return Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8');
}

type Writer = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;

/** A sheet written row by row (the streaming writer keeps memory and time linear in the rows). */
function sheet(wb: Writer, name: string, header: string[], rows: Iterable<unknown[]>): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = header.map(() => ({ width: 16 }));
  const head = ws.addRow(header);
  head.font = { bold: true };
  head.commit();
  let last = 1;
  for (const r of rows) {
    const row = ws.addRow(r.map(neutralise));
    last = row.number;
    row.commit();
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: last, column: header.length } };
  ws.commit();
}

function* mapRows<T>(items: readonly T[], f: (t: T) => unknown[]): Iterable<unknown[]> {
  for (const it of items) yield f(it);
}

/** The summary sheet: the game's facts, then the cumulative standings. */
function writeSummary(wb: Writer, data: ExportData): void {
  const m = data.meta;
  const summary = wb.addWorksheet('Summary 汇总');
  summary.columns = [{ width: 36 }, { width: 30 }];
  const info: [string, unknown][] = [
    ['游戏 Game', m.gameName],
    ['游戏ID Game id', m.gameId],
    ['场景 Scenario', `${m.scenarioId} v${m.scenarioVersion} — ${m.scenarioTitle.en} / ${m.scenarioTitle.zh}`],
    ['内容哈希 Content hash', m.scenarioContentHash],
    ['种子 Seed', m.seed],
    ['引擎版本 Engine', m.engineVersion],
    ['导出时间 Exported at', m.exportedAt],
    ...MODULES.map((x): [string, unknown] => [`权重 Weight ${MODULE_ZH[x]} ${x}`, m.weights[x]]),
    ['排名依据 Ranked by', m.rankBy],
    ['运气重放次数 Luck replays', m.luckReplays],
    ...m.rounds.map((r): [string, unknown] => [
      `第${r.number}轮 Round ${r.number} (${r.status}) outcome hash`,
      r.outcomeHash ?? '',
    ]),
    ...m.rounds.map((r): [string, unknown] => [`第${r.number}轮权重 Round ${r.number} weight (grade)`, r.weight]),
  ];
  for (const [k, v] of info) summary.addRow([k, neutralise(v)]).commit();
  summary.addRow([]).commit();
  const head = summary.addRow([
    '名次 Rank',
    '队伍代码 Team code',
    '队伍 Team',
    ...MODULES.map((x) => `${MODULE_ZH[x]} ${x}`),
    '加权总分 Weighted total',
    '调整 Adjustment',
    '总分 Final',
    '缺席轮次 Absent rounds',
    '赛季成绩 Season grade',
    '运气调整成绩 Luck-adjusted grade',
    ...LUCK_HEADERS,
  ]);
  head.font = { bold: true };
  head.commit();
  for (const s of data.standings)
    summary
      .addRow([
        s.rank,
        s.team,
        neutralise(s.name),
        ...MODULES.map((x) => s.modules[x]),
        s.scored,
        s.adjustment,
        s.total,
        s.absentRounds,
        s.grade,
        s.luckGrade,
        ...luckCells(s),
      ])
      .commit();
  summary.commit();
}

/** One sheet per closed round: every team's line. */
function writeRoundSheets(wb: Writer, data: ExportData): void {
  for (const r of data.rounds) {
    sheet(
      wb,
      `Round ${r.number} 第${r.number}轮`,
      [
        '名次 Rank',
        '队伍代码 Team code',
        '队伍 Team',
        ...MODULES.map((x) => `${MODULE_ZH[x]} ${x}`),
        ...MODULES.map((x) => `权重 Weight ${x}`),
        '加权总分 Weighted total',
        '亏损系数 Loss factor',
        '调整 Adjustment',
        '总分 Final',
        '缺席模块 Absent modules',
        '托管 Autopilot',
        '结果哈希 Outcome hash',
        ...LUCK_HEADERS,
      ],
      mapRows(r.lines, (l) => [
        l.rank,
        l.team,
        l.name,
        ...MODULES.map((x) => l.modules[x]),
        ...MODULES.map((x) => l.weights[x]),
        l.total,
        l.lossFactor,
        l.adjustment,
        l.final,
        l.absentModules.join(' '),
        l.autopilot ? 'AUTOPILOT' : '',
        r.outcomeHash ?? '',
        ...luckCells(l),
      ]),
    );
  }
}

/** Sheets: summary, one per module, one per round, the points explained, raw KPIs, adjustments. */
export async function toXlsx(data: ExportData): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', () => resolve());
    out.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
    zip: { zlib: { level: 1 } },
  });
  wb.creator = 'crossborder-sandbox';
  writeSummary(wb, data);

  const lineOf = data.rounds.map((r) => new Map(r.lines.map((l) => [l.team, l])));
  for (const mod of MODULES) {
    sheet(
      wb,
      `${mod} ${MODULE_ZH[mod]}`,
      ['队伍代码 Team code', '队伍 Team', ...data.rounds.map((r) => `第${r.number}轮 Round ${r.number}`), '合计 Sum'],
      mapRows(data.teams, (t) => {
        const per = lineOf.map((lines) => lines.get(t.code)?.modules[mod] ?? 0);
        return [t.code, t.name, ...per, Math.round(per.reduce((a, b) => a + b, 0) * 100) / 100];
      }),
    );
  }
  writeRoundSheets(wb, data);
  // Points and KPIs are wide: one row per round and team, one column per KPI (~rounds × teams rows, not one row per KPI)
  const points = pointTable(data.points);
  sheet(
    wb,
    'Points 得分说明',
    ['轮次 Round', '队伍代码 Team code', ...points.headers],
    mapRows(points.rows, (r) => [r.round, r.team, ...r.cells]),
  );
  const kpis = pivot(data.kpis, [(k) => k.value]);
  sheet(
    wb,
    'KPIs 原始指标',
    ['轮次 Round', '队伍代码 Team code', ...kpis.columns.map(([mod, kpi]) => `${kpiHeading(mod, kpi)} 值 Value`)],
    kpis.rows,
  );
  sheet(
    wb,
    'Adjustments 调整',
    ['轮次 Round', '队伍代码 Team code', '分数 Points', '原因 Reason', '操作人 By', '时间 At'],
    mapRows(data.adjustments, (a) => [a.round, a.team, a.points, a.reason, a.createdBy, a.createdAt]),
  );
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}

export async function render(data: ExportData, format: ExportFormat): Promise<Buffer> {
  switch (format) {
    case 'csv':
      return toCsv(data);
    case 'json':
      return toJson(data);
    case 'xlsx':
      return toXlsx(data);
  }
}
