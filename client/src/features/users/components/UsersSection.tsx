import { useApolloClient } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Loader, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiError } from '../../../apollo/useErrorMessage';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { ROLES, type Role } from '../../../graphql/enums';
import type { Unit } from '../../units/graphql/units';
import { useDateTime } from '../../../i18n/useDateTime';
import type { MessageKey } from '../../../i18n/ja';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import type { AdminUser, UserFilter } from '../graphql/users';
import { useUserChanges, useUsers } from '../hooks/useUsers';
import { UserActionModal, type UserAction } from './UserActionModal';
import { UserFormModal, type UserFormTarget } from './UserFormModal';

type ActiveFilter = 'all' | 'active' | 'inactive';

interface Outcome {
  messageKey: MessageKey;
  user: AdminUser;
}

/** 利用者: find, add and change the accounts of every unit. */
export function UsersSection({ units }: { units: Unit[] }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const [role, setRole] = useState<Role | ''>('');
  const [unitId, setUnitId] = useState('');
  const [active, setActive] = useState<ActiveFilter>('all');
  const filter = useMemo<UserFilter>(
    () => ({
      search: debouncedSearch.trim() || null,
      role: role || null,
      unitId: unitId || null,
      active: active === 'all' ? null : active === 'active',
    }),
    [debouncedSearch, role, unitId, active],
  );
  const client = useApolloClient();
  const list = useUsers(filter);
  const { reactivateUser, unlockUser } = useUserChanges();
  const [form, setForm] = useState<UserFormTarget | null>(null);
  const [action, setAction] = useState<UserAction | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [running, setRunning] = useState<string | null>(null);
  const [error, setError] = useState<UiError | null>(null);

  async function runDirect(key: string, messageKey: MessageKey, work: () => Promise<AdminUser | undefined>) {
    setRunning(key);
    setError(null);
    setOutcome(null);
    try {
      const user = await work();
      if (user) setOutcome({ messageKey, user });
    } catch (caught) {
      setError({ error: caught, overrides: { CONFLICT: 'users.errors.stale', INVALID_INPUT: 'users.errors.reactivateRefused' } });
      // The row showed a state that is no longer true: show the user as they are now.
      await client.refetchQueries({ include: ['Users'] });
    } finally {
      setRunning(null);
    }
  }

  const MESSAGES: Record<string, MessageKey> = {
    create: 'users.created',
    edit: 'users.updated',
    deactivate: 'users.deactivated',
    resetPassword: 'users.passwordReset',
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="users-title" data-testid="users-section">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={3} id="users-title">
              {t('users.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('users.lead')}
            </Text>
          </Stack>
          <Button
            onClick={() => {
              setOutcome(null);
              setForm({ mode: 'create' });
            }}
            data-testid="user-create"
          >
            {t('users.create')}
          </Button>
        </Group>

        <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={t('users.filters')}>
          <TextInput
            label={t('users.search')}
            placeholder={t('users.searchPlaceholder')}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={240}
            data-testid="user-filter-search"
          />
          <NativeSelect
            label={t('users.role')}
            value={role}
            onChange={(event) => setRole(event.currentTarget.value as Role | '')}
            data={[{ value: '', label: t('users.allRoles') }, ...ROLES.map((value) => ({ value, label: t(`role.${value}`) }))]}
            w={180}
            data-testid="user-filter-role"
          />
          <NativeSelect
            label={t('users.unit')}
            value={unitId}
            onChange={(event) => setUnitId(event.currentTarget.value)}
            data={[{ value: '', label: t('users.allUnits') }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
            w={220}
            data-testid="user-filter-unit"
          />
          <NativeSelect
            label={t('users.status')}
            value={active}
            onChange={(event) => setActive(event.currentTarget.value as ActiveFilter)}
            data={[
              { value: 'all', label: t('users.statusAll') },
              { value: 'active', label: t('users.statusActive') },
              { value: 'inactive', label: t('users.statusInactive') },
            ]}
            w={150}
            data-testid="user-filter-active"
          />
        </Group>

        {outcome && (
          <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setOutcome(null)} data-testid="user-result">
            {t(outcome.messageKey, { name: outcome.user.displayName, username: outcome.user.username })}
          </Alert>
        )}
        <ErrorMessage error={error} />
        {list.error && <ErrorMessage error={{ error: list.error }} />}

        {list.loading ? (
          <Loader size="sm" aria-label={t('app.loading')} />
        ) : list.users.length === 0 ? (
          <Text c="dimmed" data-testid="users-empty">
            {t('users.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={980}>
            <Table striped verticalSpacing="xs" aria-labelledby="users-title" data-testid="users-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('users.displayName')}</Table.Th>
                  <Table.Th>{t('users.role')}</Table.Th>
                  <Table.Th>{t('users.unit')}</Table.Th>
                  <Table.Th>{t('users.status')}</Table.Th>
                  <Table.Th>{t('users.lastLoginAt')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.users.map((user) => (
                  <UserRow
                    key={user.id}
                    user={user}
                    running={running}
                    onEdit={() => {
                      setOutcome(null);
                      setForm({ mode: 'edit', user });
                    }}
                    onAction={(kind) => {
                      setOutcome(null);
                      setAction({ kind, user });
                    }}
                    onReactivate={() => void runDirect(`reactivate-${user.id}`, 'users.reactivated', () => reactivateUser(user.id))}
                    onUnlock={() => void runDirect(`unlock-${user.id}`, 'users.unlocked', () => unlockUser(user.id))}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {list.hasMore && (
          <Group justify="center">
            <Button variant="default" loading={list.loadingMore} onClick={() => void list.loadMore()} data-testid="user-load-more">
              {t('lists.loadMore')}
            </Button>
          </Group>
        )}
      </Stack>

      <UserFormModal
        target={form}
        units={units}
        onClose={() => setForm(null)}
        onSaved={(user, mode) => {
          setForm(null);
          setOutcome({ messageKey: MESSAGES[mode], user });
        }}
      />
      <UserActionModal
        action={action}
        onClose={() => setAction(null)}
        onDone={(user, kind) => {
          setAction(null);
          setOutcome({ messageKey: MESSAGES[kind], user });
        }}
      />
    </Paper>
  );
}

interface UserRowProps {
  user: AdminUser;
  running: string | null;
  onEdit: () => void;
  onAction: (kind: UserAction['kind']) => void;
  onReactivate: () => void;
  onUnlock: () => void;
}

function UserRow({ user, running, onEdit, onAction, onReactivate, onUnlock }: UserRowProps) {
  const { t } = useTranslation();
  const { dateTime } = useDateTime();
  const { user: me } = useCurrentUser();
  const isMe = me.id === user.id;
  return (
    <Table.Tr data-testid="user-row" data-username={user.username} data-user-id={user.id} data-active={String(user.active)} data-role={user.role}>
      <Table.Td>
        <Text size="sm" fw={600}>
          {user.displayName}
          {isMe && (
            <Text span size="xs" c="dimmed" ml={6}>
              {t('users.you')}
            </Text>
          )}
        </Text>
        <Text size="xs" c="dimmed" ff="monospace" data-testid="user-username-text">
          {user.username}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t(`role.${user.role}`)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{user.unit.name}</Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          {user.active ? (
            <Badge color="teal" variant="light" tt="none" data-testid="user-status">
              {t('users.statusActive')}
            </Badge>
          ) : (
            <Badge color="gray" variant="filled" tt="none" data-testid="user-status">
              {t(user.deactivationKind === 'INACTIVITY' ? 'users.disabledInactivity' : 'users.statusInactive')}
            </Badge>
          )}
          {user.lockedAt && (
            <Badge color="red" variant="light" tt="none" data-testid="user-locked">
              {t('users.locked')}
            </Badge>
          )}
          {user.active && user.mustChangePassword && (
            <Badge color="orange" variant="light" tt="none" data-testid="user-must-change-password">
              {t('users.mustChangePassword')}
            </Badge>
          )}
          {!user.active && user.deactivationReason && (
            <Text size="xs" c="dimmed" maw={220} style={{ overflowWrap: 'anywhere' }}>
              {t('users.reasonLabel')}: {user.deactivationReason}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {user.lastLoginAt ? (
          <Text size="sm">
            <time dateTime={user.lastLoginAt}>{dateTime(user.lastLoginAt)}</time>
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('users.neverLoggedIn')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={6} justify="flex-end" wrap="nowrap">
          <Button size="compact-sm" variant="default" onClick={onEdit} data-testid="user-edit">
            {t('users.edit')}
          </Button>
          {user.lockedAt && (
            <Button size="compact-sm" variant="light" color="red" loading={running === `unlock-${user.id}`} onClick={onUnlock} data-testid="user-unlock">
              {t('users.unlock')}
            </Button>
          )}
          <Button size="compact-sm" variant="default" onClick={() => onAction('resetPassword')} data-testid="user-reset-password">
            {t('users.resetPassword')}
          </Button>
          {user.active ? (
            !isMe && (
              <Button size="compact-sm" variant="light" color="red" onClick={() => onAction('deactivate')} data-testid="user-deactivate">
                {t('users.deactivate')}
              </Button>
            )
          ) : (
            <Button
              size="compact-sm"
              variant="light"
              color="teal"
              loading={running === `reactivate-${user.id}`}
              onClick={onReactivate}
              data-testid="user-reactivate"
            >
              {t('users.reactivate')}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
