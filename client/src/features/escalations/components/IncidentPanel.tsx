import '../i18n/register';
import { Button, Group, Select, Stack, Stepper, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import type { EscalationDetailFieldsFragment, IncidentReportMethod, IncidentReportRecipient } from '../../../graphql/generated/graphql';
import { useDateTime } from '../../../i18n/useDateTime';
import { RECORD_INCIDENT_REPORT_MUTATION } from '../graphql/escalations';
import { useEscalationRunner } from '../hooks/useEscalationRunner';
import { FieldTable } from './EscalationDrawer';

const PATH: IncidentReportRecipient[] = ['INFORMATION_MANAGEMENT_HEAD', 'INFORMATION_SECURITY_MANAGER'];
const METHODS: IncidentReportMethod[] = ['PHONE', 'IN_PERSON', 'EMAIL', 'DOCUMENT'];

/** 要報告インシデント: the reporting path, head of the information management division first. */
export function IncidentPanel({ e, reload }: { e: EscalationDetailFieldsFragment; reload: () => unknown }) {
  const { t } = useTranslation();
  const { dateTime } = useDateTime();
  const { run, error, busy } = useEscalationRunner(reload);
  const [recipientName, setRecipientName] = useState('');
  const [method, setMethod] = useState<IncidentReportMethod>('PHONE');
  const [note, setNote] = useState('');
  const [record] = useMutation(RECORD_INCIDENT_REPORT_MUTATION);
  const inc = e.incident;
  if (!inc) return null;
  const finished = e.status === 'DONE' || e.status === 'CANCELLED';
  const next = inc.pendingRecipients[0] ?? null;
  const doneCount = PATH.filter((r) => inc.reports.some((rep) => rep.recipient === r)).length;

  async function submit() {
    if (!next) return;
    const ok = await run('report', () =>
      record({ variables: { input: { escalationId: e.id, recipient: next, method, recipientName: recipientName.trim() || null, note: note.trim() || null } } }),
    );
    if (ok) {
      setRecipientName('');
      setNote('');
    }
  }

  return (
    <Stack gap="sm" data-testid="incident-panel" data-pending={inc.pendingRecipients.join(',')}>
      <Text size="sm" c="dimmed">
        {t('escalations.incident.lead')}
      </Text>
      <FieldTable
        rows={[
          [t('escalations.incident.detectedAt'), inc.detectedAt ? dateTime(inc.detectedAt) : null],
          [t('escalations.incident.affectedAsset'), inc.affectedAsset],
        ]}
      />
      <Text fw={600} size="sm">
        {t('escalations.incident.path')}
      </Text>
      <Stepper active={doneCount} orientation="vertical" size="sm" allowNextStepsSelect={false}>
        {PATH.map((recipient) => {
          const report = inc.reports.find((r) => r.recipient === recipient);
          return (
            <Stepper.Step
              key={recipient}
              label={t(`escalations.incident.recipient.${recipient}`) + (report?.recipientName ? `（${report.recipientName}）` : '')}
              description={
                report
                  ? t('escalations.incident.reported', { at: dateTime(report.reportedAt), method: t(`escalations.incident.methodValue.${report.method}`), who: report.reportedBy.displayName })
                  : t('escalations.incident.pending')
              }
              data-testid="incident-step"
              data-recipient={recipient}
              data-reported={Boolean(report)}
            />
          );
        })}
      </Stepper>
      {next && !finished && (
        <Stack gap="xs" p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}>
          <Text fw={600} size="sm">
            {t('escalations.incident.recordTitle', { recipient: t(`escalations.incident.recipient.${next}`) })}
          </Text>
          <Group gap="xs" grow wrap="wrap">
            <TextInput label={t('escalations.incident.recipientName')} value={recipientName} onChange={(ev) => setRecipientName(ev.currentTarget.value)} data-testid="incident-recipient-name" />
            <Select
              label={t('escalations.incident.method')}
              data={METHODS.map((m) => ({ value: m, label: t(`escalations.incident.methodValue.${m}`) }))}
              value={method}
              onChange={(v) => v && setMethod(v as IncidentReportMethod)}
              allowDeselect={false}
              data-testid="incident-method"
            />
          </Group>
          <Textarea label={t('escalations.incident.note')} value={note} onChange={(ev) => setNote(ev.currentTarget.value)} autosize minRows={1} data-testid="incident-note" />
          <Group>
            <Button size="sm" loading={busy === 'report'} onClick={() => void submit()} data-testid="incident-record">
              {t('escalations.incident.record')}
            </Button>
          </Group>
        </Stack>
      )}
      {!next && (
        <Text size="sm" c="teal.8" data-testid="incident-path-complete">
          {t('escalations.incident.allReported')}
        </Text>
      )}
      <ErrorMessage error={error} />
    </Stack>
  );
}
