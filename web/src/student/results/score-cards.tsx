import { Card, Col, List, Progress, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../ui/status-tag';
import { useLocalized } from '../../ui/localized';
import type { StudentRoundReportQuery } from '../../generated/graphql';
import { formatKpi } from './kpi-format';
import { PointsTable } from './points-table';

type Score = StudentRoundReportQuery['teamReport']['scores'][number];
type Point = Score['points'][number];

/**
 * Score per module, each point explained: the KPI by its label (its definition on hover), its value, the band
 * from zero to full points and the points won ("n/a" when the KPI did not apply); then the two changes that
 * would have gained the most points, from the team's own figures.
 */
export function ScoreCards({ scores, absent }: { scores: readonly Score[]; absent: readonly string[] }) {
  const { t, i18n } = useTranslation('studentResults');
  const localized = useLocalized();
  const fmt = (p: Pick<Point, 'info'>, v: number) => formatKpi(p.info.unit, v, i18n.language);
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
            <PointsTable points={s.points} />
            {s.enabled && (
              <List
                size="small"
                header={<Typography.Text strong>{t('bestGains')}</Typography.Text>}
                dataSource={s.bestGains}
                locale={{ emptyText: t('noGain') }}
                data-testid={`gains-${s.module}`}
                renderItem={(g) => (
                  <List.Item>
                    {t('bestGain', {
                      kpi: localized(g.info.label),
                      from: fmt(g, g.from),
                      to: fmt(g, g.to),
                      gain: g.gain.toFixed(1),
                    })}
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
