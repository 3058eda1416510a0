import { Alert, Card, Col, Row, Spin, Table, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../generated';
import { useLocalized } from '../../ui/localized';
import { formatRatio } from '../../ui/units';
import { formatKpi } from '../results/kpi-format';

export const RubricQuery = graphql(`
  query StudentRubric($gameId: ID!) {
    game(id: $gameId) {
      id
      scenario {
        id
        scoring {
          roundDays
          lossAversion
          modules {
            module
            weight
            bands {
              points
              zeroAt
              fullAt
              perDays
              kpi {
                id
                unit
                label {
                  en
                  zh
                }
                definition {
                  en
                  zh
                }
              }
            }
          }
        }
      }
    }
  }
`);

/**
 * The scoring rubric a team can read before round 1: each module's weight in the total, and per KPI (by its
 * label, its definition on hover) the values giving zero and full points in one round, and the points.
 */
export function RubricTab({ gameId }: { gameId: string }) {
  const { t, i18n } = useTranslation('studentMarket');
  const localized = useLocalized();
  const [{ data, error }] = useQuery({ query: RubricQuery, variables: { gameId } });
  if (error) return <Alert type="error" showIcon title={t('ui:error', { message: error.message })} />;
  if (!data) return <Spin />;
  const scoring = data.game.scenario.scoring;
  return (
    <>
      <Typography.Paragraph>{t('rubricIntro', { days: scoring.roundDays })}</Typography.Paragraph>
      {scoring.lossAversion > 0 && (
        <Typography.Paragraph>
          {t('rubricLoss', {
            k: scoring.lossAversion,
            half: formatRatio(1 / (2 * scoring.lossAversion), i18n.language),
          })}
        </Typography.Paragraph>
      )}
      <Row gutter={[16, 16]}>
        {scoring.modules.map((m) => (
          <Col xs={24} lg={12} key={m.module}>
            <Card
              size="small"
              title={t(`ui:module${m.module}`)}
              extra={t('rubricWeight', { weight: formatRatio(m.weight, i18n.language) })}
              data-testid={`rubric-${m.module}`}
            >
              <Table
                size="small"
                pagination={false}
                rowKey={(b) => b.kpi.id}
                dataSource={m.bands}
                columns={[
                  {
                    title: t('rubricKpi'),
                    key: 'k',
                    render: (_x, b) => (
                      <Tooltip title={localized(b.kpi.definition)}>
                        <span>{localized(b.kpi.label)}</span>
                      </Tooltip>
                    ),
                  },
                  {
                    title: t('rubricZero'),
                    key: 'z',
                    align: 'right',
                    render: (_x, b) => formatKpi(b.kpi.unit, b.zeroAt, i18n.language),
                  },
                  {
                    title: t('rubricFull'),
                    key: 'f',
                    align: 'right',
                    render: (_x, b) => formatKpi(b.kpi.unit, b.fullAt, i18n.language),
                  },
                  { title: t('rubricPoints'), dataIndex: 'points', key: 'p', align: 'right' },
                ]}
              />
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
