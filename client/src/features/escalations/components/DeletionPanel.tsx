import '../i18n/register';
import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import type { EscalationDetailFieldsFragment } from '../../../graphql/generated/graphql';
import { useDateTime } from '../../../i18n/useDateTime';
import { RECORD_DELETION_SENT_MUTATION } from '../graphql/escalations';
import { useEscalationRunner } from '../hooks/useEscalationRunner';
import { FieldTable } from './EscalationDrawer';

/** 削除依頼: record the request to X; the worker's re-checks then show whether and when the post went. */
export function DeletionPanel({ e, reload }: { e: EscalationDetailFieldsFragment; reload: () => unknown }) {
  const { t, i18n } = useTranslation();
  const { dateTime } = useDateTime();
  const { run, error, busy } = useEscalationRunner(reload);
  const [xReference, setXReference] = useState('');
  const [recordSent] = useMutation(RECORD_DELETION_SENT_MUTATION);
  const d = e.deletion;
  const finished = e.status === 'DONE' || e.status === 'CANCELLED';
  if (!d) return null;
  const hours = d.hoursToRemoval !== null ? new Intl.NumberFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'ja-JP', { maximumFractionDigits: 1 }).format(d.hoursToRemoval) : null;
  return (
    <Stack gap="sm" data-testid="deletion-panel" data-requested={Boolean(d.requestedAt)} data-removed={Boolean(d.removedAt)}>
      <FieldTable
        rows={[
          [t('escalations.deletion.reason'), t(`escalations.deletion.reasonValue.${d.reason}`)],
          [t('escalations.deletion.requestedAt'), d.requestedAt ? dateTime(d.requestedAt) : t('escalations.deletion.notRequested')],
          [t('escalations.detail.externalReference'), e.externalReference],
        ]}
      />
      {!d.requestedAt && !finished && (
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput label={t('escalations.deletion.xReference')} value={xReference} onChange={(ev) => setXReference(ev.currentTarget.value)} style={{ flex: 1 }} data-testid="deletion-x-reference" />
          <Button
            size="sm"
            loading={busy === 'sent'}
            onClick={() => void run('sent', () => recordSent({ variables: { escalationId: e.id, xReference: xReference.trim() || null } }))}
            data-testid="deletion-record-sent"
          >
            {t('escalations.deletion.recordSent')}
          </Button>
        </Group>
      )}
      {d.requestedAt && (
        <Stack gap={4}>
          <Group gap="xs">
            <Text fw={600} size="sm">
              {t('escalations.deletion.recheck')}
            </Text>
            {d.removedAt ? (
              <Badge color="teal" tt="none" data-testid="deletion-outcome">
                {d.removalOutcome ? t(`escalations.deletion.outcomeValue.${d.removalOutcome}`) : t('escalations.deletion.removedAt')}
              </Badge>
            ) : (
              <Badge color="orange" tt="none" data-testid="deletion-still-up">
                {t('escalations.deletion.stillUp')}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {t('escalations.deletion.recheckLead')}
          </Text>
          <FieldTable
            rows={[
              [t('escalations.deletion.lastCheckedAt'), d.lastCheckedAt ? dateTime(d.lastCheckedAt) : null],
              [t('escalations.deletion.checkCount'), t('escalations.deletion.checkCountValue', { count: d.checkCount })],
              [t('escalations.deletion.removedAt'), d.removedAt ? dateTime(d.removedAt) : null],
              [t('escalations.deletion.hoursToRemoval'), hours !== null ? t('escalations.deletion.hoursValue', { hours }) : null],
              [t('escalations.deletion.reminderAlertedAt'), d.reminderAlertedAt ? dateTime(d.reminderAlertedAt) : null],
            ]}
          />
        </Stack>
      )}
      <ErrorMessage error={error} />
    </Stack>
  );
}
