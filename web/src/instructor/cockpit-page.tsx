import { Alert, App, Button, Card, DatePicker, Descriptions, Modal, Space, Spin, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useSubscription } from 'urql';
import { useLocation } from '../ui/router';
import { StatusTag } from '../ui/status-tag';
import {
  AdjustScoreMutation,
  CloseRoundMutation,
  CockpitQuery,
  CockpitRoundChanged,
  FreezeMutation,
  OpenRoundMutation,
  RevealMutation,
  SetDeadlineMutation,
  AddBotMutation,
} from './instructor-queries';
import { AdjustmentCard } from './adjustment-card';
import { AuditLogCard } from './audit-log-card';
import { ClassView } from './class-view';
import { GraderTokenAction, TeamTokenActions, TokenStateTag } from './team-token-actions';
import './instructor-strings';
import { MODULES } from '../ui/modules';
import { formatDateTime } from '../ui/units';

const FIELD = { SELECTION: 'selection', OPERATIONS: 'operations', ADS: 'ads', FULFILLMENT: 'fulfillment' } as const;
/** The grid refreshes on its own this often, besides the roundChanged subscription. */
const POLL_MS = 3000;

/**
 * The cockpit of a running game: round status and deadline; a grid of teams × the round's modules with each
 * cell's state (nothing / submitted vN), refreshed live; open and close the round (with a confirmation naming
 * the teams still missing), freeze and reveal the board, rotate or revoke a team's token, record an adjustment.
 */
export function InstructorCockpitPage({ params }: { params: Record<string, string> }) {
  const { t, i18n } = useTranslation('instructor');
  const { message } = App.useApp();
  const gameId = params.gameId ?? '';
  const { navigate } = useLocation();
  const [{ data, error }, refetch] = useQuery({
    query: CockpitQuery,
    variables: { gameId },
    requestPolicy: 'cache-and-network',
  });
  useSubscription(
    { query: CockpitRoundChanged, variables: { gameId } },
    (_p, e) => (refetch({ requestPolicy: 'network-only' }), e),
  );
  useInterval(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
  const [, openRound] = useMutation(OpenRoundMutation);
  const [, closeRound] = useMutation(CloseRoundMutation);
  const [, freeze] = useMutation(FreezeMutation);
  const [, reveal] = useMutation(RevealMutation);
  const [, adjust] = useMutation(AdjustScoreMutation);
  const [, setDeadlineOf] = useMutation(SetDeadlineMutation);
  const [, addBotTeam] = useMutation(AddBotMutation);
  const [deadline, setDeadline] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (error) return <Alert type="error" showIcon title={t('ui:error', { message: error.message })} />;
  if (!data) return <Spin />;
  const g = data.game;
  const current = g.rounds.find((r) => r.number === g.currentRound);
  const open = current?.status === 'OPEN';
  const nextNumber = open ? g.currentRound : g.currentRound + 1;
  const modules = g.scenario.rounds.find((r) => r.number === (current?.number ?? nextNumber))?.modules ?? [];
  const lastClosed = [...g.rounds].filter((r) => r.status === 'CLOSED').pop()?.number ?? 0;
  const versionOf = (teamId: string, m: (typeof MODULES)[number]) =>
    current?.submissions.find((s) => s.team.id === teamId)?.[FIELD[m]] ?? 0;
  const humans = g.teams.filter((x) => !x.botStrategy);
  const missing = humans.filter((x) =>
    modules.some((m) => versionOf(x.id, m as (typeof MODULES)[number]) === 0),
  ).length;
  // anything the cockpit shows changing (rounds, submissions, teams, adjustments, freeze, tokens) reloads the audit log
  const auditKey = JSON.stringify([
    g.rounds,
    g.teams.length,
    data.adjustments.length,
    g.freezeAfterRound,
    data.gameTokens,
  ]);
  const act = async (run: () => Promise<{ error?: { message: string }; ok?: string }>) => {
    setBusy(true);
    const r = await run();
    setBusy(false);
    if (r.error) message.error(r.error.message);
    else if (r.ok) message.success(r.ok);
    refetch({ requestPolicy: 'network-only' });
  };
  const doOpen = () =>
    act(async () => {
      const r = await openRound({ gameId, deadline });
      const a = r.data?.openRound;
      if (a?.__typename === 'RoundActionError')
        return { error: { message: t('refused', { code: a.errorCode, message: a.message }) } };
      return { error: r.error };
    });
  const moveDeadline = (to: string | null) =>
    act(async () => {
      const r = await setDeadlineOf({ gameId, deadline: to });
      const a = r.data?.setDeadline;
      if (a?.__typename === 'RoundActionError')
        return { error: { message: t('refused', { code: a.errorCode, message: a.message }) } };
      return { error: r.error, ok: r.error ? undefined : t('deadlineSet') };
    });
  const addBot = () =>
    act(async () => {
      const r = await addBotTeam({ gameId, strategy: 'ADAPTIVE', name: `Bot ${g.teams.length + 1}` });
      return { error: r.error, ok: r.data ? t('botAdded', { code: r.data.addBotTeam.code }) : undefined };
    });
  const doClose = () =>
    Modal.confirm({
      title: t('confirmClose', { n: g.currentRound }),
      content: t('confirmCloseBody', { missing, teams: humans.length }),
      onOk: () =>
        act(async () => {
          const r = await closeRound({ gameId });
          const a = r.data?.closeRound;
          if (a?.__typename === 'RoundActionError')
            return { error: { message: t('refused', { code: a.errorCode, message: a.message }) } };
          if (a?.__typename === 'RoundModel')
            return { ok: t('closed', { n: a.number, hash: (a.outcomeHash ?? '').slice(0, 12) }) };
          return { error: r.error };
        }),
    });
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('cockpitTitle', { game: g.name })}</Typography.Title>
      <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('status')}>
          <StatusTag kind="neutral">{t(`gameStatus_${g.status}`)}</StatusTag>{' '}
          {t('roundOf', { n: g.currentRound, total: g.roundCount })}{' '}
          {current && (
            <span data-testid="round-status">
              <StatusTag kind={open ? 'ok' : 'neutral'}>{t(`roundStatus_${current.status}`)}</StatusTag>
            </span>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('deadline')}>
          {current?.deadline ? formatDateTime(current.deadline, i18n.language) : t('noDeadline')}
          {g.roundMinutes ? (
            <Typography.Text type="secondary" data-testid="round-policy">
              {' '}
              ({t('roundPolicy', { n: g.roundMinutes })})
            </Typography.Text>
          ) : null}
        </Descriptions.Item>
        <Descriptions.Item label={t('scenario')}>{g.scenario.key}</Descriptions.Item>
      </Descriptions>
      <Space wrap>
        {!open && g.status !== 'FINISHED' && (
          <>
            <DatePicker
              showTime
              aria-label={t('deadlineOptional')}
              placeholder={t('deadlineOptional')}
              onChange={(d) => setDeadline(d ? d.toISOString() : null)}
            />
            <Button type="primary" loading={busy} onClick={() => void doOpen()}>
              {t('openRound', { n: nextNumber })}
            </Button>
          </>
        )}
        {open && (
          <>
            <Button type="primary" loading={busy} onClick={doClose}>
              {t('closeRound', { n: g.currentRound })}
            </Button>
            <DatePicker
              showTime
              aria-label={t('moveDeadline')}
              placeholder={t('moveDeadline')}
              onChange={(d) => setDeadline(d ? d.toISOString() : null)}
            />
            <Button disabled={deadline === null} onClick={() => void moveDeadline(deadline)}>
              {t('setDeadline')}
            </Button>
            {current?.deadline && <Button onClick={() => void moveDeadline(null)}>{t('removeDeadline')}</Button>}
          </>
        )}
        <Space size={4} data-testid="grader-token">
          {t('graderToken')}
          <TokenStateTag tokens={data.gameTokens.filter((k) => k.role === 'GRADER')} />
          <GraderTokenAction gameId={gameId} />
        </Space>
        {g.currentRound === 0 && (
          <Button onClick={() => void addBot()} data-testid="add-bot">
            {t('addBot')}
          </Button>
        )}
        {lastClosed > 0 && g.freezeAfterRound == null && (
          <Button
            onClick={() => void act(async () => ({ error: (await freeze({ gameId, afterRound: lastClosed })).error }))}
          >
            {t('freeze', { n: lastClosed })}
          </Button>
        )}
        {g.freezeAfterRound != null && (
          <Button onClick={() => void act(async () => ({ error: (await reveal({ gameId })).error }))}>
            {t('reveal')}
          </Button>
        )}
        <Button onClick={() => navigate(`/instructor/games/${gameId}/scoreboard`)}>{t('scoreboard')}</Button>
        <Button onClick={() => navigate(`/instructor/games/${gameId}/presenter`)}>{t('presenter')}</Button>
      </Space>
      {g.freezeAfterRound != null && <Alert type="info" showIcon title={t('frozenAfter', { n: g.freezeAfterRound })} />}
      <Card title={t('grid')}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={g.teams}
          data-testid="cockpit-grid"
          columns={[
            {
              title: t('team'),
              key: 't',
              render: (_x, x) => (
                <>
                  {x.code} {x.name} {x.botStrategy && <StatusTag kind="neutral">{t('bot')}</StatusTag>}
                </>
              ),
            },
            ...MODULES.filter((m) => modules.includes(m)).map((m) => ({
              title: t(`ui:module${m}`),
              key: m,
              render: (_x: unknown, x: (typeof g.teams)[number]) => {
                const v = versionOf(x.id, m);
                return (
                  <span data-testid={`cell-${x.code}-${m}`}>
                    {v > 0 ? <StatusTag kind="ok">{t('version', { v })}</StatusTag> : t('nothing')}
                  </span>
                );
              },
            })),
            {
              title: t('actions'),
              key: 'a',
              render: (_x, x) =>
                x.botStrategy ? null : (
                  <Space>
                    <TokenStateTag tokens={data.gameTokens.filter((k) => k.teamId === x.id)} />
                    <TeamTokenActions team={x} />
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      <ClassView gameId={gameId} rounds={g.rounds.filter((r) => r.status === 'CLOSED').map((r) => r.number)} />
      <AdjustmentCard
        teams={g.teams}
        rounds={g.rounds.filter((r) => r.status === 'CLOSED').map((r) => r.number)}
        audit={data.adjustments}
        onRecord={(input) =>
          act(async () => ({ error: (await adjust({ input: { ...input, gameId } })).error, ok: t('recorded') }))
        }
      />
      <AuditLogCard gameId={gameId} refreshKey={auditKey} />
    </Space>
  );
}

/** Calls `run` every `ms` while the page is shown. */
function useInterval(run: () => void, ms: number): void {
  useEffect(() => {
    const id = window.setInterval(run, ms);
    return () => window.clearInterval(id);
  }, [run, ms]);
}
