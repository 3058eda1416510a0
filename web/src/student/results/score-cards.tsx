import { Card, Col, Progress, Row, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../ui/status-tag';
import type { StudentRoundReportQuery } from '../../generated/graphql';
import { formatKpi } from './kpi-format';

type Score = StudentRoundReportQuery['teamReport']['scores'][number];

/** Score per module, each point explained: the KPI's value, the band from zero to full points, the points won. */
export function ScoreCards({ scores, absent }: { scores: readonly Score[]; absent: readonly string[] }) {
  const { t, i18n } = useTranslation('studentResults');
  return (
    <Row gutter={[16, 16]}>
      {scores.map((s) => (
        <Col xs={24} lg={12} key={s.module}>
          <Card
            title={t(`ui:module${s.module}`)}
            extra={
              s.enabled ? (
                <Typography.Text strong>{t('scoreOf', { score: s.score.toFixed(1) })}</Typography.Text>
              ) : (
                <StatusTag kind="neutral">{t('notPlayed')}</StatusTag>
              )
            }
            data-testid={`score-${s.module}`}
          >
            {absent.includes(s.module) && <Typography.Paragraph type="danger">{t('absent')}</Typography.Paragraph>}
            <Progress percent={Math.round(s.score)} showInfo={false} aria-label={t(`ui:module${s.module}`)} />
            <Table
              size="small"
              pagination={false}
              rowKey="kpi"
              dataSource={s.points}
              columns={[
                { title: t('kpi'), dataIndex: 'kpi', key: 'kpi' },
                { title: t('value'), key: 'v', render: (_x, p) => formatKpi(p.kpi, p.value, i18n.language) },
                {
                  title: t('band'),
                  key: 'b',
                  render: (_x, p) =>
                    `${formatKpi(p.kpi, p.zeroAt, i18n.language)} → ${formatKpi(p.kpi, p.fullAt, i18n.language)}`,
                },
                { title: t('points'), key: 'p', render: (_x, p) => `${p.points.toFixed(1)} / ${p.maxPoints}` },
              ]}
              expandable={{
                expandedRowRender: (p) =>
                  t('explain', {
                    kpi: p.kpi,
                    value: formatKpi(p.kpi, p.value, i18n.language),
                    zero: formatKpi(p.kpi, p.zeroAt, i18n.language),
                    full: formatKpi(p.kpi, p.fullAt, i18n.language),
                    points: p.points.toFixed(1),
                    max: p.maxPoints,
                  }),
              }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
