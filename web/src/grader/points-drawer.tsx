import { Alert, Card, Drawer, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PointsTable } from '../student/results/points-table';
import { GraderPointsQuery } from './grader-queries';
import './grader-strings';

export interface PickedTeam {
  id: string;
  code: string;
  name: string;
}

/** One team's points of a closed round: per module every KPI with its value, band, points and definition. */
export function PointsDrawer(props: {
  gameId: string;
  team: PickedTeam | null;
  rounds: number[];
  round: number;
  onClose: () => void;
}) {
  const { t } = useTranslation('grader');
  const [round, setRound] = useState(props.round);
  const shown = props.rounds.includes(round) ? round : props.round;
  const [{ data, error, fetching }] = useQuery({
    query: GraderPointsQuery,
    variables: { gameId: props.gameId, round: shown, teamId: props.team?.id ?? '' },
    pause: !props.team || shown === 0,
  });
  const rep = data?.teamReport;
  return (
    <Drawer
      open={props.team !== null}
      onClose={props.onClose}
      size="large"
      title={props.team ? t('pointsOf', { team: `${props.team.code} ${props.team.name}`, n: shown }) : ''}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Select
          aria-label={t('pointsRound')}
          value={shown}
          style={{ width: 160 }}
          onChange={setRound}
          options={props.rounds.map((n) => ({ value: n, label: t('roundN', { n }) }))}
        />
        {error && <Alert type="error" showIcon title={t('ui:error', { message: error.message })} />}
        {fetching && !rep && <Spin />}
        {rep && rep.lossFactor < 1 && (
          <Alert type="warning" showIcon title={t('lossFactor', { factor: rep.lossFactor.toFixed(2) })} />
        )}
        {rep?.scores
          .filter((s) => s.enabled)
          .map((s) => (
            <Card
              key={s.module}
              size="small"
              title={t(`ui:module${s.module}`)}
              extra={t('moduleScore', { score: s.score.toFixed(1) })}
              data-testid={`points-${s.module}`}
            >
              <PointsTable points={s.points} />
            </Card>
          ))}
        {rep && (
          <Typography.Text type="secondary">
            {t('total')}: {rep.total.toFixed(2)}
          </Typography.Text>
        )}
      </Space>
    </Drawer>
  );
}
