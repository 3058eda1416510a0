import { Alert, App, Button, Card, Form, Input, InputNumber, Select, Space, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useLocalized } from '../ui/localized';
import { Link, useLocation } from '../ui/router';
import { CreateGameMutation, InstructorGamesQuery, InstructorScenariosQuery } from './instructor-queries';
import { TokenSheet, type SheetLine } from './token-sheet';
import './instructor-strings';
import { formatDateTime } from '../ui/units';

const STRATEGIES = ['ADAPTIVE', 'VOLUME', 'PREMIUM_NICHE', 'ADS_HEAVY', 'WAREHOUSE', 'COST_PLUS', 'RANDOM'] as const;

interface CreateForm {
  scenario: string;
  name: string;
  teams: string;
  bots: number;
  strategy: (typeof STRATEGIES)[number];
  seed?: number | null;
  roundMinutes?: number | null;
}

/** Games: the list (to the cockpit), and a form that creates a game and then shows its token sheet once. */
export function InstructorGamesPage() {
  const { t, i18n } = useTranslation('instructor');
  const { message } = App.useApp();
  const local = useLocalized();
  const { navigate } = useLocation();
  const [games, refetch] = useQuery({ query: InstructorGamesQuery, requestPolicy: 'cache-and-network' });
  const [scenarios] = useQuery({ query: InstructorScenariosQuery });
  const [, createGame] = useMutation(CreateGameMutation);
  const [sheet, setSheet] = useState<{ gameId: string; game: string; lines: SheetLine[] } | null>(null);
  const [form] = Form.useForm<CreateForm>();
  if (sheet)
    return (
      <TokenSheet game={sheet.game} lines={sheet.lines} onDone={() => navigate(`/instructor/games/${sheet.gameId}`)} />
    );

  const create = async (v: CreateForm) => {
    const [scenarioId, version] = v.scenario.split('@');
    const teams = v.teams
      .split('\n')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const bots = Array.from({ length: v.bots ?? 0 }, (_, i) => ({
      strategy: v.strategy,
      name: `Bot ${i + 1} (${v.strategy})`,
    }));
    if (teams.length + bots.length === 0) return message.error(t('teamsRequired'));
    const r = await createGame({
      input: {
        scenarioId,
        scenarioVersion: Number(version),
        name: v.name.trim(),
        teams,
        bots,
        seed: v.seed ?? null,
        roundMinutes: v.roundMinutes ?? null,
      },
    });
    const c = r.data?.createGame;
    if (r.error || !c) return message.error(t('ui:error', { message: r.error?.message ?? '?' }));
    refetch({ requestPolicy: 'network-only' });
    setSheet({
      gameId: c.game.id,
      game: c.game.name,
      lines: [
        ...c.teams
          .filter((x) => !x.team.botStrategy)
          .map((x): SheetLine => ({ role: 'TEAM', code: x.team.code, name: x.team.name, token: x.token })),
        { role: 'GRADER', code: '—', name: t('grader'), token: c.graderToken },
      ],
    });
  };
  const error = games.error ?? scenarios.error;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('gamesTitle')}</Typography.Title>
      {error && <Alert type="error" showIcon title={t('ui:error', { message: error.message })} />}
      {!games.data ? (
        <Spin />
      ) : (
        <Table
          size="small"
          rowKey="id"
          pagination={{ pageSize: 20 }}
          dataSource={games.data.games}
          columns={[
            { title: t('game'), key: 'g', render: (_x, g) => <Link to={`/instructor/games/${g.id}`}>{g.name}</Link> },
            { title: t('scenario'), dataIndex: 'scenarioKey', key: 's' },
            { title: t('status'), key: 'st', render: (_x, g) => t(`gameStatus_${g.status}`) },
            { title: t('currentRound'), key: 'r', render: (_x, g) => `${g.currentRound} / ${g.roundCount}` },
            { title: t('created'), key: 'c', render: (_x, g) => formatDateTime(g.createdAt, i18n.language) },
          ]}
        />
      )}
      <Card title={t('createTitle')}>
        <Form<CreateForm>
          form={form}
          layout="vertical"
          initialValues={{ bots: 0, strategy: 'ADAPTIVE', teams: '' }}
          onFinish={(v) => void create(v)}
          style={{ maxWidth: 640 }}
        >
          <Form.Item name="scenario" label={t('scenario')} rules={[{ required: true }]}>
            <Select
              options={(scenarios.data?.scenarios ?? []).map((s) => ({
                value: `${s.id}@${s.version}`,
                label: `${local(s.title)} (${s.key})`,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('name')}
            rules={[{ required: true, whitespace: true, message: t('nameRequired') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="teams" label={t('teams')}>
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="bots" label={t('botCount')}>
              <InputNumber min={0} max={100} />
            </Form.Item>
            <Form.Item name="strategy" label={t('botStrategy')}>
              <Select style={{ width: 200 }} options={STRATEGIES.map((s) => ({ value: s, label: s }))} />
            </Form.Item>
            <Form.Item name="seed" label={t('seed')}>
              <InputNumber min={0} max={2147483647} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="roundMinutes" label={t('roundMinutes')} tooltip={t('roundMinutesHelp')}>
              <InputNumber min={1} max={40320} style={{ width: 160 }} />
            </Form.Item>
          </Space>
          <Button type="primary" htmlType="submit">
            {t('create')}
          </Button>
        </Form>
      </Card>
    </Space>
  );
}
