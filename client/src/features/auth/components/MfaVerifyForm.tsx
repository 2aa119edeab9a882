import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { inputError, type UiError } from '../../../apollo/useErrorMessage';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { VERIFY_MFA_MUTATION } from '../graphql/session';

/** The second login step: a code from the app, or a recovery code. */
export function MfaVerifyForm({ onVerified, secondaryAction }: { onVerified: () => Promise<void>; secondaryAction: ReactNode }) {
  const { t } = useTranslation();
  const [verify] = useMutation(VERIFY_MFA_MUTATION);
  const [code, setCode] = useState('');
  const [error, setError] = useState<UiError | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = code.replace(/\s/g, '');
    if (!trimmed) return setError(inputError('mfa.codeRequired', 'code'));
    setError(null);
    setSubmitting(true);
    try {
      await verify({ variables: { code: trimmed } });
      await onVerified();
    } catch (caught) {
      setError({ error: caught });
      setCode('');
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate data-testid="mfa-verify">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('mfa.verifyLead')}
        </Text>
        <TextInput
          label={t('mfa.code')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          autoComplete="one-time-code"
          inputMode="numeric"
          autoFocus
          data-autofocus
          data-testid="mfa-code"
        />
        <ErrorMessage error={error} />
        <Stack gap="xs">
          <Button type="submit" loading={submitting} data-testid="mfa-verify-submit">
            {t('mfa.verify')}
          </Button>
          {secondaryAction}
        </Stack>
      </Stack>
    </form>
  );
}
