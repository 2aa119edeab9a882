import { Alert, AppShell, Button, Center, Container, Loader, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../apollo/useErrorMessage';
import { LoginPage } from '../features/auth/components/LoginPage';
import { CurrentUserContext } from '../features/auth/hooks/useCurrentUser';
import { useSession, type Session } from '../features/auth/hooks/useSession';
import { AppHeader } from './components/AppHeader';
import { RoleHome } from './RoleHome';

// Live alerts (banner, subscription) and the escalation drawer: the division only, loaded after the first paint.
// Password change and second-factor steps: only some logins pass through them (the QR code library with them).
const LoginStepPage = lazy(() => import('../features/auth/components/LoginStepPage').then((m) => ({ default: m.LoginStepPage })));
const AlertCenter = lazy(() => import('../features/alerts/components/AlertCenter').then((m) => ({ default: m.AlertCenter })));

/** The frame every page shares (header with the language switch), and the page for the session. */
export function AppRoot() {
  const session = useSession();
  const { state } = session;
  const user = state.status === 'authenticated' ? state.user : undefined;
  const contextValue = useMemo(() => (user ? { user, logout: session.logout } : null), [user, session.logout]);

  return (
    <AppShell header={{ height: 60 }} padding="md">
      <AppShell.Header>
        <AppHeader user={user} onLogout={user ? session.logout : undefined} />
      </AppShell.Header>
      <AppShell.Main>
        <Container size="lg" px={0}>
          {contextValue ? (
            <CurrentUserContext.Provider value={contextValue}>
              {(contextValue.user.role === 'OFFICER_IN_CHARGE' || contextValue.user.role === 'CHIEF') && (
                <Suspense fallback={null}>
                  <AlertCenter />
                </Suspense>
              )}
              <RoleHome user={contextValue.user} />
            </CurrentUserContext.Provider>
          ) : (
            <SessionFallback session={session} />
          )}
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}

function SessionFallback({ session }: { session: Session }) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const { state } = session;
  switch (state.status) {
    case 'loading':
    case 'authenticated':
      return (
        <Center mt="xl">
          <Loader aria-label={t('app.loading')} />
        </Center>
      );
    case 'anonymous':
      return (
        <LoginPage
          onLogin={session.login}
          notice={
            state.ended && (
              <Alert color="blue" variant="light" role="status" data-testid="session-ended">
                {t('session.ended')}
              </Alert>
            )
          }
        />
      );
    case 'pendingStep':
      return (
        <Suspense fallback={<Loader aria-label={t('app.loading')} />}>
          <LoginStepPage step={state.step} onChangePassword={session.changePassword} onLogout={session.logout} onStepDone={session.completeStep} />
        </Suspense>
      );
    case 'error': {
      // The session could not be checked (server unreachable): offer the login form anyway, with
      // the reason and a retry, so the page is usable as soon as the server answers again.
      const described = describeError({ error: state.error });
      return (
        <LoginPage
          onLogin={session.login}
          notice={
            <Alert color="orange" variant="light" role="alert" data-testid="session-error" data-error-code={described.code}>
              <Stack gap="xs" align="flex-start">
                <Text size="sm">
                  {t('session.loadFailed', { reason: described.message })}
                </Text>
                <Button variant="default" size="xs" onClick={session.retry} data-testid="session-retry">
                  {t('session.retry')}
                </Button>
              </Stack>
            </Alert>
          }
        />
      );
    }
  }
}
