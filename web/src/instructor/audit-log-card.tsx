import { Card, Select, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AuditLogQuery } from './instructor-queries';
import './instructor-strings';
import { formatDateTime } from '../ui/units';

/** Entries per page of the audit table. */
const PAGE = 15;

/** Every action the server records in a game, with its label key. */
export const AUDIT_ACTIONS = [
  'GAME_CREATED',
  'ROUND_OPENED',
  'DEADLINE_SET',
  'DECISIONS_SUBMITTED',
  'ROUND_CLOSED',
  'SCORE_ADJUSTED',
  'SCOREBOARD_FROZEN',
  'SCOREBOARD_REVEALED',
  'BOT_TEAM_ADDED',
  'TOKEN_ROTATED',
  'TOKEN_REVOKED',
  'GRADER_TOKEN_CREATED',
] as const;

/** One value of an action's details: hashes shortened, lists joined, a module's version as "SELECTION v2". */
function valueText(v: unknown): string {
  if (Array.isArray(v)) return v.map(valueText).join(', ');
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.module === 'string' && typeof o.version === 'number') return `${o.module} v${o.version}`;
    return Object.values(o).map(valueText).join(' ');
  }
  const text = String(v);
  return /^[0-9a-f]{40,}$/.test(text) ? `${text.slice(0, 12)}…` : text;
}

/** An action's details as "key: value" pairs, for one table cell, each key named by `label`. */
export function detailText(json: string, label: (key: string) => string = (key) => key): string {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return valueText(value);
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${label(k)}: ${valueText(v)}`)
    .join(' · ');
}

/**
 * The game's audit log for its instructor: who did what and when — games,
 * rounds, deadlines, submissions, closes, adjustments, freezes, bots and
 * tokens — newest first, a page at a time, filtered by action. It reloads
 * whenever the cockpit does (`refreshKey`).
 */
export function AuditLogCard(props: { gameId: string; refreshKey: string }) {
  const { t, i18n } = useTranslation('instructor');
  const [page, setPage] = useState(1);
  const [action, setAction] = useState<string | null>(null);
  const [{ data, fetching }, refetch] = useQuery({
    query: AuditLogQuery,
    variables: { gameId: props.gameId, limit: PAGE, offset: (page - 1) * PAGE, action },
    requestPolicy: 'cache-and-network',
  });
  useEffect(() => refetch({ requestPolicy: 'network-only' }), [props.refreshKey, refetch]);
  const log = data?.auditLog;
  return (
    <Card
      data-testid="audit-log"
      title={t('auditLogTitle')}
      extra={
        <Select
          allowClear
          aria-label={t('auditFilter')}
          placeholder={t('auditFilter')}
          style={{ width: 240 }}
          value={action}
          onChange={(v: string | undefined) => (setAction(v ?? null), setPage(1))}
          options={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`action_${a}`) }))}
        />
      }
    >
      <Table
        size="small"
        rowKey="id"
        loading={fetching && !log}
        dataSource={log?.entries ?? []}
        pagination={{
          current: page,
          pageSize: PAGE,
          total: log?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
        }}
        columns={[
          { title: t('at'), key: 'at', render: (_x, e) => formatDateTime(e.at, i18n.language) },
          {
            title: t('by'),
            key: 'by',
            render: (_x, e) => (e.actorTeam ? `${t('team')} ${e.actorTeam}` : t(`role_${e.actorRole}`)),
          },
          {
            title: t('auditAction'),
            key: 'action',
            render: (_x, e) => <Tag>{t(`action_${e.action}`, { defaultValue: e.action })}</Tag>,
          },
          {
            title: t('auditDetail'),
            key: 'detail',
            render: (_x, e) => detailText(e.detail, (k) => t(`detail_${k}`, { defaultValue: k })),
          },
        ]}
      />
    </Card>
  );
}
