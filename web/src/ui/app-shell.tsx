import { useEffect, useMemo } from 'react';
import { Button, Layout, Menu, Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';
import { matchPath, useLocation } from './router';
import type { RouteDef } from './routes-types';
import { useViewer } from './viewer';

/** The signed-in console: a top bar with the pages of the viewer's role, the language switch and sign-out. */
export function AppShell({ routes }: { routes: RouteDef[] }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { path, navigate } = useLocation();
  const mine = useMemo(() => routes.filter((r) => r.roles.includes(viewer.role)), [routes, viewer.role]);
  const home = mine.find((r) => r.menuKey)?.path;
  useEffect(() => {
    if (path === '/' && home) navigate(home);
  }, [path, home, navigate]);
  const match = mine.map((r) => ({ r, params: matchPath(r.path, path) })).find((m) => m.params !== null);
  const who = viewer.team ? `${viewer.team.code} ${viewer.team.name}` : t(`role${viewer.role}`);
  const Page = match?.r.page;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 16 }}>
        <Typography.Text strong style={{ color: '#fff', whiteSpace: 'nowrap' }}>
          {t('appName')}
        </Typography.Text>
        <Menu
          theme="dark"
          mode="horizontal"
          style={{ flex: 1, minWidth: 0 }}
          selectedKeys={match ? [match.r.path] : []}
          items={mine
            .filter((r) => r.menuKey)
            .map((r) => ({
              key: r.path,
              label: (
                <a href={r.path} onClick={(e) => (e.preventDefault(), navigate(r.path))}>
                  {t(r.menuKey ?? '')}
                </a>
              ),
            }))}
        />
        <Space>
          <Typography.Text style={{ color: '#fff' }}>
            {t('signedInAs', { who, role: t(`role${viewer.role}`) })}
          </Typography.Text>
          <LanguageSwitch />
          <Button size="small" onClick={viewer.signOut}>
            {t('signOut')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1280, width: '100%', margin: '0 auto' }}>
        <main>
          {Page && match.params ? (
            <Page params={match.params} />
          ) : mine.length === 0 ? (
            <Result status="info" title={t('noPagesForRole')} />
          ) : path === '/' ? null : (
            <Result status="404" title={t('notFound')} />
          )}
        </main>
      </Layout.Content>
    </Layout>
  );
}
