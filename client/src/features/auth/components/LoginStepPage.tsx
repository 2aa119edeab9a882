import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiError } from '../../../apollo/useErrorMessage';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import type { PendingLoginStep } from '../hooks/useSession';
import { ChangePasswordForm } from './ChangePasswordForm';
import { MfaEnrolment } from './MfaEnrolment';
import { MfaVerifyForm } from './MfaVerifyForm';

interface LoginStepPageProps {
  step: PendingLoginStep;
  onChangePassword: (currentPassword: string, newPassword: string) => Promise<void>;
  onLogout: () => Promise<void>;
  /** The step was passed on this page (a code, a finished enrolment): load the session again. */
  onStepDone: () => Promise<void>;
}

/**
 * The password was right but the login is not finished: after an initial or reset password the
 * user chooses their own, and a second factor is asked for (or set up) before anything else opens.
 */
export function LoginStepPage({ step, onChangePassword, onLogout, onStepDone }: LoginStepPageProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<UiError | null>(null);

  async function handleLogout() {
    try {
      await onLogout();
    } catch (caught) {
      setError({ error: caught });
    }
  }

  const logoutButton = (
    <Button variant="default" onClick={() => void handleLogout()} data-testid="login-step-logout">
      {t('header.logout')}
    </Button>
  );

  return (
    <Paper withBorder shadow="sm" p="xl" radius="md" maw={460} mx="auto" mt="xl" data-testid="login-step" data-step={step}>
      <Stack gap="md">
        {step === 'PASSWORD_CHANGE_REQUIRED' ? (
          <>
            <Title order={2}>{t('password.requiredTitle')}</Title>
            <Text size="sm" c="dimmed">
              {t('password.requiredLead')}
            </Text>
            <ChangePasswordForm onSubmit={onChangePassword} secondaryAction={logoutButton} />
          </>
        ) : step === 'MFA_CODE_REQUIRED' ? (
          <>
            <Title order={2}>{t('mfa.verifyTitle')}</Title>
            <MfaVerifyForm onVerified={onStepDone} secondaryAction={logoutButton} />
          </>
        ) : (
          <>
            <Title order={2}>{t('mfa.enrolTitle')}</Title>
            <Text size="sm" c="dimmed">
              {t('mfa.enrolLead')}
            </Text>
            <MfaEnrolment onDone={onStepDone} />
            {logoutButton}
          </>
        )}
        <ErrorMessage error={error} />
      </Stack>
    </Paper>
  );
}
