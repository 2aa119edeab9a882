import { Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { inputError, type UiError } from '../../../apollo/useErrorMessage';
import { ErrorMessage } from '../../../app/components/ErrorMessage';

interface LoginPageProps {
  onLogin: (username: string, password: string) => Promise<void>;
  /** Shown above the form, e.g. when the session could not be checked. */
  notice?: ReactNode;
}

export function LoginPage({ onLogin, notice }: LoginPageProps) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<UiError | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(inputError('login.missingFields'));
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      await onLogin(username.trim(), password);
    } catch (caught) {
      // Wrong credentials come back as UNAUTHENTICATED; a locked account may say more itself.
      setError({ error: caught, overrides: { UNAUTHENTICATED: 'login.invalidCredentials' } });
      setPassword('');
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Paper withBorder shadow="sm" p="xl" radius="md" maw={420} mx="auto" mt="xl">
      <form onSubmit={handleSubmit} noValidate aria-labelledby="login-title">
        <Stack gap="md">
          <Title order={2} id="login-title">
            {t('login.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('login.lead')}
          </Text>
          {notice}
          <TextInput
            label={t('login.username')}
            name="username"
            autoComplete="username"
            value={username}
            onChange={(event) => setUsername(event.currentTarget.value)}
            data-testid="login-username"
            required
          />
          <TextInput
            type="password"
            label={t('login.password')}
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            data-testid="login-password"
            required
          />
          <ErrorMessage error={error} />
          <Button type="submit" loading={submitting} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
