import { Alert, Button, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { graphql } from '../../generated';
import type { OperationsDecisionInput, PriceInput, StudentWhatIfQuery } from '../../generated/graphql';
import { MoneyInput, PercentInput } from '../../ui/unit-inputs';
import { formatDollars } from '../../ui/units';
import './what-if-strings';

const RoundDecisionsQuery = graphql(`
  query StudentRoundDecisions($round: Int) {
    myDecisions(round: $round) {
      module
      payload
    }
  }
`);

const WhatIfQuery = graphql(`
  query StudentWhatIf($gameId: ID!, $round: Int!, $decisions: WhatIfDecisionsInput!) {
    whatIf(gameId: $gameId, round: $round, decisions: $decisions) {
      __typename
      ... on WhatIfReport {
        totalDelta
        cashEndDeltaCents
        real {
          total
          cashEndCents
        }
        whatIf {
          total
          cashEndCents
        }
      }
      ... on DecisionsRejected {
        errors {
          path
          message
        }
      }
      ... on WhatIfUnavailable {
        message
      }
    }
  }
`);

type Price = PriceInput;

/** A label read by screen readers only: a table cell's field is named by its column and row. */
function CellLabel({ htmlFor, children }: { htmlFor: string; children: string }) {
  const hidden = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' } as const;
  return (
    <label htmlFor={htmlFor} style={hidden}>
      {children}
    </label>
  );
}

/**
 * "What if I had priced differently?" The team's stored operations decision of a closed round, its prices and
 * discounts editable; the round is replayed by the server (whatIf) with only those changed, and the real and the
 * replayed total and cash are shown side by side.
 */
export function WhatIfCard({ gameId, round, name }: { gameId: string; round: number; name: (id: string) => string }) {
  const { t, i18n } = useTranslation('studentWhatIf');
  const client = useClient();
  const [stored] = useQuery({ query: RoundDecisionsQuery, variables: { round }, requestPolicy: 'network-only' });
  const payload = stored.data?.myDecisions.find((d) => d.module === 'OPERATIONS')?.payload;
  const original = payload ? (JSON.parse(payload) as OperationsDecisionInput) : null;
  // the prices as edited (null: as decided); the page gives each round a card of its own (key)
  const [edited, setEdited] = useState<Price[] | null>(null);
  const [answer, setAnswer] = useState<StudentWhatIfQuery['whatIf'] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!stored.data) return null;
  if (!original) return <Typography.Paragraph>{t('noPrices')}</Typography.Paragraph>;
  const money = (c: number) => formatDollars(c, i18n.language);
  const prices = edited ?? original.prices ?? [];
  const edit = (i: number, change: Partial<Price>) =>
    setEdited(prices.map((p, j) => (j === i ? { ...p, ...change } : p)));
  const replay = async () => {
    setBusy(true);
    const decisions = { operations: { ...original, prices } };
    const result = await client.query(WhatIfQuery, { gameId, round, decisions }, { requestPolicy: 'network-only' });
    setBusy(false);
    setFailure(result.error ? result.error.message : null);
    setAnswer(result.data?.whatIf ?? null);
  };
  const report = answer?.__typename === 'WhatIfReport' ? answer : null;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph>{t('intro')}</Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        rowKey={(p) => `${p.product}@${p.market}`}
        dataSource={prices}
        columns={[
          { title: t('product'), key: 'product', render: (_x, p) => name(p.product) },
          { title: t('market'), key: 'market', dataIndex: 'market' },
          {
            title: t('price'),
            key: 'price',
            render: (_x, p, i) => (
              <>
                <CellLabel htmlFor={`what-if-price-${i}`}>{`${t('price')} ${name(p.product)} ${p.market}`}</CellLabel>
                <MoneyInput
                  id={`what-if-price-${i}`}
                  value={p.priceCents}
                  onChange={(v) => edit(i, { priceCents: v })}
                />
              </>
            ),
          },
          {
            title: t('discount'),
            key: 'discount',
            render: (_x, p, i) => (
              <>
                <CellLabel
                  htmlFor={`what-if-discount-${i}`}
                >{`${t('discount')} ${name(p.product)} ${p.market}`}</CellLabel>
                <PercentInput
                  id={`what-if-discount-${i}`}
                  value={p.discountBps ?? 0}
                  onChange={(v) => edit(i, { discountBps: v })}
                />
              </>
            ),
          },
        ]}
      />
      <Space>
        <Button type="primary" loading={busy} onClick={() => void replay()} data-testid="what-if-replay">
          {t('replay', { n: round })}
        </Button>
        <Button onClick={() => setEdited(null)}>{t('reset')}</Button>
      </Space>
      {failure && <Alert type="error" showIcon title={failure} />}
      {answer?.__typename === 'WhatIfUnavailable' && <Alert type="info" showIcon title={answer.message} />}
      {answer?.__typename === 'DecisionsRejected' && (
        <Alert
          type="error"
          showIcon
          title={t('rejected')}
          description={answer.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}
        />
      )}
      {report && (
        <Table
          size="small"
          pagination={false}
          data-testid="what-if-answer"
          rowKey="what"
          dataSource={[
            {
              what: t('total'),
              real: report.real.total.toFixed(1),
              whatIf: report.whatIf.total.toFixed(1),
              delta: `${report.totalDelta >= 0 ? '+' : ''}${report.totalDelta.toFixed(2)}`,
            },
            {
              what: t('cashEnd'),
              real: money(report.real.cashEndCents),
              whatIf: money(report.whatIf.cashEndCents),
              delta: money(report.cashEndDeltaCents),
            },
          ]}
          columns={[
            { title: '', key: 'what', dataIndex: 'what' },
            { title: t('real'), key: 'real', dataIndex: 'real', align: 'right' },
            { title: t('whatIf'), key: 'whatIf', dataIndex: 'whatIf', align: 'right' },
            { title: t('delta'), key: 'delta', dataIndex: 'delta', align: 'right' },
          ]}
        />
      )}
    </Space>
  );
}
