import { Alert, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatDollars } from '../ui/units';
import { RoundSummaryQuery } from './grader-queries';
import './grader-strings';
import { MODULES } from '../ui/modules';

const FIGURE = { fontSize: 'clamp(18px, 2.4vw, 34px)', lineHeight: 1.3 };

const mean = (xs: readonly number[]) => (xs.length > 0 ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

/**
 * A closed round in numbers, for the class on the projector: each market's
 * shoppers, orders, GMV, average price, CPC and (when teams shipped there)
 * their parcels' delivery days, and the
 * class's average total and module scores. Nothing names a team, so it can
 * be shown before the ranks are revealed.
 */
export function RoundSummary(props: { gameId: string; round: number }) {
  const { t, i18n } = useTranslation('grader');
  const [{ data, error }] = useQuery({ query: RoundSummaryQuery, variables: props });
  if (error) return <Alert type="error" showIcon title={t('ui:error', { message: error.message })} />;
  if (!data) return <Spin />;
  const money = (c: number) => formatDollars(Math.round(c), i18n.language);
  const rows = data.scoreboard.rows;
  const moduleMean = (m: (typeof MODULES)[number]) =>
    mean(rows.map((r) => r.modules.find((x) => x.module === m)?.score ?? 0));
  return (
    <section data-testid="round-summary" aria-label={t('summaryTitle', { n: props.round })}>
      <Typography.Title level={3}>{t('summaryTitle', { n: props.round })}</Typography.Title>
      {data.marketReport.map((m) => (
        <p key={m.market} style={FIGURE}>
          <strong>{m.market}</strong>{' '}
          {t('summaryMarket', {
            shoppers: m.shoppers.toLocaleString(i18n.language),
            orders: m.orders.toLocaleString(i18n.language),
            gmv: money(m.gmvCents),
            price: money(m.averagePriceCents),
            cpc: money(m.averageCpcCents),
          })}
          {m.averageDeliveryDays > 0 && t('summaryDays', { days: m.averageDeliveryDays.toFixed(1) })}
        </p>
      ))}
      <p style={FIGURE}>
        {t('summaryClass', { total: mean(rows.map((r) => r.total)).toFixed(1) })}{' '}
        {MODULES.map((m) => `${t(`ui:module${m}`)} ${moduleMean(m).toFixed(1)}`).join(' · ')}
      </p>
    </section>
  );
}
