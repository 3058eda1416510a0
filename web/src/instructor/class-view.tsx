import { Alert, Card, Select, Space, Spin, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Chart } from '../ui/chart';
import { formatDollars } from '../ui/units';
import { ClassViewQuery } from './instructor-queries';
import './instructor-strings';
import { MODULES } from '../ui/modules';

/**
 * The class after a close: every team's module scores as a strip chart (one dot per team and module, with its
 * table), and the market's aggregates of the round (shoppers, searches, orders, GMV, average price and CPC).
 */
export function ClassView({ gameId, rounds }: { gameId: string; rounds: number[] }) {
  const { t, i18n } = useTranslation('instructor');
  const [picked, setPicked] = useState<number | null>(null);
  const round = picked ?? rounds[rounds.length - 1] ?? 0;
  const [{ data, error }] = useQuery({ query: ClassViewQuery, variables: { gameId, round }, pause: round === 0 });
  const rows = data?.scoreboard.rows;
  const chart = useMemo(() => {
    const all = rows ?? [];
    const score = (r: (typeof all)[number], m: string) => r.modules.find((x) => x.module === m)?.score ?? 0;
    const names = MODULES.map((m) => t(`ui:module${m}`));
    return {
      option: {
        grid: { left: 48, right: 16, top: 16, bottom: 32 },
        tooltip: { trigger: 'item' },
        xAxis: { type: 'category', data: names },
        yAxis: { type: 'value', min: 0, max: 100 },
        series: [
          {
            type: 'scatter',
            symbolSize: 12,
            data: all.flatMap((r) =>
              MODULES.map((m, i) => ({ value: [i, score(r, m)], name: `${r.team.code} ${r.team.name}` })),
            ),
          },
        ],
      },
      table: {
        columns: [t('team'), ...names, t('total')],
        rows: all.map((r) => [
          `${r.team.code} ${r.team.name}`,
          ...MODULES.map((m) => Number(score(r, m).toFixed(1))),
          Number(r.total.toFixed(1)),
        ]),
      },
    };
  }, [rows, t]);
  if (rounds.length === 0) return null;
  const money = (c: number) => formatDollars(Math.round(c), i18n.language);
  return (
    <Card title={t('classView')} data-testid="class-view">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Select
          aria-label={t('currentRound')}
          value={round}
          style={{ width: 160 }}
          onChange={setPicked}
          options={rounds.map((n) => ({ value: n, label: t('roundLabel', { n }) }))}
        />
        {error && <Alert type="error" showIcon title={t('ui:error', { message: error.message })} />}
        {!data ? (
          <Spin />
        ) : (
          <>
            <Chart title={t('distribution', { n: round })} option={chart.option} table={chart.table} height={260} />
            <Table
              size="small"
              rowKey="market"
              pagination={false}
              aria-label={t('marketAggregates', { n: round })}
              dataSource={data.marketReport}
              columns={[
                { title: t('markets'), dataIndex: 'market', key: 'm' },
                {
                  title: t('shoppers'),
                  key: 's',
                  align: 'right',
                  render: (_x, m) => Math.round(m.shoppers).toLocaleString(i18n.language),
                },
                {
                  title: t('searches'),
                  key: 'q',
                  align: 'right',
                  render: (_x, m) => Math.round(m.searches).toLocaleString(i18n.language),
                },
                {
                  title: t('orders'),
                  key: 'o',
                  align: 'right',
                  render: (_x, m) => Math.round(m.orders).toLocaleString(i18n.language),
                },
                { title: t('gmv'), key: 'g', align: 'right', render: (_x, m) => money(m.gmvCents) },
                { title: t('averagePrice'), key: 'p', align: 'right', render: (_x, m) => money(m.averagePriceCents) },
                { title: t('averageCpc'), key: 'c', align: 'right', render: (_x, m) => money(m.averageCpcCents) },
              ]}
            />
          </>
        )}
      </Space>
    </Card>
  );
}
