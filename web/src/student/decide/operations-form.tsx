import { Button, Card, Col, Form, Radio, Row, Select, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../ui/localized';
import { CountInput, MoneyInput, PercentInput } from '../../ui/unit-inputs';
import { formatDollars } from '../../ui/units';
import { expectedShippingCents } from '../scenario-facts';
import type { Facts, FactsIndex } from '../scenario-facts';
import type { Issue } from './decision-issues';
import { Field } from './field';
import { patchAt, removeAt } from './list-edit';
import type { FulfillmentDraft, OperationsDraft, PriceDraft, SelectionDraft } from './module-drafts';

interface Props {
  facts: Facts;
  ix: FactsIndex;
  draft: OperationsDraft;
  setDraft: (d: OperationsDraft) => void;
  issues: Issue[];
  selection: SelectionDraft;
  fulfillment: FulfillmentDraft;
  cashCents: number;
}

const SERVICE_LEVELS = ['BASIC', 'STANDARD', 'PREMIUM'] as const;

/**
 * The unit margin a shopper's order leaves: price after the promotion, minus unit cost, the marketplace
 * commission of the category and the expected shipping on the lane chosen for the market (else the cheapest).
 */
function unitMarginCents(p: PriceDraft, ix: FactsIndex, facts: Facts, fulfillment: FulfillmentDraft): number | null {
  const product = ix.product.get(p.product);
  if (!product) return null;
  const chosen = fulfillment.services.find((s) => s.market === p.market)?.service;
  const lanes = facts.logistics.filter((l) => l.market === p.market && l.tier !== 'WAREHOUSE');
  const lane = (chosen && ix.lane.get(chosen)) || [...lanes].sort((a, b) => a.perParcelCents - b.perParcelCents)[0];
  const net = (p.priceCents * (10000 - p.discountBps)) / 10000;
  const commission = (net * (ix.category.get(product.category)?.commissionBps ?? 0)) / 10000;
  return Math.round(net - product.unitCostCents - commission - (lane ? expectedShippingCents(product, lane) : 0));
}

/** OPERATIONS: price and promotion per listing with a live unit margin, stock purchases, customer service level. */
export function OperationsForm({ facts, ix, draft, setDraft, issues, selection, fulfillment, cashCents }: Props) {
  const { t, i18n } = useTranslation('studentDecide');
  const local = useLocalized();
  const money = (c: number) => formatDollars(c, i18n.language);
  const setPrice = (i: number, patch: Partial<PriceDraft>) =>
    setDraft({ ...draft, prices: patchAt(draft.prices, i, patch) });
  const priceEveryListing = () => {
    const missing = selection.listings.filter(
      (l) => l.product && !draft.prices.some((p) => p.product === l.product && p.market === l.market),
    );
    const added = missing.map((l) => ({
      product: l.product,
      market: l.market,
      priceCents: ix.product.get(l.product)?.referencePriceCents ?? 100,
      discountBps: 0,
    }));
    setDraft({ ...draft, prices: [...draft.prices, ...added] });
  };
  const setPurchase = (i: number, patch: Partial<OperationsDraft['purchases'][number]>) =>
    setDraft({ ...draft, purchases: patchAt(draft.purchases, i, patch) });
  const spend = draft.purchases.reduce((s, p) => s + p.units * (ix.product.get(p.product)?.unitCostCents ?? 0), 0);
  return (
    <Form layout="vertical" component="div">
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('prices')}
      </Typography.Title>
      {draft.prices.map((p, i) => {
        const at = `prices[${i}]`;
        const product = ix.product.get(p.product);
        const margin = unitMarginCents(p, ix, facts, fulfillment);
        const cap = ix.market.get(p.market)?.maxDiscountBps;
        return (
          <Card
            key={`${p.product}@${p.market}`}
            size="small"
            style={{ marginBottom: 12 }}
            title={`${product ? local(product.name) : p.product} · ${p.market}`}
            extra={
              <Button size="small" danger onClick={() => setDraft({ ...draft, prices: removeAt(draft.prices, i) })}>
                {t('remove')}
              </Button>
            }
          >
            <Row gutter={12} align="middle">
              <Col xs={12} md={8}>
                <Field
                  id={`${at}.priceCents`}
                  label={t('price')}
                  path={`${at}.priceCents`}
                  issues={issues}
                  help={t('priceHelp', { ref: product ? money(product.referencePriceCents) : '?' })}
                >
                  <MoneyInput
                    id={`${at}.priceCents`}
                    value={p.priceCents}
                    min={0}
                    onChange={(v) => setPrice(i, { priceCents: v })}
                  />
                </Field>
              </Col>
              <Col xs={12} md={8}>
                <Field
                  id={`${at}.discountBps`}
                  label={t('discount')}
                  path={`${at}.discountBps`}
                  issues={issues}
                  help={cap == null ? t('discountHelpFree') : t('discountHelp', { max: cap / 100 })}
                >
                  <PercentInput
                    id={`${at}.discountBps`}
                    value={p.discountBps}
                    max={10000}
                    onChange={(v) => setPrice(i, { discountBps: v })}
                  />
                </Field>
              </Col>
              <Col xs={24} md={8}>
                <Statistic
                  title={t('unitMargin')}
                  value={margin === null ? '—' : money(margin)}
                  styles={{ content: { color: margin !== null && margin < 0 ? '#a8071a' : undefined, fontSize: 18 } }}
                />
                <Typography.Text type="secondary">{t('unitMarginHelp')}</Typography.Text>
              </Col>
            </Row>
          </Card>
        );
      })}
      <Button onClick={priceEveryListing}>{t('priceEveryListing')}</Button>

      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 24 }}>
        {t('purchases')}
      </Typography.Title>
      {draft.purchases.map((p, i) => {
        const at = `purchases[${i}]`;
        const product = ix.product.get(p.product);
        return (
          <Row gutter={12} key={i} align="bottom">
            <Col xs={24} md={12}>
              <Field
                id={`${at}.product`}
                label={t('product')}
                path={`${at}.product`}
                issues={issues}
                help={
                  product
                    ? t('purchaseFacts', {
                        cost: money(product.unitCostCents),
                        moq: product.minOrderUnits,
                        lead: product.leadTimeRounds,
                      })
                    : undefined
                }
              >
                <Select
                  id={`${at}.product`}
                  showSearch={{ optionFilterProp: 'label' }}
                  value={p.product || undefined}
                  placeholder={t('chooseProduct')}
                  options={facts.products.map((x) => ({ value: x.id, label: local(x.name) }))}
                  onChange={(v: string) =>
                    setPurchase(i, { product: v, units: ix.product.get(v)?.minOrderUnits ?? p.units })
                  }
                />
              </Field>
            </Col>
            <Col xs={12} md={6}>
              <Field
                id={`${at}.units`}
                label={t('units')}
                path={`${at}.units`}
                issues={issues}
                help={product ? money(p.units * product.unitCostCents) : undefined}
              >
                <CountInput id={`${at}.units`} min={0} value={p.units} onChange={(v) => setPurchase(i, { units: v })} />
              </Field>
            </Col>
            <Col xs={12} md={6}>
              <Button
                danger
                style={{ marginBottom: 36 }}
                onClick={() => setDraft({ ...draft, purchases: removeAt(draft.purchases, i) })}
              >
                {t('remove')}
              </Button>
            </Col>
          </Row>
        );
      })}
      <Button onClick={() => setDraft({ ...draft, purchases: [...draft.purchases, { product: '', units: 0 }] })}>
        {t('addPurchase')}
      </Button>
      <Typography.Paragraph style={{ marginTop: 12 }}>
        {t('cashLeft', { spend: money(spend), left: money(cashCents - spend) })}
      </Typography.Paragraph>

      <Field
        id="serviceLevel"
        label={t('serviceLevel')}
        help={t('serviceLevelHelp')}
        path="serviceLevel"
        issues={issues}
      >
        <Radio.Group
          id="serviceLevel"
          value={draft.serviceLevel}
          onChange={(e) => setDraft({ ...draft, serviceLevel: e.target.value as OperationsDraft['serviceLevel'] })}
          options={SERVICE_LEVELS.map((s) => ({ value: s, label: t(`service${s}`) }))}
        />
      </Field>
    </Form>
  );
}
