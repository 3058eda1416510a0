import { Button, Card, Col, Form, Radio, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../ui/localized';
import { MoneyInput, PercentInput } from '../../ui/unit-inputs';
import { formatDollars, formatPercent } from '../../ui/units';
import type { Facts, FactsIndex } from '../scenario-facts';
import type { Issue } from './decision-issues';
import { Field } from './field';
import { patchAt, removeAt } from './list-edit';
import type { AdsDraft, SelectionDraft } from './module-drafts';

interface Props {
  facts: Facts;
  ix: FactsIndex;
  draft: AdsDraft;
  setDraft: (d: AdsDraft) => void;
  issues: Issue[];
  selection: SelectionDraft;
}

/** ADS: keyword bids per listed product (floor shown), daily budget and pacing, affiliate commission per category. */
export function AdsForm({ facts, ix, draft, setDraft, issues, selection }: Props) {
  const { t, i18n } = useTranslation('studentDecide');
  const local = useLocalized();
  const money = (c: number) => formatDollars(c, i18n.language);
  const rate = (b: number) => formatPercent(b, i18n.language);
  const setBid = (i: number, patch: Partial<AdsDraft['bids'][number]>) =>
    setDraft({ ...draft, bids: patchAt(draft.bids, i, patch) });
  const listed = [...new Set(selection.listings.map((l) => l.product).filter(Boolean))];
  const marketsOf = (product: string) =>
    new Set(selection.listings.filter((l) => l.product === product).map((l) => l.market));
  const categories = [...new Set(listed.map((p) => ix.product.get(p)?.category).filter((c): c is string => !!c))];
  const commission = (category: string) => draft.affiliate.find((a) => a.category === category)?.commissionBps ?? 0;
  const setCommission = (category: string, bps: number) =>
    setDraft({
      ...draft,
      affiliate: [...draft.affiliate.filter((a) => a.category !== category), { category, commissionBps: bps }],
    });
  return (
    <Form layout="vertical" component="div">
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Field
            id="dailyBudgetCents"
            label={t('dailyBudget')}
            path="dailyBudgetCents"
            issues={issues}
            help={t('dailyBudgetHelp', {
              round: money(draft.dailyBudgetCents * facts.roundDays),
              days: facts.roundDays,
            })}
          >
            <MoneyInput
              id="dailyBudgetCents"
              value={draft.dailyBudgetCents}
              onChange={(v) => setDraft({ ...draft, dailyBudgetCents: v })}
            />
          </Field>
        </Col>
        <Col xs={24} md={16}>
          <Field id="pacing" label={t('pacing')} path="pacing" issues={issues} help={t('pacingHelp')}>
            <Radio.Group
              id="pacing"
              value={draft.pacing}
              onChange={(e) => setDraft({ ...draft, pacing: e.target.value as AdsDraft['pacing'] })}
              options={[
                { value: 'EVEN', label: t('pacingEVEN') },
                { value: 'ASAP', label: t('pacingASAP') },
              ]}
            />
          </Field>
        </Col>
      </Row>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('bids')}
      </Typography.Title>
      {listed.length === 0 && <Typography.Paragraph>{t('listFirst')}</Typography.Paragraph>}
      {draft.bids.map((b, i) => {
        const at = `bids[${i}]`;
        const product = ix.product.get(b.product);
        const kw = ix.keyword.get(b.keyword);
        const keywords = facts.keywords.filter(
          (k) => marketsOf(b.product).has(k.market) && (!product || k.category === product.category),
        );
        return (
          <Card
            key={i}
            size="small"
            style={{ marginBottom: 12 }}
            extra={
              <Button size="small" danger onClick={() => setDraft({ ...draft, bids: removeAt(draft.bids, i) })}>
                {t('remove')}
              </Button>
            }
            title={t('bidN', { n: i + 1 })}
          >
            <Row gutter={12}>
              <Col xs={24} md={8}>
                <Field id={`${at}.product`} label={t('product')} path={`${at}.product`} issues={issues}>
                  <Select
                    id={`${at}.product`}
                    value={b.product || undefined}
                    placeholder={t('chooseProduct')}
                    options={listed.map((p) => ({
                      value: p,
                      label: local(ix.product.get(p)?.name ?? { en: p, zh: p }),
                    }))}
                    onChange={(v: string) => setBid(i, { product: v, keyword: '' })}
                  />
                </Field>
              </Col>
              <Col xs={24} md={10}>
                <Field
                  id={`${at}.keyword`}
                  label={t('keyword')}
                  path={`${at}.keyword`}
                  issues={issues}
                  help={
                    kw
                      ? t('keywordFacts', {
                          floor: money(kw.floorCpcCents),
                          volume: kw.searchVolume,
                          market: kw.market,
                        })
                      : undefined
                  }
                >
                  <Select
                    id={`${at}.keyword`}
                    showSearch={{ optionFilterProp: 'label' }}
                    value={b.keyword || undefined}
                    placeholder={t('chooseKeyword')}
                    options={keywords.map((k) => ({ value: k.id, label: `${k.text} — ${k.gloss} (${k.market})` }))}
                    onChange={(v: string) =>
                      setBid(i, { keyword: v, bidCents: Math.max(b.bidCents, ix.keyword.get(v)?.floorCpcCents ?? 0) })
                    }
                  />
                </Field>
              </Col>
              <Col xs={24} md={6}>
                <Field
                  id={`${at}.bidCents`}
                  label={t('bid')}
                  path={`${at}.bidCents`}
                  issues={issues}
                  help={kw ? t('bidHelp', { floor: money(kw.floorCpcCents) }) : undefined}
                >
                  <MoneyInput id={`${at}.bidCents`} value={b.bidCents} onChange={(v) => setBid(i, { bidCents: v })} />
                </Field>
              </Col>
            </Row>
          </Card>
        );
      })}
      <Button
        disabled={listed.length === 0}
        onClick={() => setDraft({ ...draft, bids: [...draft.bids, { product: listed[0], keyword: '', bidCents: 0 }] })}
      >
        {t('addBid')}
      </Button>
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 24 }}>
        {t('affiliate')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('affiliateHelp')}</Typography.Paragraph>
      <Row gutter={12}>
        {categories.map((c) => {
          const cat = ix.category.get(c);
          const i = draft.affiliate.findIndex((a) => a.category === c);
          return (
            <Col xs={12} md={6} key={c}>
              <Field
                id={`affiliate-${c}`}
                label={cat ? local(cat.name) : c}
                path={`affiliate[${i}].commissionBps`}
                issues={issues}
                help={
                  cat
                    ? t('affiliateBand', { min: rate(cat.affiliateMinBps), max: rate(cat.affiliateMaxBps) })
                    : undefined
                }
              >
                <PercentInput id={`affiliate-${c}`} value={commission(c)} onChange={(v) => setCommission(c, v)} />
              </Field>
            </Col>
          );
        })}
      </Row>
    </Form>
  );
}
