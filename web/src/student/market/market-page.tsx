import { Alert, Input, Select, Space, Spin, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useLocalized } from '../../ui/localized';
import { formatDollars, formatPercent } from '../../ui/units';
import { useViewer } from '../../ui/viewer';
import { GameFactsQuery } from '../scenario-facts';
import { RivalsQuery } from './market-queries';
import { RubricTab } from './rubric-tab';
import './market-strings';

/** Market: the catalog, keywords per market, logistics lanes, categories' commissions, rivals' listings and the scoring rubric. */
export function StudentMarketPage() {
  const { t, i18n } = useTranslation('studentMarket');
  const local = useLocalized();
  const gameId = useViewer().gameId ?? '';
  const [{ data, error }] = useQuery({ query: GameFactsQuery, variables: { gameId } });
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<string>('');
  const [market, setMarket] = useState<string>('');
  const lastClosed = [...(data?.game.rounds ?? [])].filter((r) => r.status === 'CLOSED').pop()?.number ?? 0;
  const [rivals] = useQuery({ query: RivalsQuery, variables: { gameId, round: lastClosed }, pause: lastClosed === 0 });
  if (error) return <Alert type="error" showIcon title={t('ui:error', { message: error.message })} />;
  if (!data) return <Spin />;
  const f = data.game.scenario;
  const money = (c: number) => formatDollars(c, i18n.language);
  const catName = (id: string) => {
    const c = f.categories.find((x) => x.id === id);
    return c ? local(c.name) : id;
  };
  const productName = (id: string) => {
    const p = f.products.find((x) => x.id === id);
    return p ? local(p.name) : id;
  };
  const shownMarket = market || f.markets[0]?.code;
  const products = f.products.filter(
    (p) =>
      (!category || p.category === category) &&
      (search === '' || `${p.name.en} ${p.name.zh}`.toLowerCase().includes(search.toLowerCase())),
  );
  const marketSelect = (
    <Select
      aria-label={t('market')}
      value={shownMarket}
      style={{ width: 200 }}
      onChange={(v: string) => setMarket(v)}
      options={f.markets.map((m) => ({ value: m.code, label: `${local(m.name)} (${m.code})` }))}
    />
  );
  const catalog = (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label={t('search')}
          placeholder={t('search')}
          allowClear
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 240 }}
        />
        <Select
          aria-label={t('category')}
          value={category}
          style={{ width: 200 }}
          onChange={(v: string) => setCategory(v)}
          options={[
            { value: '', label: t('allCategories') },
            ...f.categories.map((c) => ({ value: c.id, label: local(c.name) })),
          ]}
        />
      </Space>
      <Table
        size="small"
        rowKey="id"
        dataSource={products}
        pagination={{ pageSize: 20 }}
        scroll={{ x: true }}
        columns={[
          { title: t('product'), key: 'n', render: (_x, p) => local(p.name) },
          { title: t('category'), key: 'c', render: (_x, p) => catName(p.category) },
          { title: t('unitCost'), key: 'u', align: 'right', render: (_x, p) => money(p.unitCostCents) },
          { title: t('referencePrice'), key: 'r', align: 'right', render: (_x, p) => money(p.referencePriceCents) },
          { title: t('weight'), dataIndex: 'weightGrams', key: 'w', align: 'right' },
          { title: t('moq'), dataIndex: 'minOrderUnits', key: 'm', align: 'right' },
          { title: t('leadTime'), dataIndex: 'leadTimeRounds', key: 'l', align: 'right' },
          { title: t('attributes'), dataIndex: 'attributes', key: 'a', align: 'right' },
        ]}
      />
    </>
  );
  const keywords = (
    <>
      <div style={{ marginBottom: 12 }}>{marketSelect}</div>
      <Table
        size="small"
        rowKey="id"
        pagination={{ pageSize: 25 }}
        scroll={{ x: true }}
        dataSource={f.keywords.filter((k) => k.market === shownMarket)}
        columns={[
          { title: t('keyword'), dataIndex: 'text', key: 't' },
          { title: t('gloss'), dataIndex: 'gloss', key: 'g' },
          { title: t('category'), key: 'c', render: (_x, k) => catName(k.category) },
          { title: t('volume'), dataIndex: 'searchVolume', key: 'v', align: 'right' },
          { title: t('floor'), key: 'f', align: 'right', render: (_x, k) => money(k.floorCpcCents) },
        ]}
      />
    </>
  );
  const lanes = (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={f.logistics}
      scroll={{ x: true }}
      columns={[
        { title: t('market'), dataIndex: 'market', key: 'm' },
        { title: t('lane'), dataIndex: 'name', key: 'n' },
        { title: t('tier'), dataIndex: 'tier', key: 't' },
        { title: t('days'), key: 'd', render: (_x, l) => `${l.minDays}–${l.maxDays}` },
        { title: t('perParcel'), key: 'p', align: 'right', render: (_x, l) => money(l.perParcelCents) },
        { title: t('perKg'), key: 'k', align: 'right', render: (_x, l) => money(l.ratePerKgCents) },
        { title: t('freeParcels'), dataIndex: 'firstOrdersFree', key: 'f', align: 'right' },
      ]}
    />
  );
  const categories = (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={f.categories}
      columns={[
        { title: t('category'), key: 'n', render: (_x, c) => local(c.name) },
        {
          title: t('commission'),
          key: 'c',
          align: 'right',
          render: (_x, c) => formatPercent(c.commissionBps, i18n.language),
        },
        {
          title: t('affiliateBand'),
          key: 'a',
          align: 'right',
          render: (_x, c) =>
            `${formatPercent(c.affiliateMinBps, i18n.language)} – ${formatPercent(c.affiliateMaxBps, i18n.language)}`,
        },
      ]}
    />
  );
  const rivalRows = rivals.data?.rivalListings ?? [];
  const rivalsTab =
    lastClosed === 0 || rivalRows.length === 0 ? (
      <Typography.Paragraph>{t('noRivals')}</Typography.Paragraph>
    ) : (
      <>
        <Typography.Paragraph>{t('rivalsRound', { n: lastClosed })}</Typography.Paragraph>
        <Table
          size="small"
          rowKey={(r) => `${r.seller}/${r.market}/${r.product}`}
          dataSource={rivalRows}
          pagination={{ pageSize: 25 }}
          scroll={{ x: true }}
          columns={[
            { title: t('seller'), dataIndex: 'seller', key: 's' },
            { title: t('market'), dataIndex: 'market', key: 'm' },
            { title: t('product'), key: 'p', render: (_x, r) => productName(r.product) },
            { title: t('price'), key: 'pr', align: 'right', render: (_x, r) => money(r.priceCents) },
            { title: t('rating'), key: 'r', align: 'right', render: (_x, r) => r.rating.toFixed(1) },
          ]}
        />
      </>
    );
  return (
    <>
      <Typography.Title level={2}>{t('title')}</Typography.Title>
      <Tabs
        items={[
          { key: 'catalog', label: t('catalog'), children: catalog },
          { key: 'keywords', label: t('keywords'), children: keywords },
          { key: 'lanes', label: t('lanes'), children: lanes },
          { key: 'categories', label: t('categories'), children: categories },
          { key: 'rivals', label: t('rivals'), children: rivalsTab },
          { key: 'rubric', label: t('rubric'), children: <RubricTab gameId={gameId} /> },
        ]}
      />
    </>
  );
}
