import { Alert, Anchor, Button, Center, Code, Group, List, Loader, Paper, PinInput, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { inputError, type UiError } from '../../../apollo/useErrorMessage';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { CONFIRM_MFA_ENROLMENT_MUTATION, START_MFA_ENROLMENT_MUTATION } from '../graphql/session';

/**
 * Setting up an authenticator app: a new secret (shown once, as a QR code of the otpauth URI, as text
 * for typing in, and as the link a phone opens), a code to prove the app has it, then the recovery
 * codes, shown once.
 */
export function MfaEnrolment({ onDone }: { onDone: () => void | Promise<void> }) {
  const { t } = useTranslation();
  const [start, started] = useMutation(START_MFA_ENROLMENT_MUTATION);
  const [confirm] = useMutation(CONFIRM_MFA_ENROLMENT_MUTATION);
  const [code, setCode] = useState('');
  const [error, setError] = useState<UiError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const asked = useRef(false);

  useEffect(() => {
    // Once per mount (StrictMode mounts twice): a second call would replace the secret just shown.
    if (asked.current) return;
    asked.current = true;
    start().catch((caught: unknown) => setError({ error: caught }));
  }, [start]);

  async function handleConfirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!/^\d{6}$/.test(code)) return setError(inputError('mfa.codeRequired', 'code'));
    setError(null);
    setSubmitting(true);
    try {
      const result = await confirm({ variables: { code } });
      setRecoveryCodes(result.data?.confirmMfaEnrolment.recoveryCodes ?? []);
    } catch (caught) {
      setError({ error: caught });
      setCode('');
    } finally {
      setSubmitting(false);
    }
  }

  if (recoveryCodes) return <RecoveryCodes codes={recoveryCodes} onDone={onDone} />;

  const enrolment = started.data?.startMfaEnrolment;
  return (
    <form onSubmit={handleConfirm} noValidate data-testid="mfa-enrolment">
      <Stack gap="sm">
        <Text size="sm">{t('mfa.scan')}</Text>
        {enrolment && (
          <Paper withBorder p="sm" radius="md">
            <OtpauthQrCode uri={enrolment.otpauthUri} />
            <Text size="xs" c="dimmed">
              {t('mfa.secret')}
            </Text>
            <Code fz="md" data-testid="mfa-secret" style={{ wordBreak: 'break-all', letterSpacing: '0.08em' }}>
              {enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
            </Code>
            <Anchor href={enrolment.otpauthUri} size="xs" display="block" mt={4} data-testid="mfa-otpauth">
              {t('mfa.qrLabel')}
            </Anchor>
          </Paper>
        )}
        <div>
          <Text component="label" htmlFor="mfa-enrol-code" size="sm" fw={500}>
            {t('mfa.code')}
          </Text>
          <PinInput
            id="mfa-enrol-code"
            length={6}
            type="number"
            oneTimeCode
            value={code}
            onChange={setCode}
            aria-label={t('mfa.code')}
            data-testid="mfa-enrol-code"
          />
          <Text size="xs" c="dimmed">
            {t('mfa.codeHint')}
          </Text>
        </div>
        <ErrorMessage error={error} />
        <Button type="submit" loading={submitting} disabled={!enrolment} data-testid="mfa-enrol-confirm">
          {t('mfa.confirm')}
        </Button>
      </Stack>
    </form>
  );
}

const QR_SIZE = 200;

/** The otpauth URI as a QR code, drawn in the browser (the secret never leaves the page). */
function OtpauthQrCode({ uri }: { uri: string }) {
  const { t } = useTranslation();
  const [svg, setSvg] = useState<{ uri: string; src: string } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    // The encoder loads only with this screen.
    import('qrcode')
      .then((qrcode) => qrcode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }))
      .then((markup) => current && setSvg({ uri, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}` }))
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [uri]);
  if (failed) {
    return (
      <Text size="sm" c="orange" data-testid="mfa-qr-failed">
        {t('mfa.qrFailed')}
      </Text>
    );
  }
  return (
    <Center mb="xs" h={QR_SIZE}>
      {svg?.uri === uri ? (
        <img src={svg.src} width={QR_SIZE} height={QR_SIZE} alt={t('mfa.qrAlt')} data-testid="mfa-qr" style={{ imageRendering: 'pixelated' }} />
      ) : (
        <Loader size="sm" aria-label={t('app.loading')} />
      )}
    </Center>
  );
}

export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void | Promise<void> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="mfa-recovery-codes">
      <Alert color="orange" variant="light" title={t('mfa.recoveryTitle')}>
        {t('mfa.recoveryLead')}
      </Alert>
      <List spacing={2} size="sm" listStyleType="none" ff="monospace" data-testid="mfa-recovery-list">
        {codes.map((c) => (
          <List.Item key={c} data-testid="mfa-recovery-code">
            {c}
          </List.Item>
        ))}
      </List>
      <Group justify="flex-end">
        <Button onClick={() => void onDone()} data-testid="mfa-recovery-done">
          {t('mfa.recoveryDone')}
        </Button>
      </Group>
    </Stack>
  );
}
