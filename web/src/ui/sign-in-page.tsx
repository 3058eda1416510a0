import { useState } from 'react';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';

/** Sign-in by pasting a token once (a join link signs in without this page). */
export function SignInPage({ onToken, problem }: { onToken: (token: string) => void; problem: string | null }) {
  const { t } = useTranslation();
  const [token, setToken] = useState('');
  return (
    <main style={{ maxWidth: 480, margin: '10vh auto', padding: 16 }}>
      <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('appName')}</h1>} extra={<LanguageSwitch />}>
        {problem && <Alert type="error" showIcon title={t('tokenRejected', { message: problem })} />}
        <Form layout="vertical" onFinish={() => onToken(token)} style={{ marginTop: 16 }}>
          <Form.Item label={t('tokenLabel')} htmlFor="token" required help={t('tokenHelp')}>
            <Input.Password id="token" value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" />
          </Form.Item>
          <Button type="primary" htmlType="submit" disabled={token.trim() === ''}>
            {t('signIn')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
