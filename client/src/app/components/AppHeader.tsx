import { Badge, Button, Group, Menu, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiError } from '../../apollo/useErrorMessage';
import type { CurrentUser } from '../../features/auth/graphql/session';
import { ErrorMessage } from './ErrorMessage';
import { LanguageSwitch } from './LanguageSwitch';
import { ShortcutsHelp } from './ShortcutsHelp';

// The account dialogs load when first opened: they are not needed for the first paint.
const ChangePasswordModal = lazy(() => import('../../features/auth/components/ChangePasswordModal').then((m) => ({ default: m.ChangePasswordModal })));
const MySessionsModal = lazy(() => import('../../features/sessions/components/MySessionsModal').then((m) => ({ default: m.MySessionsModal })));
const AlertBell = lazy(() => import('../../features/alerts/components/AlertBell').then((m) => ({ default: m.AlertBell })));
const MfaSettingsModal = lazy(() => import('../../features/auth/components/MfaSettingsModal').then((m) => ({ default: m.MfaSettingsModal })));

interface AppHeaderProps {
  /** Absent on the login page, where only the name and the language switch show. */
  user?: CurrentUser;
  onLogout?: () => Promise<void>;
}

export function AppHeader({ user, onLogout }: AppHeaderProps) {
  const { t } = useTranslation();
  const [loggingOut, setLoggingOut] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const [dialog, setDialog] = useState<'sessions' | 'password' | 'mfa' | null>(null);

  async function handleLogout() {
    if (!onLogout) return;
    setLoggingOut(true);
    setError(null);
    try {
      await onLogout();
    } catch (caught) {
      setError({ error: caught });
    } finally {
      setLoggingOut(false);
    }
  }

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Title order={1} size="h3" data-testid="app-name" style={{ whiteSpace: 'nowrap' }}>
        {t('app.name')}
      </Title>
      <Group gap="sm" wrap="nowrap">
        {user && (
          <Group gap="xs" wrap="nowrap" aria-label={t('header.signedInAs')} role="group">
            <Text fw={600} data-testid="current-user-name" style={{ whiteSpace: 'nowrap' }}>
              {user.displayName}
            </Text>
            {/* The unit is left out on narrow screens (tablets): the name and role are what matter there. */}
            <Text size="sm" c="dimmed" title={t('header.unit')} data-testid="current-user-unit" visibleFrom="lg" style={{ whiteSpace: 'nowrap' }}>
              {user.unit.name}
            </Text>
            <Badge variant="outline" tt="none" style={{ flexShrink: 0 }} title={t('header.role')} data-testid="current-user-role" data-role={user.role}>
              {t(`role.${user.role}`)}
            </Badge>
          </Group>
        )}
        {user && (user.role === 'OFFICER_IN_CHARGE' || user.role === 'CHIEF') && (
          <Suspense fallback={null}>
            <AlertBell />
          </Suspense>
        )}
        {user && (
          <Menu position="bottom-end" withinPortal shadow="md">
            <Menu.Target>
              <Button variant="default" size="xs" rightSection={<span aria-hidden>▾</span>} data-testid="account-menu">
                {t('header.account')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => setDialog('sessions')} data-testid="menu-sessions">
                {t('header.sessions')}
              </Menu.Item>
              <Menu.Item onClick={() => setDialog('password')} data-testid="menu-change-password">
                {t('header.changePassword')}
              </Menu.Item>
              <Menu.Item onClick={() => setDialog('mfa')} data-testid="menu-mfa">
                {t('mfa.menu')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
        {user && <ShortcutsHelp />}
        <LanguageSwitch />
        {user && onLogout && (
          <Button variant="light" size="xs" loading={loggingOut} onClick={() => void handleLogout()} data-testid="logout">
            {t('header.logout')}
          </Button>
        )}
      </Group>
      {user && dialog && (
        <Suspense fallback={null}>
          {dialog === 'sessions' && <MySessionsModal opened onClose={() => setDialog(null)} />}
          {dialog === 'password' && <ChangePasswordModal opened onClose={() => setDialog(null)} />}
          {dialog === 'mfa' && <MfaSettingsModal opened onClose={() => setDialog(null)} />}
        </Suspense>
      )}
      {error && (
        <div style={{ position: 'absolute', top: '100%', right: 16 }}>
          <ErrorMessage error={error} />
        </div>
      )}
    </Group>
  );
}
