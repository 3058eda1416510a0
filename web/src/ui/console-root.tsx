import { useCallback, useEffect, useMemo, useState } from 'react';
import { App as AntApp, Button, ConfigProvider, Result, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { Provider, useQuery } from 'urql';
import { graphql } from '../generated';
import { AppShell } from './app-shell';
import { createGraphqlClient } from './graphql-client';
import { Router } from './router';
import type { Role, RouteDef } from './routes-types';
import { currentToken, forgetToken, saveToken } from './session';
import { SignInPage } from './sign-in-page';
import { ViewerContext } from './viewer';

const MeQuery = graphql(`
  query Me {
    me {
      role
      gameId
      team {
        id
        code
        name
      }
    }
  }
`);

/** Asks the server who the token belongs to; a refused token returns to the sign-in page with the reason. */
function SignedInConsole({ routes, signOut }: { routes: RouteDef[]; signOut: (problem: string | null) => void }) {
  const { t } = useTranslation();
  const [{ data, error }, refetch] = useQuery({ query: MeQuery, requestPolicy: 'network-only' });
  const refused = error?.graphQLErrors.find((e) => e.extensions?.code === 'UNAUTHENTICATED');
  useEffect(() => {
    if (refused) signOut(refused.message);
  }, [refused, signOut]);
  if (refused) return null;
  if (error)
    return (
      <Result
        status="warning"
        title={t('error', { message: error.message })}
        extra={<Button onClick={() => refetch({ requestPolicy: 'network-only' })}>{t('retry')}</Button>}
      />
    );
  if (!data) return <Spin fullscreen tip={t('loading')} />;
  const viewer = {
    role: data.me.role as Role,
    gameId: data.me.gameId ?? null,
    team: data.me.team ?? null,
    signOut: () => signOut(null),
  };
  return (
    <ViewerContext.Provider value={viewer}>
      <AppShell routes={routes} />
    </ViewerContext.Provider>
  );
}

/** Ant Design's blue and greys darkened to at least 4.5:1 contrast (WCAG AA), for every page. */
const THEME = {
  token: {
    colorPrimary: '#0958d9',
    colorTextDisabled: 'rgba(0, 0, 0, 0.56)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.56)',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
  },
};

/** The whole console: Ant Design in the chosen language, the router, sign-in or the signed-in shell. */
export function ConsoleRoot({ routes }: { routes: RouteDef[] }) {
  const { i18n } = useTranslation();
  const [token, setToken] = useState<string | null>(currentToken());
  const [problem, setProblem] = useState<string | null>(null);
  const client = useMemo(() => (token ? createGraphqlClient(token) : null), [token]);
  const signIn = useCallback((value: string) => {
    saveToken(value);
    setProblem(null);
    setToken(value.trim());
  }, []);
  const signOut = useCallback((reason: string | null) => {
    forgetToken();
    setProblem(reason);
    setToken(null);
  }, []);
  return (
    <ConfigProvider locale={i18n.language === 'zh' ? zhCN : enUS} theme={THEME}>
      <AntApp>
        <Router>
          {client ? (
            <Provider value={client}>
              <SignedInConsole routes={routes} signOut={signOut} />
            </Provider>
          ) : (
            <SignInPage onToken={signIn} problem={problem} />
          )}
        </Router>
      </AntApp>
    </ConfigProvider>
  );
}
