import { Alert, Button, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QrCode } from './qr-code';

export interface SheetLine {
  role: 'TEAM' | 'GRADER';
  code: string;
  name: string;
  token: string;
}

/** A join link: the console at `/` with the token in the fragment (never sent to the server, never logged). */
export const joinLink = (token: string) => `${window.location.origin}/#token=${encodeURIComponent(token)}`;

const csvCell = (v: string) => (/[",\n\r]/.test(v) || /^[=+\-@]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The token sheet: every team's (and the grader's) name, join link and QR code, printable and as CSV; shown once. */
export function TokenSheet({ game, lines, onDone }: { game: string; lines: SheetLine[]; onDone: () => void }) {
  const { t } = useTranslation('instructor');
  const downloadCsv = () => {
    const rows = [
      ['role', 'code', 'name', 'token', 'join link'],
      ...lines.map((l) => [l.role, l.code, l.name, l.token, joinLink(l.token)]),
    ];
    const text = `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `tokens-${game.replace(/[^\w-]+/g, '_')}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="token-sheet">
      {/* printed: the sheet alone, without the console's top bar and buttons */}
      <style>{'@media print { .no-print, .ant-layout-header { display: none !important; } }'}</style>
      <Typography.Title level={2}>{t('sheetTitle', { game })}</Typography.Title>
      <Alert type="warning" showIcon title={t('sheetHelp')} className="no-print" />
      <Space className="no-print">
        <Button onClick={() => window.print()}>{t('print')}</Button>
        <Button onClick={downloadCsv} data-testid="tokens-csv">
          {t('downloadCsv')}
        </Button>
        <Button type="primary" onClick={onDone}>
          {t('done')}
        </Button>
      </Space>
      <Table
        size="small"
        rowKey={(l) => `${l.role}/${l.code}`}
        pagination={false}
        dataSource={lines}
        columns={[
          { title: t('role'), key: 'r', render: (_x, l) => (l.role === 'GRADER' ? t('grader') : t('team')) },
          { title: t('team'), key: 'n', render: (_x, l) => `${l.code} ${l.name}` },
          {
            title: t('joinLink'),
            key: 'l',
            render: (_x, l) => (
              <Typography.Text copyable style={{ wordBreak: 'break-all' }} data-testid="join-link">
                {joinLink(l.token)}
              </Typography.Text>
            ),
          },
          {
            title: t('qr'),
            key: 'q',
            render: (_x, l) => <QrCode text={joinLink(l.token)} label={`${t('qr')} ${l.code} ${l.name}`} />,
          },
        ]}
      />
    </Space>
  );
}
