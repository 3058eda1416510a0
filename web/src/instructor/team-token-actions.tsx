import { App, Button, Modal, Popconfirm, Space, Tooltip, Typography } from 'antd';
import { StatusTag } from '../ui/status-tag';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { RevokeTeamTokenMutation, RotateGraderMutation, RotateTeamTokenMutation } from './instructor-queries';
import { joinLink } from './token-sheet';
import './instructor-strings';
import { formatDateTime } from '../ui/units';

/** Rotate (a new token, shown once with its join link) or revoke a team's tokens, each after a confirmation. */
export function TeamTokenActions({ team }: { team: { id: string; code: string; name: string } }) {
  const { t } = useTranslation('instructor');
  const { message } = App.useApp();
  const [, rotate] = useMutation(RotateTeamTokenMutation);
  const [, revoke] = useMutation(RevokeTeamTokenMutation);
  const label = `${team.code} ${team.name}`;
  return (
    <Space>
      <Popconfirm
        title={`${t('rotate')} ${label}?`}
        onConfirm={async () => {
          const r = await rotate({ teamId: team.id });
          const token = r.data?.rotateTeamToken.token;
          if (!token) return void message.error(r.error?.message ?? '?');
          Modal.info({
            title: t('rotated', { team: label, token: '' }),
            width: 640,
            content: (
              <Typography.Paragraph copyable={{ text: joinLink(token) }} style={{ wordBreak: 'break-all' }}>
                {joinLink(token)}
              </Typography.Paragraph>
            ),
          });
        }}
      >
        <Button size="small">{t('rotate')}</Button>
      </Popconfirm>
      <Popconfirm
        title={`${t('revoke')} ${label}?`}
        onConfirm={async () => {
          const r = await revoke({ teamId: team.id });
          if (r.error) return void message.error(r.error.message);
          message.success(t('revoked', { n: r.data?.revokeTeamToken.revoked ?? 0 }));
        }}
      >
        <Button size="small">{t('revoke')}</Button>
      </Popconfirm>
    </Space>
  );
}

/** A new grader token for the game (every earlier one revoked), its join link shown once. */
export function GraderTokenAction({ gameId }: { gameId: string }) {
  const { t } = useTranslation('instructor');
  const { message } = App.useApp();
  const [, rotate] = useMutation(RotateGraderMutation);
  return (
    <Popconfirm
      title={t('newGraderToken')}
      onConfirm={async () => {
        const r = await rotate({ gameId });
        const token = r.data?.rotateGraderToken.token;
        if (!token) return void message.error(r.error?.message ?? '?');
        Modal.info({
          title: t('graderRotated'),
          width: 640,
          content: (
            <Typography.Paragraph copyable={{ text: joinLink(token) }} style={{ wordBreak: 'break-all' }}>
              {joinLink(token)}
            </Typography.Paragraph>
          ),
        });
      }}
    >
      <Button>{t('newGraderToken')}</Button>
    </Popconfirm>
  );
}

/** A token as the cockpit sees it (gameTokens): never its secret. */
export interface TokenStateLine {
  role: string;
  teamId?: string | null;
  state: string;
  createdAt: string;
  expiresAt?: string | null;
}

const STATE_KIND = { LIVE: 'ok', REVOKED: 'error', EXPIRED: 'warn' } as const;

/**
 * The state of the newest of the given tokens (live, revoked, expired), with
 * when it was made and until when it works on hover; "none" without any.
 */
export function TokenStateTag({ tokens }: { tokens: readonly TokenStateLine[] }) {
  const { t, i18n } = useTranslation('instructor');
  const newest = [...tokens].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0];
  if (!newest) return <StatusTag kind="neutral">{t('tokenNone')}</StatusTag>;
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  const hint = [
    t('tokenSince', { at: when(newest.createdAt) }),
    newest.expiresAt ? t('tokenUntil', { at: when(newest.expiresAt) }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Tooltip title={hint}>
      <span>
        <StatusTag kind={STATE_KIND[newest.state as keyof typeof STATE_KIND] ?? 'neutral'} data-testid="token-state">
          {t(`token_${newest.state}`)}
        </StatusTag>
      </span>
    </Tooltip>
  );
}
