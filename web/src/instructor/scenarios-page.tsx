import { Alert, App, Button, Card, Input, List, Radio, Space, Spin, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { useLocalized } from '../ui/localized';
import { ImportScenarioMutation, InstructorScenariosQuery, ValidateScenarioQuery } from './instructor-queries';
import './instructor-strings';

interface Issue {
  line: number;
  column: number;
  path: string;
  message: string;
}

/** Scenarios: every stored version with its markets and modules per round; import by paste or upload, errors at their line. */
export function InstructorScenariosPage() {
  const { t } = useTranslation('instructor');
  const { message } = App.useApp();
  const local = useLocalized();
  const [{ data, error }, refetch] = useQuery({ query: InstructorScenariosQuery });
  const [, importScenario] = useMutation(ImportScenarioMutation);
  const [source, setSource] = useState('');
  const [format, setFormat] = useState<'YAML' | 'JSON'>('YAML');
  const [issues, setIssues] = useState<{ message: string; errors: Issue[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [warnings, setWarnings] = useState<Issue[]>([]);
  const client = useClient();
  const validate = async () => {
    setBusy(true);
    const r = await client
      .query(ValidateScenarioQuery, { source, format }, { requestPolicy: 'network-only' })
      .toPromise();
    setBusy(false);
    const v = r.data?.validateScenario;
    if (r.error || !v) return message.error(t('ui:error', { message: r.error?.message ?? '?' }));
    setWarnings(v.warnings);
    setIssues(v.ok ? null : { message: t('invalidCount', { n: v.errors.length }), errors: v.errors });
    if (v.ok) message.success(t('valid', { key: v.key ?? '' }));
  };
  const run = async () => {
    setBusy(true);
    const r = await importScenario({ source, format });
    setBusy(false);
    const answer = r.data?.importScenario;
    if (r.error || !answer) return message.error(t('ui:error', { message: r.error?.message ?? '?' }));
    if (answer.__typename === 'ScenarioInvalid') return setIssues({ message: answer.message, errors: answer.errors });
    setIssues(null);
    if (answer.__typename === 'ScenarioImported') {
      setWarnings(answer.warnings);
      message.success(t(answer.created ? 'imported' : 'alreadyStored', { key: answer.scenario.key }));
      refetch({ requestPolicy: 'network-only' });
    }
  };
  const lines = source.split('\n');
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('scenariosTitle')}</Typography.Title>
      {error && <Alert type="error" showIcon title={t('ui:error', { message: error.message })} />}
      {!data ? (
        <Spin />
      ) : (
        <Table
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={data.scenarios}
          columns={[
            { title: t('scenario'), key: 'k', render: (_x, s) => `${local(s.title)} (${s.key})` },
            { title: t('origin'), dataIndex: 'origin', key: 'o' },
            { title: t('markets'), key: 'm', render: (_x, s) => s.markets.map((m) => m.code).join(', ') },
            { title: t('rounds'), dataIndex: 'roundCount', key: 'r', align: 'right' },
            {
              title: t('modulesPerRound'),
              key: 'mods',
              render: (_x, s) =>
                s.rounds.map((r) => `${r.number}: ${r.modules.map((m) => t(`ui:module${m}`)).join(' · ')}`).join(' | '),
            },
          ]}
        />
      )}
      <Card title={t('importTitle')}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph>{t('importHelp')}</Typography.Paragraph>
          <Space wrap>
            <Radio.Group
              value={format}
              onChange={(e) => setFormat(e.target.value as 'YAML' | 'JSON')}
              aria-label={t('format')}
            >
              <Radio.Button value="YAML">YAML</Radio.Button>
              <Radio.Button value="JSON">JSON</Radio.Button>
            </Radio.Group>
            <Upload
              accept=".yaml,.yml,.json"
              showUploadList={false}
              beforeUpload={(file) => {
                void file.text().then((text) => {
                  setSource(text);
                  setFormat(file.name.toLowerCase().endsWith('.json') ? 'JSON' : 'YAML');
                });
                return false;
              }}
            >
              <Button>{t('chooseFile')}</Button>
            </Upload>
          </Space>
          <Input.TextArea
            aria-label={t('source')}
            value={source}
            onChange={(e) => setSource(e.target.value)}
            autoSize={{ minRows: 8, maxRows: 24 }}
            style={{ fontFamily: 'monospace' }}
          />
          <Space>
            <Button loading={busy} disabled={source.trim() === ''} onClick={() => void validate()}>
              {t('validate')}
            </Button>
            <Button type="primary" loading={busy} disabled={source.trim() === ''} onClick={() => void run()}>
              {t('import')}
            </Button>
          </Space>
          {warnings.length > 0 && (
            <IssueAlert
              type="warning"
              title={t('warnings', { n: warnings.length })}
              issues={warnings}
              lines={lines}
              testId="scenario-warnings"
            />
          )}
          {issues && (
            <IssueAlert
              type="error"
              title={t('invalid', { message: issues.message })}
              issues={issues.errors}
              lines={lines}
              testId="scenario-errors"
            />
          )}
        </Space>
      </Card>
    </Space>
  );
}

/** Errors or warnings of a scenario source, each at its line and column, with that line of the source beside it. */
function IssueAlert(props: {
  type: 'error' | 'warning';
  title: string;
  issues: readonly Issue[];
  lines: readonly string[];
  testId: string;
}) {
  const { t } = useTranslation('instructor');
  return (
    <Alert
      type={props.type}
      showIcon
      title={props.title}
      description={
        <List
          size="small"
          dataSource={props.issues as Issue[]}
          data-testid={props.testId}
          renderItem={(e) => (
            <List.Item>
              <Space direction="vertical" size={0}>
                <Typography.Text strong>
                  {t('lineColumn', { line: e.line, column: e.column })} · {e.path || '(document)'}: {e.message}
                </Typography.Text>
                {props.lines[e.line - 1] !== undefined && (
                  <Typography.Text code>
                    {e.line}: {props.lines[e.line - 1]}
                  </Typography.Text>
                )}
              </Space>
            </List.Item>
          )}
        />
      }
    />
  );
}
