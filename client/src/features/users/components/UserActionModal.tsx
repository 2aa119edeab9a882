import { Button, Group, Modal, PasswordInput, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCloseButtonProps } from '../../../app/components/useCloseButtonProps';
import { inputError, useFieldErrors, type FieldMessages, type UiError } from '../../../apollo/useErrorMessage';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { MIN_PASSWORD_LENGTH } from '../../auth/passwordRules';
import { generatePassword } from '../generatePassword';
import type { AdminUser } from '../graphql/users';
import { useUserChanges } from '../hooks/useUsers';

/** The two actions that need a word from the chief first: why (deactivate), or the new password (reset). */
export type UserAction = { kind: 'deactivate'; user: AdminUser } | { kind: 'resetPassword'; user: AdminUser };

interface UserActionModalProps {
  action: UserAction | null;
  onClose: () => void;
  onDone: (user: AdminUser, kind: UserAction['kind']) => void;
}

export function UserActionModal({ action, onClose, onDone }: UserActionModalProps) {
  const { t } = useTranslation();
  const closeButtonProps = useCloseButtonProps();
  return (
    <Modal
      opened={action !== null}
      onClose={onClose}
      size="md"
      title={
        action
          ? t(action.kind === 'deactivate' ? 'users.deactivateTitle' : 'users.resetPasswordTitle', { name: action.user.displayName })
          : ''
      }
      closeButtonProps={closeButtonProps}
    >
      {action?.kind === 'deactivate' && <DeactivateForm key={action.user.id} user={action.user} onClose={onClose} onDone={onDone} />}
      {action?.kind === 'resetPassword' && <ResetPasswordForm key={action.user.id} user={action.user} onClose={onClose} onDone={onDone} />}
    </Modal>
  );
}

interface FormProps {
  user: AdminUser;
  onClose: () => void;
  onDone: UserActionModalProps['onDone'];
}

function DeactivateForm({ user, onClose, onDone }: FormProps) {
  const { t } = useTranslation();
  const { deactivateUser } = useUserChanges();
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const { fieldError, formError } = useFieldErrors(error, ['reason']);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) return setError(inputError('users.errors.reasonRequired', 'reason'));
    setSaving(true);
    setError(null);
    try {
      const saved = await deactivateUser(user.id, reason.trim());
      if (saved) onDone(saved, 'deactivate');
    } catch (caught) {
      setError({
        error: caught,
        fieldMessages: { reason: 'users.errors.reasonRefused' },
        // FORBIDDEN: one's own account; CONFLICT: already deactivated, or the last active chief.
        overrides: { FORBIDDEN: 'users.errors.deactivateSelf', CONFLICT: 'users.errors.deactivateConflict' },
      });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate data-testid="user-deactivate-form">
      <Stack gap="md">
        <Text size="sm">{t('users.deactivateLead', { name: user.displayName, username: user.username })}</Text>
        <Textarea
          label={t('users.deactivateReason')}
          description={t('users.deactivateReasonHint')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={6}
          required
          error={fieldError('reason')}
          data-testid="user-deactivate-reason"
        />
        <ErrorMessage error={formError} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-testid="user-deactivate-cancel">
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={saving} data-testid="user-deactivate-submit">
            {t('users.deactivate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const RESET_FIELD_MESSAGES: FieldMessages = { newPassword: 'users.errors.passwordRefused' };

function ResetPasswordForm({ user, onClose, onDone }: FormProps) {
  const { t } = useTranslation();
  const { resetUserPassword } = useUserChanges();
  const [password, setPassword] = useState('');
  const [visible, setVisible] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const { fieldError, formError } = useFieldErrors(error, ['newPassword']);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if ([...password].length < MIN_PASSWORD_LENGTH) return setError(inputError('users.errors.passwordTooShort', 'newPassword'));
    setSaving(true);
    setError(null);
    try {
      const saved = await resetUserPassword(user.id, password);
      if (saved) onDone(saved, 'resetPassword');
    } catch (caught) {
      setError({ error: caught, fieldMessages: RESET_FIELD_MESSAGES });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate data-testid="user-reset-password-form">
      <Stack gap="md">
        <Text size="sm">{t('users.resetPasswordLead', { name: user.displayName })}</Text>
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <PasswordInput
            style={{ flex: 1 }}
            label={t('users.newPassword')}
            description={t('users.initialPasswordHint', { min: MIN_PASSWORD_LENGTH })}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            visible={visible}
            onVisibilityChange={setVisible}
            autoComplete="new-password"
            required
            error={fieldError('newPassword')}
            data-testid="user-new-password"
          />
          <Button
            variant="default"
            onClick={() => {
              setPassword(generatePassword());
              setVisible(true);
            }}
            mb={fieldError('newPassword') ? 22 : 0}
            data-testid="user-new-password-generate"
          >
            {t('users.generatePassword')}
          </Button>
        </Group>
        <ErrorMessage error={formError} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-testid="user-reset-password-cancel">
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="orange" loading={saving} data-testid="user-reset-password-submit">
            {t('users.resetPassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
