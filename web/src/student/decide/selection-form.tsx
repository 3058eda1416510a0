import { Button, Card, Col, Form, Radio, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../ui/localized';
import { CountInput } from '../../ui/unit-inputs';
import { formatDollars } from '../../ui/units';
import type { Facts, FactsIndex } from '../scenario-facts';
import { issuesAt } from './decision-issues';
import type { Issue } from './decision-issues';
import { Field } from './field';
import { patchAt, removeAt } from './list-edit';
import type { ListingDraft, SelectionDraft } from './module-drafts';

interface Props {
  facts: Facts;
  ix: FactsIndex;
  draft: SelectionDraft;
  setDraft: (d: SelectionDraft) => void;
  issues: Issue[];
}

const STOREFRONTS = ['BASIC', 'DECORATED', 'FLAGSHIP'] as const;
const DEFAULT_IMAGES = 7;

/** SELECTION: which catalog products are listed in which market, with the listing's content, and the storefront. */
export function SelectionForm({ facts, ix, draft, setDraft, issues }: Props) {
  const { t, i18n } = useTranslation('studentDecide');
  const local = useLocalized();
  const update = (i: number, patch: Partial<ListingDraft>) =>
    setDraft({ ...draft, listings: patchAt(draft.listings, i, patch) });
  const add = () => {
    const market = facts.markets[0];
    setDraft({
      ...draft,
      listings: [
        ...draft.listings,
        {
          product: '',
          market: market.code,
          titleKeywords: [],
          language: market.language,
          images: DEFAULT_IMAGES,
          attributesFilled: 0,
        },
      ],
    });
  };
  const remove = (i: number) => setDraft({ ...draft, listings: removeAt(draft.listings, i) });
  const productOptions = facts.categories.map((c) => ({
    label: local(c.name),
    title: local(c.name),
    options: facts.products
      .filter((p) => p.category === c.id)
      .map((p) => ({
        value: p.id,
        label: `${local(p.name)} · ${formatDollars(p.referencePriceCents, i18n.language)}`,
      })),
  }));
  return (
    <Form layout="vertical" component="div">
      <Field id="storefront" label={t('storefront')} help={t('storefrontHelp')} path="storefront" issues={issues}>
        <Radio.Group
          id="storefront"
          value={draft.storefront}
          onChange={(e) => setDraft({ ...draft, storefront: e.target.value as SelectionDraft['storefront'] })}
          options={STOREFRONTS.map((s) => ({ value: s, label: t(`storefront${s}`) }))}
        />
      </Field>
      <Typography.Paragraph>
        {t('listingCount', { n: draft.listings.length, max: facts.maxListings })}
      </Typography.Paragraph>
      {issuesAt(issues, 'listings').map((i) => (
        <Typography.Paragraph key={i.message} type="danger">
          {i.message}
        </Typography.Paragraph>
      ))}
      {draft.listings.map((l, i) => {
        const product = ix.product.get(l.product);
        const market = ix.market.get(l.market);
        const at = `listings[${i}]`;
        const keywords = facts.keywords.filter(
          (k) => k.market === l.market && (!product || k.category === product.category),
        );
        return (
          <Card
            key={i}
            size="small"
            style={{ marginBottom: 12 }}
            title={t('listingN', { n: i + 1 })}
            extra={
              <Button size="small" danger onClick={() => remove(i)}>
                {t('remove')}
              </Button>
            }
          >
            <Row gutter={12}>
              <Col xs={24} md={10}>
                <Field
                  id={`${at}.product`}
                  label={t('product')}
                  path={`${at}.product`}
                  issues={issues}
                  help={
                    product
                      ? t('productFacts', {
                          cost: formatDollars(product.unitCostCents, i18n.language),
                          grams: product.weightGrams,
                          moq: product.minOrderUnits,
                        })
                      : t('productHelp')
                  }
                >
                  <Select
                    id={`${at}.product`}
                    showSearch={{ optionFilterProp: 'label' }}
                    value={l.product || undefined}
                    placeholder={t('chooseProduct')}
                    options={productOptions}
                    onChange={(v: string) =>
                      update(i, { product: v, titleKeywords: [], attributesFilled: ix.product.get(v)?.attributes ?? 0 })
                    }
                  />
                </Field>
              </Col>
              <Col xs={12} md={7}>
                <Field
                  id={`${at}.market`}
                  label={t('market')}
                  path={`${at}.market`}
                  issues={issues}
                  help={t('marketHelp')}
                >
                  <Select
                    id={`${at}.market`}
                    value={l.market}
                    options={facts.markets.map((m) => ({ value: m.code, label: `${local(m.name)} (${m.code})` }))}
                    onChange={(v: string) =>
                      update(i, { market: v, titleKeywords: [], language: ix.market.get(v)?.language ?? l.language })
                    }
                  />
                </Field>
              </Col>
              <Col xs={12} md={7}>
                <Field
                  id={`${at}.language`}
                  label={t('language')}
                  path={`${at}.language`}
                  issues={issues}
                  help={t('languageHelp')}
                >
                  <Select
                    id={`${at}.language`}
                    value={l.language}
                    options={[...new Set([market?.language ?? l.language, 'en', 'zh'])].map((lng) => ({
                      value: lng,
                      label: lng,
                    }))}
                    onChange={(v: string) => update(i, { language: v })}
                  />
                </Field>
              </Col>
              <Col xs={24} md={12}>
                <Field
                  id={`${at}.titleKeywords`}
                  label={t('titleKeywords')}
                  path={`${at}.titleKeywords`}
                  issues={issues}
                  help={t('titleKeywordsHelp')}
                >
                  <Select
                    id={`${at}.titleKeywords`}
                    mode="multiple"
                    showSearch={{ optionFilterProp: 'label' }}
                    value={l.titleKeywords}
                    placeholder={t('chooseKeywords')}
                    options={keywords.map((k) => ({
                      value: k.id,
                      label: `${k.text} — ${k.gloss} · ${k.searchVolume}`,
                    }))}
                    onChange={(v: string[]) => update(i, { titleKeywords: v })}
                  />
                </Field>
              </Col>
              <Col xs={12} md={6}>
                <Field
                  id={`${at}.images`}
                  label={t('images')}
                  path={`${at}.images`}
                  issues={issues}
                  help={t('imagesHelp')}
                >
                  <CountInput
                    id={`${at}.images`}
                    min={0}
                    max={20}
                    value={l.images}
                    onChange={(v) => update(i, { images: v })}
                  />
                </Field>
              </Col>
              <Col xs={12} md={6}>
                <Field
                  id={`${at}.attributesFilled`}
                  label={t('attributes')}
                  path={`${at}.attributesFilled`}
                  issues={issues}
                  help={t('attributesHelp', { n: product?.attributes ?? '?' })}
                >
                  <CountInput
                    id={`${at}.attributesFilled`}
                    min={0}
                    max={product?.attributes}
                    value={l.attributesFilled}
                    onChange={(v) => update(i, { attributesFilled: v })}
                  />
                </Field>
              </Col>
            </Row>
          </Card>
        );
      })}
      <Button onClick={add} disabled={draft.listings.length >= facts.maxListings}>
        {t('addListing')}
      </Button>
    </Form>
  );
}
