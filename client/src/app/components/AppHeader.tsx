import { Group, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../features/auth/graphql/session';
import { LanguageSwitch } from './LanguageSwitch';

// The signed-in controls (menus, popovers) load after login: the login page needs only the language switch.
const SignedInHeader = lazy(() => import('./SignedInHeader').then((m) => ({ default: m.SignedInHeader })));

interface AppHeaderProps {
  /** Absent on the login page, where only the name and the language switch show. */
  user?: CurrentUser;
  onLogout?: () => Promise<void>;
}

export function AppHeader({ user, onLogout }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
      <Title order={1} size="h3" data-testid="app-name" style={{ whiteSpace: 'nowrap' }}>
        {t('app.name')}
      </Title>
      {user ? (
        <Suspense fallback={<Text fw={600}>{user.displayName}</Text>}>
          <SignedInHeader user={user} onLogout={onLogout} />
        </Suspense>
      ) : (
        <LanguageSwitch />
      )}
    </Group>
  );
}
