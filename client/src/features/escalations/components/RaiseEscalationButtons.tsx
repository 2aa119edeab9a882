import '../i18n/register';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EscalationKind } from '../../../graphql/generated/graphql';
import type { RaisedEscalation } from './RaiseEscalationModal';

// The form loads with the first click: the case drawer and the officer's page open without it.
const RaiseEscalationModal = lazy(() => import('./RaiseEscalationModal').then((m) => ({ default: m.RaiseEscalationModal })));

interface RaiseEscalationButtonsProps {
  /** From the case drawer: the case's post is the one escalated. */
  caseRef?: { id: string; number: number } | null;
  /** A framed section with an explanation (the officer's page) or just the buttons (the case drawer). */
  framed?: boolean;
  /** Compact buttons (the case drawer). */
  size?: 'xs' | 'sm' | 'md';
}

/** First click: which kind. The modal is the second: check the post, send. */
export function RaiseEscalationButtons({ caseRef = null, framed = false, size = 'md' }: RaiseEscalationButtonsProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<EscalationKind | null>(null);
  const [raised, setRaised] = useState<RaisedEscalation | null>(null);

  const buttons = (
    <Group gap="sm" wrap="wrap">
      <Button color="red" size={size} onClick={() => setKind('SUICIDE_NOTICE')} data-testid="raise-suicide-notice">
        {t('escalations.raise.suicide')}
      </Button>
      <Button color="pink" size={size} onClick={() => setKind('CHILD_SAFETY_URGENT')} data-testid="raise-child-safety">
        {t('escalations.raise.childSafety')}
      </Button>
    </Group>
  );
  const result = raised && (
    <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setRaised(null)} closeButtonLabel={t('escalations.detail.close')} data-testid="raise-result" data-escalation-id={raised.id}>
      <Text size="sm">{t('escalations.raise.sent', { kind: t(`escalations.kind.${raised.kind}`), number: raised.number })}</Text>
    </Alert>
  );
  const modal = kind && (
    <Suspense fallback={null}>
    <RaiseEscalationModal
      kind={kind}
      caseRef={caseRef}
      onClose={() => setKind(null)}
      onRaised={(r) => {
        setKind(null);
        setRaised(r);
      }}
    />
    </Suspense>
  );

  if (!framed) {
    return (
      <Stack gap="xs" data-testid="raise-escalation">
        {buttons}
        {result}
        {modal}
      </Stack>
    );
  }
  return (
    <Paper withBorder p="md" radius="md" style={{ borderColor: 'var(--mantine-color-red-4)' }} component="section" aria-labelledby="raise-escalation-title" data-testid="raise-escalation">
      <Stack gap="xs">
        <Title order={2} size="h4" id="raise-escalation-title">
          {t('escalations.raise.sectionTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('escalations.raise.sectionLead')}
        </Text>
        {buttons}
        {result}
      </Stack>
      {modal}
    </Paper>
  );
}
