import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { Chart } from '../../ui/chart';
import { MODULES } from '../draft-store';
import { RoundReportQuery } from './results-queries';

interface Point {
  round: number;
  total: number;
  scores: Record<string, number>;
}

/** The team's total and module scores over every closed round, as lines, with the table of the same numbers. */
export function ScoreTrends({ gameId, rounds }: { gameId: string; rounds: number[] }) {
  const { t } = useTranslation('studentResults');
  const client = useClient();
  const [points, setPoints] = useState<Point[]>([]);
  const key = rounds.join(',');
  useEffect(() => {
    let live = true;
    void Promise.all(
      key
        .split(',')
        .filter(Boolean)
        .map((r) => client.query(RoundReportQuery, { gameId, round: Number(r) }).toPromise()),
    ).then((answers) => {
      if (!live) return;
      setPoints(
        answers.flatMap((a) => {
          const rep = a.data?.teamReport;
          return rep
            ? [
                {
                  round: rep.round,
                  total: rep.total,
                  scores: Object.fromEntries(rep.scores.map((s) => [s.module, s.score])),
                },
              ]
            : [];
        }),
      );
    });
    return () => {
      live = false;
    };
  }, [client, gameId, key]);
  const { option, table } = useMemo(() => {
    const names = [t('total'), ...MODULES.map((m) => t(`ui:module${m}`))];
    const series = [points.map((p) => p.total), ...MODULES.map((m) => points.map((p) => p.scores[m] ?? 0))];
    return {
      option: {
        grid: { left: 48, right: 16, top: 40, bottom: 32 },
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        xAxis: { type: 'category', data: points.map((p) => t('roundN', { n: p.round })) },
        yAxis: { type: 'value', min: 0, max: 100 },
        series: names.map((name, i) => ({ type: 'line', name, data: series[i].map((v) => Number(v.toFixed(1))) })),
      },
      table: {
        columns: [t('round'), ...names],
        rows: points.map((p, r) => [p.round, ...series.map((s) => Number(s[r].toFixed(1)))]),
      },
    };
  }, [points, t]);
  return <Chart title={t('trendsTitle')} option={option} table={table} height={300} />;
}
