import { Alert, Badge, Button, Divider, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { inputError, type UiError } from '../../../apollo/useErrorMessage';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { useCloseButtonProps } from '../../../app/components/useCloseButtonProps';
import { DISABLE_MFA_MUTATION, ME_QUERY, REGENERATE_RECOVERY_CODES_MUTATION } from '../graphql/session';
import { MfaEnrolment, RecoveryCodes } from './MfaEnrolment';

type View = 'status' | 'enrol' | 'codes';

/** 二要素認証 from the account menu: set up, new recovery codes, turn off (where the role allows). */
export function MfaSettingsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const closeButtonProps = useCloseButtonProps();
  const me = useQuery(ME_QUERY, { fetchPolicy: 'cache-first' });
  const [regenerate] = useMutation(REGENERATE_RECOVERY_CODES_MUTATION);
  const [disable] = useMutation(DISABLE_MFA_MUTATION);
  const [view, setView] = useState<View>('status');
  const [codes, setCodes] = useState<string[]>([]);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [running, setRunning] = useState<string | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const [notice, setNotice] = useState<'mfa.disabledDone' | null>(null);
  const enabled = me.data?.me.mfaEnabled ?? false;
  const required = me.data?.me.mfaRequired ?? false;

  function close() {
    setView('status');
    setCode('');
    setPassword('');
    setError(null);
    setNotice(null);
    onClose();
  }

  async function refreshMe() {
    await me.refetch().catch(() => undefined);
  }

  async function handleRegenerate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!code.trim()) return setError(inputError('mfa.codeRequired', 'code'));
    setError(null);
    setRunning('regenerate');
    try {
      const result = await regenerate({ variables: { code: code.trim() } });
      setCodes(result.data?.regenerateRecoveryCodes ?? []);
      setCode('');
      setView('codes');
    } catch (caught) {
      setError({ error: caught });
    } finally {
      setRunning(null);
    }
  }

  async function handleDisable(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!password) return setError(inputError('mfa.passwordRequired', 'password'));
    setError(null);
    setRunning('disable');
    try {
      await disable({ variables: { password } });
      setPassword('');
      setNotice('mfa.disabledDone');
      await refreshMe();
    } catch (caught) {
      setError({ error: caught });
    } finally {
      setRunning(null);
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={t('mfa.title')} size="md" closeButtonProps={closeButtonProps}>
      {view === 'enrol' ? (
        <MfaEnrolment
          onDone={async () => {
            await refreshMe();
            setView('status');
          }}
        />
      ) : view === 'codes' ? (
        <RecoveryCodes codes={codes} onDone={() => setView('status')} />
      ) : (
        <Stack gap="md" data-testid="mfa-settings" data-enabled={enabled}>
          <Group gap="sm">
            <Badge color={enabled ? 'teal' : 'gray'} variant="light" tt="none" data-testid="mfa-status">
              {enabled ? t('mfa.enabled') : t('mfa.disabled')}
            </Badge>
            <Text size="sm" c="dimmed">
              {required ? t('mfa.required') : t('mfa.optional')}
            </Text>
          </Group>
          {notice && (
            <Alert color="green" variant="light" role="status">
              {t(notice)}
            </Alert>
          )}
          {!enabled && (
            <Button onClick={() => setView('enrol')} data-testid="mfa-start">
              {t('mfa.start')}
            </Button>
          )}
          {enabled && (
            <form onSubmit={handleRegenerate} noValidate>
              <Stack gap="xs">
                <Text size="sm" fw={600}>
                  {t('mfa.regenerate')}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('mfa.regenerateLead')}
                </Text>
                <Group align="flex-end" gap="sm">
                  <TextInput
                    label={t('mfa.code')}
                    value={code}
                    onChange={(e) => setCode(e.currentTarget.value)}
                    autoComplete="one-time-code"
                    inputMode="numeric"
                    data-testid="mfa-regenerate-code"
                  />
                  <Button type="submit" variant="light" loading={running === 'regenerate'} data-testid="mfa-regenerate">
                    {t('mfa.regenerate')}
                  </Button>
                </Group>
              </Stack>
            </form>
          )}
          {enabled && !required && (
            <>
              <Divider />
              <form onSubmit={handleDisable} noValidate>
                <Stack gap="xs">
                  <Text size="sm" fw={600}>
                    {t('mfa.disable')}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('mfa.disableLead')}
                  </Text>
                  <Group align="flex-end" gap="sm">
                    <PasswordInput
                      label={t('mfa.password')}
                      value={password}
                      onChange={(e) => setPassword(e.currentTarget.value)}
                      autoComplete="current-password"
                      data-testid="mfa-disable-password"
                    />
                    <Button type="submit" color="red" variant="light" loading={running === 'disable'} data-testid="mfa-disable">
                      {t('mfa.disable')}
                    </Button>
                  </Group>
                </Stack>
              </form>
            </>
          )}
          <ErrorMessage error={error} />
        </Stack>
      )}
    </Modal>
  );
}
