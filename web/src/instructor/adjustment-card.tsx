import { Button, Card, Form, Input, InputNumber, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import './instructor-strings';
import { formatDateTime } from '../ui/units';

interface Adjustment {
  id: string;
  round: number;
  teamId: string;
  points: number;
  reason: string;
  createdBy: string;
  createdAt: string;
}

interface AdjustForm {
  teamId: string;
  round: number;
  points: number;
  reason: string;
}

/** Record a bonus or penalty with its reason, and the audit of every adjustment: who, when, why. */
export function AdjustmentCard(props: {
  teams: readonly { id: string; code: string; name: string }[];
  rounds: number[];
  audit: readonly Adjustment[];
  onRecord: (input: AdjustForm) => Promise<void>;
}) {
  const { t, i18n } = useTranslation('instructor');
  const [form] = Form.useForm<AdjustForm>();
  const code = (id: string) => props.teams.find((x) => x.id === id)?.code ?? id;
  return (
    <Card title={t('adjustTitle')}>
      {props.rounds.length > 0 && (
        <Form<AdjustForm>
          form={form}
          layout="inline"
          onFinish={(v) => void props.onRecord(v).then(() => form.resetFields())}
          style={{ marginBottom: 16 }}
        >
          <Form.Item name="teamId" label={t('team')} rules={[{ required: true }]}>
            <Select
              style={{ width: 200 }}
              options={props.teams.map((x) => ({ value: x.id, label: `${x.code} ${x.name}` }))}
            />
          </Form.Item>
          <Form.Item name="round" label={t('currentRound')} rules={[{ required: true }]}>
            <Select style={{ width: 90 }} options={props.rounds.map((n) => ({ value: n, label: String(n) }))} />
          </Form.Item>
          <Form.Item name="points" label={t('points')} rules={[{ required: true }]}>
            <InputNumber min={-100} max={100} step={0.5} />
          </Form.Item>
          <Form.Item name="reason" label={t('reason')} rules={[{ required: true, whitespace: true }]}>
            <Input style={{ width: 240 }} />
          </Form.Item>
          <Space>
            <Button htmlType="submit">{t('record')}</Button>
          </Space>
        </Form>
      )}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={props.audit}
        columns={[
          { title: t('at'), key: 'at', render: (_x, a) => formatDateTime(a.createdAt, i18n.language) },
          { title: t('by'), dataIndex: 'createdBy', key: 'by' },
          { title: t('team'), key: 'team', render: (_x, a) => code(a.teamId) },
          { title: t('currentRound'), dataIndex: 'round', key: 'r' },
          { title: t('points'), dataIndex: 'points', key: 'p' },
          { title: t('reason'), dataIndex: 'reason', key: 'why' },
        ]}
      />
    </Card>
  );
}
