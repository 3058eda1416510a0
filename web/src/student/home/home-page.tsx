import { Alert, Button, Card, Col, Descriptions, Row, Spin, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../ui/status-tag';
import { useQuery, useSubscription } from 'urql';
import { useLocalized } from '../../ui/localized';
import { useLocation } from '../../ui/router';
import { formatDollars } from '../../ui/units';
import { formatCountdown, useNow } from '../../ui/use-now';
import { useViewer } from '../../ui/viewer';
import { MODULES, hasDraft } from '../draft-store';
import { PreviousRoundQuery, RoundChangedSubscription, StudentHomeQuery } from './home-queries';
import './home-strings';

/** The round at a glance: status and countdown, open modules and their state, cash and stock, last round's change. */
export function StudentHomePage() {
  const { t, i18n } = useTranslation('studentHome');
  const local = useLocalized();
  const { navigate } = useLocation();
  const gameId = useViewer().gameId ?? '';
  const [{ data, error }, refetch] = useQuery({ query: StudentHomeQuery, variables: { gameId } });
  // A round opening or closing reloads the page's figures.
  useSubscription({ query: RoundChangedSubscription, variables: { gameId } }, (_prev, event) => {
    refetch({ requestPolicy: 'network-only' });
    return event;
  });
  const now = useNow();
  const game = data?.game;
  const current = game?.rounds.find((r) => r.number === game.currentRound);
  const lastClosed = [...(game?.rounds ?? [])].filter((r) => r.status === 'CLOSED').pop()?.number;
  const [previous] = useQuery({
    query: PreviousRoundQuery,
    variables: { gameId, round: lastClosed ?? 0 },
    pause: lastClosed === undefined,
  });
  if (error) return <Alert type="error" showIcon title={t('ui:error', { message: error.message })} />;
  if (!game || !data) return <Spin />;
  const open = current?.status === 'OPEN';
  const modules = game.scenario.rounds.find((r) => r.number === game.currentRound)?.modules ?? [];
  const productName = (id: string) => {
    const p = game.scenario.products.find((x) => x.id === id);
    return p ? local(p.name) : id;
  };
  const stateOf = (m: string) => {
    if (!modules.includes(m as (typeof modules)[number])) return <StatusTag kind="neutral">{t('notPlayed')}</StatusTag>;
    const sent = data.myDecisions.find((d) => d.module === m && d.round === game.currentRound);
    if (sent) return <StatusTag kind="ok">{t('submitted', { v: sent.version })}</StatusTag>;
    if (open && hasDraft(gameId, game.currentRound, m as (typeof MODULES)[number]))
      return <StatusTag kind="warn">{t('draft')}</StatusTag>;
    return <StatusTag kind="neutral">{t('notStarted')}</StatusTag>;
  };
  const report = previous.data?.teamReport;
  const stockColumns = [
    { title: t('product'), dataIndex: 'product', key: 'p', render: productName },
    { title: t('location'), dataIndex: 'location', key: 'l', render: (l: string) => (l === 'HOME' ? t('home') : l) },
    { title: t('units'), dataIndex: 'units', key: 'u', align: 'right' as const },
  ];
  return (
    <>
      <Typography.Title level={2}>{t('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('live')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Card title={`${local(game.scenario.title)} — ${t('round', { n: game.currentRound, of: game.roundCount })}`}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('status')}>
                {game.status === 'FINISHED'
                  ? t('gameFinished')
                  : open
                    ? t('statusOPEN')
                    : current
                      ? t('statusCLOSED')
                      : t('notOpenYet')}
              </Descriptions.Item>
              {open && (
                <Descriptions.Item label={t('deadline')}>
                  {current?.deadline ? formatCountdown(Date.parse(current.deadline) - now) : t('noDeadline')}
                </Descriptions.Item>
              )}
            </Descriptions>
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {t('modulesThisRound')}
            </Typography.Title>
            <Descriptions column={1} size="small" bordered>
              {MODULES.map((m) => (
                <Descriptions.Item key={m} label={t(`ui:module${m}`)}>
                  {stateOf(m)}
                </Descriptions.Item>
              ))}
            </Descriptions>
            {open && (
              <Button type="primary" style={{ marginTop: 16 }} onClick={() => navigate('/student/decide')}>
                {t('go')}
              </Button>
            )}
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card title={t('sinceLast')}>
            <Row gutter={16}>
              <Col span={12}>
                <Statistic title={t('cash')} value={formatDollars(data.myStatus.cashCents, i18n.language)} />
              </Col>
              <Col span={12}>
                <Statistic title={t('serviceScore')} value={data.myStatus.serviceScore} precision={1} />
              </Col>
            </Row>
            {report ? (
              <Row gutter={16} style={{ marginTop: 16 }}>
                <Col span={12}>
                  <Statistic title={t('lastTotal', { n: report.round })} value={report.total} precision={1} />
                </Col>
                <Col span={12}>
                  <Statistic
                    title={t('cashChange', { n: report.round })}
                    value={formatDollars(report.cashEndCents - report.cashStartCents, i18n.language)}
                  />
                </Col>
              </Row>
            ) : (
              <Typography.Paragraph style={{ marginTop: 16 }}>{t('noLastRound')}</Typography.Paragraph>
            )}
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card title={t('stock')}>
            <Table
              size="small"
              pagination={false}
              rowKey={(r) => `${r.product}-${r.location}`}
              columns={stockColumns}
              dataSource={data.myStatus.stock}
              locale={{ emptyText: t('nothing') }}
            />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card title={t('pipeline')}>
            <Table
              size="small"
              pagination={false}
              rowKey={(r) => `${r.product}-${r.location}-${r.arrivesRound}`}
              columns={[...stockColumns, { title: t('arrives'), dataIndex: 'arrivesRound', key: 'a' }]}
              dataSource={data.myStatus.pipeline}
              locale={{ emptyText: t('nothing') }}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
