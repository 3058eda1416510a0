import { Alert, Card, Col, Row, Select, Space, Spin, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useLocalized } from '../../ui/localized';
import { formatDollars } from '../../ui/units';
import { useViewer } from '../../ui/viewer';
import { LedgerWaterfall } from './ledger-waterfall';
import { GameFactsQuery } from '../scenario-facts';
import { RoundReportQuery, ScoreboardQuery } from './results-queries';
import './results-strings';
import { AuctionTable, FunnelTable, LaneTable } from './round-tables';
import { ScoreCards } from './score-cards';
import { ScoreTrends } from './score-trends';
import { WhatIfCard } from './what-if-card';

/** Results of a closed round, to learn from: scores explained, cash, funnel, auctions, lanes, trends, scoreboard. */
export function StudentResultsPage() {
  const { t, i18n } = useTranslation('studentResults');
  const local = useLocalized();
  const viewer = useViewer();
  const gameId = viewer.gameId ?? '';
  const [board] = useQuery({ query: ScoreboardQuery, variables: { gameId }, requestPolicy: 'cache-and-network' });
  const [{ data, error }] = useQuery({
    query: GameFactsQuery,
    variables: { gameId },
    requestPolicy: 'cache-and-network',
  });
  const closed = (data?.game.rounds ?? []).filter((r) => r.status === 'CLOSED').map((r) => r.number);
  const [picked, setPicked] = useState<number | null>(null);
  const round = picked ?? closed[closed.length - 1] ?? 0;
  const [report] = useQuery({ query: RoundReportQuery, variables: { gameId, round }, pause: round === 0 });
  if (error) return <Alert type="error" showIcon title={t('ui:error', { message: error.message })} />;
  if (!data || !board.data) return <Spin />;
  if (closed.length === 0) return <Alert type="info" showIcon title={t('noClosedRound')} />;
  const products = new Map(data.game.scenario.products.map((p) => [p.id, p]));
  const name = (id: string) => {
    const p = products.get(id);
    return p ? local(p.name) : id;
  };
  const rep = report.data?.teamReport;
  const money = (c: number) => formatDollars(c, i18n.language);
  return (
    <>
      <Space align="baseline" wrap style={{ marginBottom: 16 }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <label htmlFor="results-round">{t('round')}</label>
        <Select
          id="results-round"
          value={round}
          style={{ width: 140 }}
          onChange={(v: number) => setPicked(v)}
          options={closed.map((r) => ({ value: r, label: t('roundN', { n: r }) }))}
        />
      </Space>
      {report.error && <Alert type="error" showIcon title={t('ui:error', { message: report.error.message })} />}
      {!rep ? (
        <Spin />
      ) : (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Row gutter={16}>
            <Col xs={12} md={6}>
              <Statistic title={t('total')} value={rep.total} precision={1} suffix="/ 100" />
              {rep.luck && (
                <Typography.Text type="secondary" data-testid="luck-total">
                  {t('luckTotal', { value: rep.luck.total.toFixed(1), replays: rep.luck.replays })}
                </Typography.Text>
              )}
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('cashStart')} value={money(rep.cashStartCents)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('cashEnd')} value={money(rep.cashEndCents)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('cashChange')} value={money(rep.cashEndCents - rep.cashStartCents)} />
            </Col>
          </Row>
          {rep.lossFactor < 1 && (
            <Alert
              type="warning"
              showIcon
              title={t('lossFactor', { factor: rep.lossFactor.toFixed(2) })}
              data-testid="loss-factor"
            />
          )}
          <section aria-labelledby="scores-h">
            <Typography.Title level={3} id="scores-h">
              {t('scores')}
            </Typography.Title>
            <ScoreCards scores={rep.scores} absent={rep.absentModules} />
          </section>
          <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{t('ledgerTitle')}</h3>}>
            <LedgerWaterfall startCents={rep.cashStartCents} endCents={rep.cashEndCents} ledger={rep.ledger} />
          </Card>
          <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{t('funnelTitle')}</h3>}>
            <FunnelTable listings={rep.listings} name={name} />
          </Card>
          <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{t('auctionsTitle')}</h3>}>
            <AuctionTable auctions={rep.auctions} name={name} />
          </Card>
          <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{t('lanesTitle')}</h3>}>
            <LaneTable lanes={rep.lanes} />
          </Card>
          <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{t('studentWhatIf:title')}</h3>}>
            <WhatIfCard key={round} gameId={gameId} round={round} name={name} />
          </Card>
          <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{t('trendsTitle')}</h3>}>
            <ScoreTrends gameId={gameId} rounds={closed} />
          </Card>
          <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{t('scoreboardTitle')}</h3>}>
            {!board.data.scoreboard.complete && <Typography.Paragraph>{t('scoreboardHidden')}</Typography.Paragraph>}
            <Table
              size="small"
              pagination={false}
              rowKey={(r) => r.team.id}
              dataSource={board.data.scoreboard.rows}
              scroll={{ x: true }}
              rowClassName={(r) => (r.team.id === viewer.team?.id ? 'ant-table-row-selected' : '')}
              columns={[
                { title: t('rank'), key: 'rank', render: (_x, r) => r.rank || '—' },
                { title: t('team'), key: 'team', render: (_x, r) => `${r.team.code} ${r.team.name}` },
                ...['SELECTION', 'OPERATIONS', 'ADS', 'FULFILLMENT'].map((m) => ({
                  title: t(`ui:module${m}`),
                  key: m,
                  align: 'right' as const,
                  render: (_x: unknown, r: (typeof board.data.scoreboard.rows)[number]) =>
                    (r.modules.find((c) => c.module === m)?.score ?? 0).toFixed(1),
                })),
                { title: t('total'), key: 'total', align: 'right', render: (_x, r) => r.total.toFixed(1) },
                { title: t('grade'), key: 'grade', align: 'right', render: (_x, r) => r.grade.toFixed(2) },
                {
                  title: t('luckGrade'),
                  key: 'luckGrade',
                  align: 'right',
                  render: (_x, r) => (r.luckGrade === null || r.luckGrade === undefined ? '—' : r.luckGrade.toFixed(2)),
                },
              ]}
            />
          </Card>
        </Space>
      )}
    </>
  );
}
