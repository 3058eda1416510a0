import { Alert, App, Badge, Button, Space, Spin, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../ui/status-tag';
import { useClient, useQuery } from 'urql';
import { useViewer } from '../../ui/viewer';
import type { ModuleName } from '../draft-store';
import { MODULES, saveDraft } from '../draft-store';
import { indexFacts } from '../scenario-facts';
import type { Facts } from '../scenario-facts';
import { AdsForm } from './ads-form';
import { PreviousDecisionsQuery, StudentDecideQuery } from './decide-queries';
import './decide-strings';
import { FulfillmentForm } from './fulfillment-form';
import { draftFromPayload, emptyDraft } from './module-drafts';
import type { Drafts } from './module-drafts';
import { OperationsForm } from './operations-form';
import { SelectionForm } from './selection-form';
import { useModuleDraft } from './use-module-draft';

interface Stored {
  module: string;
  version: number;
  round: number;
  payload: string;
}

/** The draft a module starts from: the decision already submitted this round, else an empty one. */
function startingDraft<M extends ModuleName>(module: M, stored: readonly Stored[], round: number): Drafts[M] {
  const mine = stored.find((d) => d.module === module && d.round === round);
  return (mine && draftFromPayload(module, mine.payload)) || emptyDraft(module);
}

/** Decide: one form per module played this round, checked live by the server, each submitted on its own. */
export function StudentDecidePage() {
  const { t } = useTranslation('studentDecide');
  const gameId = useViewer().gameId ?? '';
  const [{ data, error }, refetch] = useQuery({ query: StudentDecideQuery, variables: { gameId } });
  const [copies, setCopies] = useState(0);
  if (error) return <Alert type="error" showIcon title={t('ui:error', { message: error.message })} />;
  if (!data) return <Spin />;
  const round = data.game.currentRound;
  const open = data.game.rounds.find((r) => r.number === round)?.status === 'OPEN';
  if (!open) return <Alert type="info" showIcon title={t('noOpenRound')} />;
  return (
    <DecideRound
      key={`${round}-${copies}`}
      gameId={gameId}
      round={round}
      facts={data.game.scenario}
      stored={data.myDecisions}
      cashCents={data.myStatus.cashCents}
      stock={data.myStatus.stock}
      onSubmitted={() => refetch({ requestPolicy: 'network-only' })}
      onCopied={() => setCopies((n) => n + 1)}
    />
  );
}

interface RoundProps {
  gameId: string;
  round: number;
  facts: Facts;
  stored: readonly Stored[];
  cashCents: number;
  stock: readonly { product: string; location: string; units: number }[];
  onSubmitted: () => void;
  onCopied: () => void;
}

function DecideRound({ gameId, round, facts, stored, cashCents, stock, onSubmitted, onCopied }: RoundProps) {
  const { t } = useTranslation('studentDecide');
  const { message } = App.useApp();
  const client = useClient();
  const ix = useMemo(() => indexFacts(facts), [facts]);
  const enabled = facts.rounds.find((r) => r.number === round)?.modules ?? [];
  const drafts = {
    SELECTION: useModuleDraft(
      gameId,
      round,
      'SELECTION',
      startingDraft('SELECTION', stored, round),
      enabled.includes('SELECTION'),
    ),
    OPERATIONS: useModuleDraft(
      gameId,
      round,
      'OPERATIONS',
      startingDraft('OPERATIONS', stored, round),
      enabled.includes('OPERATIONS'),
    ),
    ADS: useModuleDraft(gameId, round, 'ADS', startingDraft('ADS', stored, round), enabled.includes('ADS')),
    FULFILLMENT: useModuleDraft(
      gameId,
      round,
      'FULFILLMENT',
      startingDraft('FULFILLMENT', stored, round),
      enabled.includes('FULFILLMENT'),
    ),
  };
  const homeStock = new Map(stock.filter((s) => s.location === 'HOME').map((s) => [s.product, s.units]));

  const copyLastRound = async () => {
    const { data } = await client
      .query(PreviousDecisionsQuery, { round: round - 1 }, { requestPolicy: 'network-only' })
      .toPromise();
    const previous = data?.myDecisions ?? [];
    for (const m of MODULES) {
      const last = previous.find((d) => d.module === m);
      const draft = last && draftFromPayload(m, last.payload);
      if (draft && enabled.includes(m)) saveDraft(gameId, round, m, draft);
    }
    message.info(t(previous.length ? 'copied' : 'nothingToCopy', { n: round - 1 }));
    onCopied();
  };

  const submit = async (m: ModuleName) => {
    const version = await drafts[m].submit();
    if (version !== null) {
      message.success(t('accepted', { module: t(`ui:module${m}`), v: version }));
      onSubmitted();
    }
  };

  const form = (m: ModuleName) => {
    switch (m) {
      case 'SELECTION':
        return <SelectionForm facts={facts} ix={ix} {...drafts.SELECTION} />;
      case 'OPERATIONS':
        return (
          <OperationsForm
            facts={facts}
            ix={ix}
            {...drafts.OPERATIONS}
            selection={drafts.SELECTION.draft}
            fulfillment={drafts.FULFILLMENT.draft}
            cashCents={cashCents}
          />
        );
      case 'ADS':
        return <AdsForm facts={facts} ix={ix} {...drafts.ADS} selection={drafts.SELECTION.draft} />;
      case 'FULFILLMENT':
        return <FulfillmentForm facts={facts} {...drafts.FULFILLMENT} homeStock={homeStock} />;
    }
  };

  const status = (m: ModuleName) => {
    const sent = stored.find((d) => d.module === m && d.round === round);
    const s = drafts[m];
    return (
      <Space wrap>
        {sent && <StatusTag kind="ok">{t('submittedV', { v: sent.version })}</StatusTag>}
        {s.checking ? (
          <StatusTag kind="neutral">{t('checking')}</StatusTag>
        ) : s.issues.length ? (
          <StatusTag kind="error">{t('problems', { count: s.issues.length })}</StatusTag>
        ) : (
          <StatusTag kind="info">{t('valid')}</StatusTag>
        )}
      </Space>
    );
  };

  return (
    <>
      <Typography.Title level={2}>{t('title', { n: round })}</Typography.Title>
      <Space style={{ marginBottom: 16 }} wrap>
        <Typography.Text>{t('intro')}</Typography.Text>
        {round > 1 && <Button onClick={() => void copyLastRound()}>{t('copyLastRound')}</Button>}
      </Space>
      <Tabs
        items={MODULES.filter((m) => enabled.includes(m)).map((m) => ({
          key: m,
          label: (
            <Badge dot={drafts[m].issues.length > 0} offset={[6, 0]}>
              {t(`ui:module${m}`)}
            </Badge>
          ),
          children: (
            <section aria-label={t(`ui:module${m}`)}>
              {drafts[m].blocked && (
                <Alert type="warning" showIcon title={drafts[m].blocked} style={{ marginBottom: 12 }} />
              )}
              <Space style={{ marginBottom: 12 }}>{status(m)}</Space>
              {form(m)}
              <Button
                type="primary"
                style={{ marginTop: 16 }}
                loading={drafts[m].submitting}
                disabled={drafts[m].checking || drafts[m].issues.length > 0 || drafts[m].blocked !== null}
                onClick={() => void submit(m)}
              >
                {t('submitModule', { module: t(`ui:module${m}`) })}
              </Button>
            </section>
          ),
        }))}
      />
    </>
  );
}
