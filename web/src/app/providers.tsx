import { useEffect, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import { GraphQLRequestError, isUnauthenticated, setUnauthenticatedHandler } from '../lib/graphql';
import { loginPathWithNext } from '../lib/redirects';
import { router } from './router';

function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isUnauthenticated(error)) return false;
  // GraphQL errors (FORBIDDEN, NOT_FOUND, validation…) will not change on retry; network errors may.
  if (error instanceof GraphQLRequestError && error.code !== 'NETWORK') return false;
  return failureCount < 2;
}

/** TanStack Query: the one cache of server state. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 30_000 },
    mutations: { retry: false },
  },
});

const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1458d6',
    // Links in tables and typography use colorLink (antd's default blue is below 4.5:1 on white).
    colorLink: '#1458d6',
    borderRadius: 6,
    // Darker secondary texts than the defaults, for WCAG AA contrast.
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
  },
};

/** When any request answers 401, the session is gone: back to /login (the login page clears the cache). */
function SessionWatcher() {
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      const { pathname, search } = window.location;
      if (pathname === '/login') return;
      void router.navigate(loginPathWithNext({ pathname, search }), { replace: true });
    });
    return () => setUnauthenticatedHandler(undefined);
  }, []);
  return null;
}

export function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider theme={theme} locale={enUS}>
        <AntdApp>
          <SessionWatcher />
          {children}
        </AntdApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
