import { Alert, App, Button, Input, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useViewer } from '../ui/viewer';
import { downloadExport, type ExportFormat } from './downloads';
import { GraderBoardQuery, GraderGameQuery } from './grader-queries';
import { PointsDrawer, type PickedTeam } from './points-drawer';
import './grader-strings';
import { MODULES } from '../ui/modules';

const FORMATS: ExportFormat[] = ['xlsx', 'csv', 'json'];
const fixed = (x: number | null | undefined, d = 2) => (x === null || x === undefined ? '—' : x.toFixed(d));

/**
 * The grader's desk: the season board (grade, luck-adjusted grade, totals) or one round's board, sortable and
 * filterable; a team's points explained in a drawer; CSV, XLSX and JSON downloads through the browser.
 */
export function GraderScoreboardPage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation('grader');
  const { message } = App.useApp();
  // graders: the game of their token; instructors: the game in the address
  const viewerGame = useViewer().gameId;
  const gameId = params.gameId ?? viewerGame ?? '';
  const [round, setRound] = useState<number | null>(null);
  const [filter, setFilter] = useState('');
  const [picked, setPicked] = useState<PickedTeam | null>(null);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [game] = useQuery({ query: GraderGameQuery, variables: { gameId } });
  const [board] = useQuery({
    query: GraderBoardQuery,
    variables: { gameId, round },
    requestPolicy: 'cache-and-network',
  });
  const closed = (game.data?.game.rounds ?? []).filter((r) => r.status === 'CLOSED').map((r) => r.number);
  const b = board.data?.scoreboard;
  const rows = (b?.rows ?? []).filter((r) =>
    `${r.team.code} ${r.team.name}`.toLowerCase().includes(filter.trim().toLowerCase()),
  );
  const download = async (format: ExportFormat) => {
    setBusy(format);
    try {
      message.success(t('downloaded', { name: await downloadExport(gameId, format) }));
    } catch (e) {
      message.error(t('downloadFailed', { message: (e as Error).message }));
    } finally {
      setBusy(null);
    }
  };
  const error = game.error ?? board.error;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>
        {t('boardTitle')}
        {game.data && <Typography.Text type="secondary"> — {game.data.game.name}</Typography.Text>}
      </Typography.Title>
      <Space wrap>
        <Select
          aria-label={t('scope')}
          style={{ width: 240 }}
          value={round ?? 0}
          onChange={(v: number) => setRound(v === 0 ? null : v)}
          options={[{ value: 0, label: t('season') }, ...closed.map((n) => ({ value: n, label: t('roundN', { n }) }))]}
        />
        <Input.Search
          aria-label={t('filter')}
          placeholder={t('filter')}
          allowClear
          style={{ width: 220 }}
          onChange={(e) => setFilter(e.target.value)}
        />
        <Typography.Text>{t('downloads')}:</Typography.Text>
        {FORMATS.map((f) => (
          <Button key={f} loading={busy === f} onClick={() => void download(f)} data-testid={`download-${f}`}>
            {f.toUpperCase()}
          </Button>
        ))}
      </Space>
      {error && <Alert type="error" showIcon title={t('ui:error', { message: error.message })} />}
      {b?.frozenAfterRound != null && <Alert type="info" showIcon title={t('frozen', { n: b.frozenAfterRound })} />}
      {b && <Typography.Text type="secondary">{t('rankedBy', { by: t(`rankBy${b.rankBy}`) })}</Typography.Text>}
      {!b ? (
        <Spin />
      ) : b.closedRounds === 0 ? (
        <Alert type="info" showIcon title={t('noClosedRound')} />
      ) : (
        <Table
          size="small"
          rowKey={(r) => r.team.id}
          dataSource={rows}
          pagination={false}
          scroll={{ x: true }}
          onRow={(r) => ({ onClick: () => setPicked(r.team), style: { cursor: 'pointer' } })}
          columns={[
            {
              title: t('rank'),
              dataIndex: 'rank',
              key: 'rank',
              sorter: (x, y) => x.rank - y.rank,
              defaultSortOrder: 'ascend',
            },
            {
              title: t('team'),
              key: 'team',
              sorter: (x, y) => x.team.code.localeCompare(y.team.code),
              render: (_x, r) => (
                <Button size="small" onClick={() => setPicked(r.team)}>
                  {r.team.code} {r.team.name}
                </Button>
              ),
            },
            ...MODULES.map((m) => ({
              title: t(`ui:module${m}`),
              key: m,
              align: 'right' as const,
              sorter: (x: (typeof rows)[number], y: (typeof rows)[number]) => score(x, m) - score(y, m),
              render: (_x: unknown, r: (typeof rows)[number]) => fixed(score(r, m), 1),
            })),
            {
              title: t('total'),
              key: 'total',
              align: 'right',
              sorter: (x, y) => x.total - y.total,
              render: (_x, r) => fixed(r.total),
            },
            { title: t('luckTotal'), key: 'luckTotal', align: 'right', render: (_x, r) => fixed(r.luckTotal) },
            {
              title: t('grade'),
              key: 'grade',
              align: 'right',
              sorter: (x, y) => x.grade - y.grade,
              render: (_x, r) => <strong>{fixed(r.grade)}</strong>,
            },
            {
              title: t('luckGrade'),
              key: 'luckGrade',
              align: 'right',
              sorter: (x, y) => (x.luckGrade ?? 0) - (y.luckGrade ?? 0),
              render: (_x, r) => fixed(r.luckGrade),
            },
            {
              title: t('adjustment'),
              key: 'adj',
              align: 'right',
              render: (_x, r) => (r.adjustment === 0 ? '' : fixed(r.adjustment)),
            },
            {
              title: t('autopilotRounds'),
              key: 'autopilot',
              align: 'right',
              render: (_x, r) => (r.autopilotRounds > 0 ? <Tag color="warning">{r.autopilotRounds}</Tag> : ''),
            },
            {
              title: t('absentRounds'),
              key: 'absent',
              align: 'right',
              render: (_x, r) => (r.absentRounds > 0 ? <Tag color="warning">{r.absentRounds}</Tag> : ''),
            },
          ]}
        />
      )}
      <PointsDrawer
        key={picked?.id ?? 'none'}
        gameId={gameId}
        team={picked}
        rounds={closed}
        round={round ?? closed[closed.length - 1] ?? 0}
        onClose={() => setPicked(null)}
      />
    </Space>
  );
}

function score(r: { modules: readonly { module: string; score: number }[] }, m: string): number {
  return r.modules.find((x) => x.module === m)?.score ?? 0;
}
