import { Button, Col, Form, Radio, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../ui/localized';
import { CountInput } from '../../ui/unit-inputs';
import { formatDollars } from '../../ui/units';
import type { Facts } from '../scenario-facts';
import type { Issue } from './decision-issues';
import { Field } from './field';
import { patchAt, removeAt } from './list-edit';
import type { FulfillmentDraft } from './module-drafts';

interface Props {
  facts: Facts;
  draft: FulfillmentDraft;
  setDraft: (d: FulfillmentDraft) => void;
  issues: Issue[];
  /** Units in the home warehouse now (purchases arrive later). */
  homeStock: Map<string, number>;
}

const PACKAGING = ['STANDARD', 'COMPACT', 'PROTECTIVE'] as const;

/** FULFILLMENT: a lane per market (days, cost per parcel), handling days, packaging, transfers to overseas warehouses. */
export function FulfillmentForm({ facts, draft, setDraft, issues, homeStock }: Props) {
  const { t, i18n } = useTranslation('studentDecide');
  const local = useLocalized();
  const money = (c: number) => formatDollars(c, i18n.language);
  const setService = (market: string, service: string) =>
    setDraft({ ...draft, services: [...draft.services.filter((s) => s.market !== market), { market, service }] });
  const warehouseMarkets = facts.markets.filter((m) =>
    facts.logistics.some((l) => l.market === m.code && l.tier === 'WAREHOUSE'),
  );
  const setTransfer = (i: number, patch: Partial<FulfillmentDraft['transfers'][number]>) =>
    setDraft({ ...draft, transfers: patchAt(draft.transfers, i, patch) });
  const moved = (product: string) =>
    draft.transfers.filter((x) => x.product === product).reduce((s, x) => s + x.units, 0);
  return (
    <Form layout="vertical" component="div">
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('lanes')}
      </Typography.Title>
      <Row gutter={12}>
        {facts.markets.map((m) => {
          const i = draft.services.findIndex((s) => s.market === m.code);
          return (
            <Col xs={24} md={8} key={m.code}>
              <Field
                id={`service-${m.code}`}
                label={t('laneFor', { market: local(m.name) })}
                path={`services[${i}].service`}
                issues={issues}
                help={t('laneHelp')}
              >
                <Select
                  id={`service-${m.code}`}
                  value={i >= 0 ? draft.services[i].service : undefined}
                  placeholder={t('chooseLane')}
                  options={facts.logistics
                    .filter((l) => l.market === m.code)
                    .map((l) => ({
                      value: l.id,
                      label: t('laneOption', {
                        name: l.name,
                        min: l.minDays,
                        max: l.maxDays,
                        parcel: money(l.perParcelCents),
                        kg: money(l.ratePerKgCents),
                      }),
                    }))}
                  onChange={(v: string) => setService(m.code, v)}
                />
              </Field>
            </Col>
          );
        })}
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Field
            id="handlingDays"
            label={t('handlingDays')}
            path="handlingDays"
            issues={issues}
            help={t('handlingDaysHelp')}
          >
            <CountInput
              id="handlingDays"
              min={1}
              value={draft.handlingDays}
              onChange={(v) => setDraft({ ...draft, handlingDays: v })}
            />
          </Field>
        </Col>
        <Col xs={24} md={16}>
          <Field id="packaging" label={t('packaging')} path="packaging" issues={issues} help={t('packagingHelp')}>
            <Radio.Group
              id="packaging"
              value={draft.packaging}
              onChange={(e) => setDraft({ ...draft, packaging: e.target.value as FulfillmentDraft['packaging'] })}
              options={PACKAGING.map((p) => ({ value: p, label: t(`packaging${p}`) }))}
            />
          </Field>
        </Col>
      </Row>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('transfers')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('transfersHelp', { markets: warehouseMarkets.map((m) => local(m.name)).join(', ') })}
      </Typography.Paragraph>
      {draft.transfers.map((x, i) => {
        const at = `transfers[${i}]`;
        return (
          <Row gutter={12} key={i} align="bottom">
            <Col xs={24} md={10}>
              <Field
                id={`${at}.product`}
                label={t('product')}
                path={`${at}.product`}
                issues={issues}
                help={x.product ? t('homeLeft', { n: (homeStock.get(x.product) ?? 0) - moved(x.product) }) : undefined}
              >
                <Select
                  id={`${at}.product`}
                  showSearch={{ optionFilterProp: 'label' }}
                  value={x.product || undefined}
                  placeholder={t('chooseProduct')}
                  options={facts.products.map((p) => ({
                    value: p.id,
                    label: `${local(p.name)} (${homeStock.get(p.id) ?? 0})`,
                  }))}
                  onChange={(v: string) => setTransfer(i, { product: v })}
                />
              </Field>
            </Col>
            <Col xs={12} md={6}>
              <Field id={`${at}.market`} label={t('market')} path={`${at}.market`} issues={issues}>
                <Select
                  id={`${at}.market`}
                  value={x.market || undefined}
                  options={warehouseMarkets.map((m) => ({ value: m.code, label: local(m.name) }))}
                  onChange={(v: string) => setTransfer(i, { market: v })}
                />
              </Field>
            </Col>
            <Col xs={8} md={4}>
              <Field id={`${at}.units`} label={t('units')} path={`${at}.units`} issues={issues}>
                <CountInput id={`${at}.units`} min={0} value={x.units} onChange={(v) => setTransfer(i, { units: v })} />
              </Field>
            </Col>
            <Col xs={4} md={4}>
              <Button
                danger
                style={{ marginBottom: 12 }}
                onClick={() => setDraft({ ...draft, transfers: removeAt(draft.transfers, i) })}
              >
                {t('remove')}
              </Button>
            </Col>
          </Row>
        );
      })}
      <Button
        disabled={warehouseMarkets.length === 0}
        onClick={() =>
          setDraft({
            ...draft,
            transfers: [...draft.transfers, { product: '', market: warehouseMarkets[0]?.code ?? '', units: 0 }],
          })
        }
      >
        {t('addTransfer')}
      </Button>
    </Form>
  );
}
