import { Alert, Button, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useViewer } from '../ui/viewer';
import { GraderBoardQuery, GraderGameQuery } from './grader-queries';
import { RoundSummary } from './round-summary';
import './grader-strings';

const BIG = { fontSize: 'clamp(20px, 3vw, 40px)', lineHeight: 1.4 };

/**
 * Presenter mode for the projector: the round's summary in figures (no team named), then the board in large
 * type, ranks revealed one at a time from the last place up. A frozen board shows only what teams may see:
 * the board and the summary as they stood after the frozen round.
 */
export function GraderPresenterPage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation('grader');
  // graders: the game of their token; instructors: the game in the address
  const viewerGame = useViewer().gameId;
  const gameId = params.gameId ?? viewerGame ?? '';
  const [picked, setPicked] = useState<number | null>(null);
  const [shown, setShown] = useState(0);
  const [game] = useQuery({ query: GraderGameQuery, variables: { gameId } });
  const [probe] = useQuery({ query: GraderBoardQuery, variables: { gameId, round: null } });
  const frozen = probe.data?.scoreboard.frozenAfterRound ?? null;
  const closed = (game.data?.game.rounds ?? [])
    .filter((r) => r.status === 'CLOSED' && (frozen === null || r.number <= frozen))
    .map((r) => r.number);
  const round = picked ?? null;
  // the summary of the chosen round, or of the last round the board shows
  const summaryRound = round ?? closed[closed.length - 1] ?? null;
  const [board] = useQuery({
    query: GraderBoardQuery,
    variables: { gameId, round: round ?? (frozen === null ? null : frozen) },
    pause: !probe.data,
  });
  const rows = board.data?.scoreboard.rows ?? [];
  // revealed from the last place up: the `shown` lowest-ranked rows are visible
  const visibleFrom = rows.length - shown;
  const error = game.error ?? probe.error ?? board.error;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('presenterTitle')}</Typography.Title>
      <Typography.Paragraph>{t('presenterIntro')}</Typography.Paragraph>
      {frozen !== null && <Alert type="info" showIcon title={t('frozen', { n: frozen })} />}
      <Space wrap>
        <Select
          aria-label={t('scope')}
          style={{ width: 240 }}
          value={round ?? 0}
          onChange={(v: number) => (setPicked(v === 0 ? null : v), setShown(0))}
          options={[{ value: 0, label: t('season') }, ...closed.map((n) => ({ value: n, label: t('roundN', { n }) }))]}
        />
        <Button type="primary" disabled={shown >= rows.length} onClick={() => setShown(shown + 1)}>
          {t('revealNext')}
        </Button>
        <Button onClick={() => setShown(rows.length)}>{t('revealAll')}</Button>
        <Button onClick={() => setShown(0)}>{t('hideAll')}</Button>
        <Typography.Text aria-live="polite">
          {t('revealed', { shown: Math.min(shown, rows.length), all: rows.length })}
        </Typography.Text>
      </Space>
      {error && <Alert type="error" showIcon title={t('ui:error', { message: error.message })} />}
      {summaryRound !== null && <RoundSummary gameId={gameId} round={summaryRound} />}
      {!board.data ? (
        <Spin />
      ) : (
        <ol style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="presenter-board">
          {rows.map((r, i) => {
            const visible = i >= visibleFrom;
            return (
              <li
                key={r.team.id}
                data-testid={visible ? 'revealed-rank' : 'hidden-rank'}
                style={{ ...BIG, display: 'flex', gap: 24, borderBottom: '1px solid #ddd', padding: '8px 0' }}
              >
                <strong style={{ width: '3em' }}>{r.rank}</strong>
                <span style={{ flex: 1 }}>{visible ? `${r.team.code} ${r.team.name}` : t('hidden')}</span>
                <span>{visible ? r.grade.toFixed(1) : ''}</span>
              </li>
            );
          })}
        </ol>
      )}
    </Space>
  );
}
