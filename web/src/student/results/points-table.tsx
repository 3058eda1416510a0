import { Table, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KpiUnit } from '../../generated/graphql';
import { useLocalized } from '../../ui/localized';
import { formatKpi } from './kpi-format';
import './results-strings';

/** One point of a module score, with its KPI's label, definition and unit. */
export interface ExplainedPoint {
  kpi: string;
  value: number;
  zeroAt: number;
  fullAt: number;
  points: number;
  maxPoints: number;
  counted: boolean;
  info: { unit: KpiUnit; label: { en: string; zh: string }; definition: { en: string; zh: string } };
}

/**
 * A module's points, one row per KPI: its label (definition on hover and in the expanded row), value and band
 * in the KPI's unit, points out of the maximum, "n/a" when the KPI did not apply. Students and graders share it.
 */
export function PointsTable({ points }: { points: readonly ExplainedPoint[] }) {
  const { t, i18n } = useTranslation('studentResults');
  const localized = useLocalized();
  const fmt = (p: ExplainedPoint, v: number) => formatKpi(p.info.unit, v, i18n.language);
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="kpi"
      dataSource={points as ExplainedPoint[]}
      columns={[
        {
          title: t('kpi'),
          key: 'kpi',
          render: (_x, p) => (
            <Tooltip title={localized(p.info.definition)}>
              <span>{localized(p.info.label)}</span>
            </Tooltip>
          ),
        },
        { title: t('value'), key: 'v', render: (_x, p) => (p.counted ? fmt(p, p.value) : t('notApplicable')) },
        { title: t('band'), key: 'b', render: (_x, p) => `${fmt(p, p.zeroAt)} → ${fmt(p, p.fullAt)}` },
        {
          title: t('points'),
          key: 'p',
          render: (_x, p) => (p.counted ? `${p.points.toFixed(1)} / ${p.maxPoints}` : t('notApplicable')),
        },
      ]}
      expandable={{
        expandedRowRender: (p) => (
          <>
            <Typography.Paragraph>{localized(p.info.definition)}</Typography.Paragraph>
            {p.counted
              ? t('explain', {
                  kpi: localized(p.info.label),
                  value: fmt(p, p.value),
                  zero: fmt(p, p.zeroAt),
                  full: fmt(p, p.fullAt),
                  points: p.points.toFixed(1),
                  max: p.maxPoints,
                })
              : t('notApplicableExplain', { kpi: localized(p.info.label) })}
          </>
        ),
      }}
    />
  );
}
