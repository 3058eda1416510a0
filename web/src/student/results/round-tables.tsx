import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StudentRoundReportQuery } from '../../generated/graphql';
import { formatDollars, formatRatio } from '../../ui/units';

type Report = StudentRoundReportQuery['teamReport'];

const n = (v: number, locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(v);

/** Per listing: impressions → clicks → orders, with the rates between them and the revenue. */
export function FunnelTable({ listings, name }: { listings: Report['listings']; name: (id: string) => string }) {
  const { t, i18n } = useTranslation('studentResults');
  const l = i18n.language;
  return (
    <Table
      size="small"
      pagination={false}
      rowKey={(r) => `${r.product}@${r.market}`}
      dataSource={listings}
      scroll={{ x: true }}
      columns={[
        { title: t('product'), key: 'p', render: (_x, r) => `${name(r.product)} · ${r.market}` },
        { title: t('impressions'), key: 'i', align: 'right', render: (_x, r) => n(r.impressions, l) },
        {
          title: t('clicks'),
          key: 'c',
          align: 'right',
          render: (_x, r) => `${n(r.clicks, l)} (${formatRatio(r.impressions ? r.clicks / r.impressions : 0, l)})`,
        },
        {
          title: t('orders'),
          key: 'o',
          align: 'right',
          render: (_x, r) => `${n(r.orders, l)} (${formatRatio(r.clicks ? r.orders / r.clicks : 0, l)})`,
        },
        { title: t('revenue'), key: 'r', align: 'right', render: (_x, r) => formatDollars(r.revenueCents, l) },
        { title: t('flags'), key: 'f', render: (_x, r) => r.flags.join(', ') },
      ]}
    />
  );
}

/** Ad auctions: position, cost per click and spend per keyword bid, and why a bid did not run. */
export function AuctionTable({ auctions, name }: { auctions: Report['auctions']; name: (id: string) => string }) {
  const { t, i18n } = useTranslation('studentResults');
  const l = i18n.language;
  const why = (a: Report['auctions'][number]) =>
    a.impressions > 0
      ? a.lostToBudget > 0
        ? t('partlyBudget', { share: formatRatio(a.lostToBudget, l) })
        : ''
      : a.lostToBudget > 0
        ? t('noBudget')
        : t('belowRank');
  return (
    <Table
      size="small"
      pagination={false}
      rowKey={(r) => `${r.keyword}/${r.product}`}
      dataSource={auctions}
      scroll={{ x: true }}
      locale={{ emptyText: t('noAuctions') }}
      columns={[
        { title: t('keyword'), dataIndex: 'keyword', key: 'k' },
        { title: t('product'), key: 'p', render: (_x, r) => `${name(r.product)} · ${r.market}` },
        { title: t('bid'), key: 'b', align: 'right', render: (_x, r) => formatDollars(r.bidCents, l) },
        {
          title: t('position'),
          key: 'pos',
          align: 'right',
          render: (_x, r) => (r.impressions ? n(r.averagePosition, l) : '—'),
        },
        { title: t('cpc'), key: 'cpc', align: 'right', render: (_x, r) => formatDollars(r.cpcCents, l) },
        { title: t('clicks'), key: 'c', align: 'right', render: (_x, r) => n(r.clicks, l) },
        { title: t('spend'), key: 's', align: 'right', render: (_x, r) => formatDollars(r.spendCents, l) },
        { title: t('why'), key: 'w', render: (_x, r) => <Typography.Text>{why(r)}</Typography.Text> },
      ]}
    />
  );
}

/** Logistics lanes used: parcels, average delivery days, late, lost and damaged parcels, cost. */
export function LaneTable({ lanes }: { lanes: Report['lanes'] }) {
  const { t, i18n } = useTranslation('studentResults');
  const l = i18n.language;
  return (
    <Table
      size="small"
      pagination={false}
      rowKey={(r) => `${r.market}/${r.service}`}
      dataSource={lanes}
      scroll={{ x: true }}
      columns={[
        { title: t('market'), dataIndex: 'market', key: 'm' },
        { title: t('lane'), key: 's', render: (_x, r) => `${r.service} (${r.tier})` },
        { title: t('parcels'), key: 'p', align: 'right', render: (_x, r) => n(r.parcels, l) },
        { title: t('days'), key: 'd', align: 'right', render: (_x, r) => n(r.averageDeliveryDays, l) },
        { title: t('late'), key: 'late', align: 'right', render: (_x, r) => n(r.late, l) },
        { title: t('lost'), key: 'lost', align: 'right', render: (_x, r) => n(r.lost, l) },
        { title: t('damaged'), key: 'dm', align: 'right', render: (_x, r) => n(r.damaged, l) },
        { title: t('cost'), key: 'c', align: 'right', render: (_x, r) => formatDollars(r.costCents, l) },
      ]}
    />
  );
}
