import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { inputError, useFieldErrors, type FieldMessages, type UiError } from '../../../apollo/useErrorMessage';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { MIN_PASSWORD_LENGTH } from '../passwordRules';

/** The server's password rules, in words (it names the field it refuses). */
const FIELD_MESSAGES: FieldMessages = {
  currentPassword: 'password.currentWrong',
  newPassword: 'password.newRefused',
};
const FIELDS = ['currentPassword', 'newPassword', 'confirm'] as const;

interface ChangePasswordFormProps {
  onSubmit: (currentPassword: string, newPassword: string) => Promise<void>;
  /** Shown next to the submit button (e.g. "cancel" in a dialog, "log out" during a login). */
  secondaryAction?: ReactNode;
}

/** Current password, new one twice: shared by the login step and the header's "change password". */
export function ChangePasswordForm({ onSubmit, secondaryAction }: ChangePasswordFormProps) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const { fieldError, formError } = useFieldErrors(error, FIELDS);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!current) return setError(inputError('password.currentRequired', 'currentPassword'));
    if ([...next].length < MIN_PASSWORD_LENGTH) return setError(inputError('password.tooShort', 'newPassword'));
    if (next === current) return setError(inputError('password.sameAsCurrent', 'newPassword'));
    if (next !== confirm) return setError(inputError('password.mismatch', 'confirm'));
    setSubmitting(true);
    setError(null);
    try {
      await onSubmit(current, next);
    } catch (caught) {
      setError({ error: caught, fieldMessages: FIELD_MESSAGES });
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate data-testid="password-change-form">
      <Stack gap="md">
        <PasswordInput
          label={t('password.current')}
          autoComplete="current-password"
          value={current}
          onChange={(event) => setCurrent(event.currentTarget.value)}
          error={fieldError('currentPassword')}
          required
          data-testid="password-current"
        />
        <PasswordInput
          label={t('password.new')}
          description={t('password.rules', { min: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
          value={next}
          onChange={(event) => setNext(event.currentTarget.value)}
          error={fieldError('newPassword')}
          required
          data-testid="password-new"
        />
        <PasswordInput
          label={t('password.confirm')}
          autoComplete="new-password"
          value={confirm}
          onChange={(event) => setConfirm(event.currentTarget.value)}
          error={fieldError('confirm')}
          required
          data-testid="password-confirm"
        />
        <ErrorMessage error={formError} />
        <Text size="xs" c="dimmed">
          {t('password.othersEnded')}
        </Text>
        <Group justify="flex-end" gap="sm">
          {secondaryAction}
          <Button type="submit" loading={submitting} data-testid="password-change-submit">
            {t('password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
