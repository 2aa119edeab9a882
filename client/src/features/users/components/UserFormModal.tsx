import { Button, Group, Modal, NativeSelect, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCloseButtonProps } from '../../../app/components/useCloseButtonProps';
import { inputError, useErrorMessage, useFieldErrors, type FieldMessages, type UiError } from '../../../apollo/useErrorMessage';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { ROLES, type Role } from '../../../graphql/enums';
import type { Unit } from '../../units/graphql/units';
import { MIN_PASSWORD_LENGTH } from '../../auth/passwordRules';
import { generatePassword } from '../generatePassword';
import type { AdminUser } from '../graphql/users';
import { useUserChanges } from '../hooks/useUsers';

/** New account, or changes to an existing one (name, role, unit: the username never changes). */
export type UserFormTarget = { mode: 'create' } | { mode: 'edit'; user: AdminUser };

interface UserFormModalProps {
  target: UserFormTarget | null;
  units: Unit[];
  onClose: () => void;
  onSaved: (user: AdminUser, mode: UserFormTarget['mode']) => void;
}

export function UserFormModal({ target, units, onClose, onSaved }: UserFormModalProps) {
  const { t } = useTranslation();
  const closeButtonProps = useCloseButtonProps();
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      size="lg"
      title={target?.mode === 'edit' ? t('users.editTitle', { name: target.user.displayName }) : t('users.createTitle')}
      closeButtonProps={closeButtonProps}
    >
      {target && <UserForm key={target.mode === 'edit' ? target.user.id : 'new'} target={target} units={units} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

/** The server's rules, explained where they bite. */
const FIELD_MESSAGES: FieldMessages = {
  'INVALID_INPUT:username': 'users.errors.usernameFormat',
  'CONFLICT:username': 'users.errors.usernameTaken',
  displayName: 'users.errors.displayName',
  role: 'users.errors.divisionOnly',
  unitId: 'users.errors.unitNotAllowed',
  initialPassword: 'users.errors.passwordRefused',
};
const FIELDS = ['username', 'displayName', 'role', 'unitId', 'initialPassword'] as const;

function UserForm({ target, units, onClose, onSaved }: Required<Omit<UserFormModalProps, 'target'>> & { target: UserFormTarget }) {
  const { t } = useTranslation();
  const { createUser, updateUser } = useUserChanges();
  const editing = target.mode === 'edit' ? target.user : null;
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState(editing?.displayName ?? '');
  const [role, setRole] = useState<Role | ''>(editing?.role ?? '');
  const [unitId, setUnitId] = useState(editing?.unit.id ?? '');
  const [password, setPassword] = useState('');
  const [passwordVisible, setPasswordVisible] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const { fieldError, fieldErrorCode, formError } = useFieldErrors(error, FIELDS);
  const describe = useErrorMessage();
  /** Role and unit are judged together (DESIGN §1): changing either answers the message about them. */
  const clearRoleUnitError = () => {
    const field = error ? describe(error).field : undefined;
    if (field === 'role' || field === 'unitId') setError(null);
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!editing && !username.trim()) return setError(inputError('users.errors.usernameRequired', 'username'));
    if (!displayName.trim()) return setError(inputError('users.errors.displayName', 'displayName'));
    if (!role) return setError(inputError('users.errors.roleRequired', 'role'));
    if (!unitId) return setError(inputError('users.errors.unitRequired', 'unitId'));
    if (!editing && [...password].length < MIN_PASSWORD_LENGTH) return setError(inputError('users.errors.passwordTooShort', 'initialPassword'));
    setSaving(true);
    setError(null);
    try {
      const saved = editing
        ? await updateUser(editing.id, {
            displayName: displayName.trim() !== editing.displayName ? displayName.trim() : null,
            role: role !== editing.role ? role : null,
            unitId: unitId !== editing.unit.id ? unitId : null,
          })
        : await createUser({ username: username.trim(), displayName: displayName.trim(), role, unitId, initialPassword: password });
      if (saved) onSaved(saved, target.mode);
    } catch (caught) {
      setError({
        error: caught,
        fieldMessages: FIELD_MESSAGES,
        // Editing oneself: a chief cannot take away their own CHIEF role (another chief must).
        overrides: { FORBIDDEN: 'users.errors.ownRole', CONFLICT: 'users.errors.lastChief' },
      });
    } finally {
      setSaving(false);
    }
  }

  const unchanged =
    editing !== null && displayName.trim() === editing.displayName && role === editing.role && unitId === editing.unit.id;
  const divisionUnits = units.filter((u) => u.kind === 'DIVISION');
  const stations = units.filter((u) => u.kind === 'STATION');

  return (
    <form onSubmit={handleSubmit} noValidate data-testid="user-form" data-mode={target.mode}>
      <Stack gap="md">
        <Stack gap="sm">
          {editing ? (
            <TextInput label={t('users.username')} value={editing.username} readOnly variant="filled" data-testid="user-username" />
          ) : (
            <TextInput
              label={t('users.username')}
              description={t('users.usernameHint')}
              value={username}
              onChange={(event) => setUsername(event.currentTarget.value)}
              autoComplete="off"
              spellCheck={false}
              required
              error={fieldError('username')}
              errorProps={{ 'data-testid': 'user-username-error', 'data-error-code': fieldErrorCode('username') }}
              data-testid="user-username"
            />
          )}
          <TextInput
            label={t('users.displayName')}
            description={t('users.displayNameHint')}
            value={displayName}
            onChange={(event) => setDisplayName(event.currentTarget.value)}
            autoComplete="off"
            required
            error={fieldError('displayName')}
            data-testid="user-display-name"
          />
          <NativeSelect
            label={t('users.role')}
            description={t('users.roleHint')}
            value={role}
            onChange={(event) => {
              setRole(event.currentTarget.value as Role | '');
              clearRoleUnitError();
            }}
            required
            data={[{ value: '', label: t('users.choose'), disabled: true }, ...ROLES.map((value) => ({ value, label: t(`role.${value}`) }))]}
            error={fieldError('role')}
            errorProps={{ 'data-testid': 'user-role-error', 'data-error-code': fieldErrorCode('role') }}
            data-testid="user-role"
          />
          <NativeSelect
            label={t('users.unit')}
            value={unitId}
            onChange={(event) => {
              setUnitId(event.currentTarget.value);
              clearRoleUnitError();
            }}
            required
            data={[
              { value: '', label: t('users.choose'), disabled: true },
              { group: t('unitKind.DIVISION'), items: divisionUnits.map((u) => ({ value: u.id, label: u.name })) },
              { group: t('unitKind.STATION'), items: stations.map((u) => ({ value: u.id, label: u.name })) },
            ]}
            error={fieldError('unitId')}
            errorProps={{ 'data-testid': 'user-unit-error', 'data-error-code': fieldErrorCode('unitId') }}
            data-testid="user-unit"
          />
        </Stack>
        {!editing && (
          <Stack gap={4}>
            <Group align="flex-end" gap="sm" wrap="nowrap">
              <PasswordInput
                style={{ flex: 1 }}
                label={t('users.initialPassword')}
                description={t('users.initialPasswordHint', { min: MIN_PASSWORD_LENGTH })}
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                visible={passwordVisible}
                onVisibilityChange={setPasswordVisible}
                autoComplete="new-password"
                required
                error={fieldError('initialPassword')}
                errorProps={{ 'data-testid': 'user-password-error' }}
                data-testid="user-password"
              />
              <Button
                variant="default"
                onClick={() => {
                  setPassword(generatePassword());
                  setPasswordVisible(true);
                }}
                data-testid="user-password-generate"
                mb={fieldError('initialPassword') ? 22 : 0}
              >
                {t('users.generatePassword')}
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              {t('users.initialPasswordHandover')}
            </Text>
          </Stack>
        )}
        <ErrorMessage error={formError} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-testid="user-cancel">
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving} disabled={unchanged} data-testid="user-save">
            {editing ? t('users.saveChanges') : t('users.saveCreate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
