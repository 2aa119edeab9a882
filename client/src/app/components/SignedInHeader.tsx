import { Badge, Button, Group, Menu, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiError } from '../../apollo/useErrorMessage';
import type { CurrentUser } from '../../features/auth/graphql/session';
import { currentLanguage, setLanguage } from '../../i18n';
import { ErrorMessage } from './ErrorMessage';
import { LanguageSwitch } from './LanguageSwitch';
import { ShortcutsHelp } from './ShortcutsHelp';

// The account dialogs load when first opened: they are not needed for the first paint.
const ChangePasswordModal = lazy(() => import('../../features/auth/components/ChangePasswordModal').then((m) => ({ default: m.ChangePasswordModal })));
const MySessionsModal = lazy(() => import('../../features/sessions/components/MySessionsModal').then((m) => ({ default: m.MySessionsModal })));
const AlertBell = lazy(() => import('../../features/alerts/components/AlertBell').then((m) => ({ default: m.AlertBell })));
const MfaSettingsModal = lazy(() => import('../../features/auth/components/MfaSettingsModal').then((m) => ({ default: m.MfaSettingsModal })));

/** Below this width (tablets) the account, language and logout buttons fold into one menu. */
const WIDE = 'lg';

interface SignedInHeaderProps {
  user: CurrentUser;
  onLogout?: () => Promise<void>;
}

/** The right side of the header once logged in: who, the alert bell, account, language, logout. */
export function SignedInHeader({ user, onLogout }: SignedInHeaderProps) {
  const { t } = useTranslation();
  const [loggingOut, setLoggingOut] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const [dialog, setDialog] = useState<'sessions' | 'password' | 'mfa' | null>(null);
  const nextLanguage = currentLanguage() === 'ja' ? 'en' : 'ja';

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

  const accountItems = (prefix: string) => (
    <>
      <Menu.Item onClick={() => setDialog('sessions')} data-testid={`${prefix}sessions`}>
        {t('header.sessions')}
      </Menu.Item>
      <Menu.Item onClick={() => setDialog('password')} data-testid={`${prefix}change-password`}>
        {t('header.changePassword')}
      </Menu.Item>
      <Menu.Item onClick={() => setDialog('mfa')} data-testid={`${prefix}mfa`}>
        {t('mfa.menu')}
      </Menu.Item>
    </>
  );

  return (
    <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
      <Group gap="xs" wrap="nowrap" aria-label={t('header.signedInAs')} role="group" style={{ minWidth: 0 }}>
        <Text fw={600} data-testid="current-user-name" truncate="end">
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
      {(user.role === 'OFFICER_IN_CHARGE' || user.role === 'CHIEF') && (
        <Suspense fallback={null}>
          <AlertBell />
        </Suspense>
      )}
      {/* Wide screens: each control on its own. */}
      <Group gap="sm" wrap="nowrap" visibleFrom={WIDE}>
        <Menu position="bottom-end" withinPortal shadow="md">
          <Menu.Target>
            <Button variant="default" size="xs" rightSection={<span aria-hidden>▾</span>} data-testid="account-menu">
              {t('header.account')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>{accountItems('menu-')}</Menu.Dropdown>
        </Menu>
        <ShortcutsHelp />
        <LanguageSwitch />
        {onLogout && (
          <Button variant="light" size="xs" loading={loggingOut} onClick={() => void handleLogout()} data-testid="logout">
            {t('header.logout')}
          </Button>
        )}
      </Group>
      {/* Tablets: one menu holds the account, the language switch and logout. */}
      <Menu position="bottom-end" withinPortal shadow="md">
        <Menu.Target>
          <Button variant="default" size="xs" hiddenFrom={WIDE} rightSection={<span aria-hidden>☰</span>} data-testid="header-menu">
            {t('header.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown data-testid="header-menu-dropdown">
          <Menu.Label>{t('header.account')}</Menu.Label>
          {accountItems('header-menu-')}
          <Menu.Divider />
          <Menu.Item lang={nextLanguage} onClick={() => void setLanguage(nextLanguage)} data-testid="header-menu-lang">
            {t(`language.${nextLanguage}`)}
          </Menu.Item>
          {onLogout && (
            <Menu.Item color="blue" onClick={() => void handleLogout()} data-testid="header-menu-logout">
              {t('header.logout')}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      {dialog && (
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
