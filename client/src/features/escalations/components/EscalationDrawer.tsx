import '../i18n/register';
import { Anchor, Badge, Button, Checkbox, Divider, Drawer, Group, Loader, Select, Stack, Table, Text, Textarea, TextInput, Timeline, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { inputError } from '../../../apollo/useErrorMessage';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import type { EscalationDetailFieldsFragment, EscalationStatus } from '../../../graphql/generated/graphql';
import { useDateTime } from '../../../i18n/useDateTime';
import { LIST_POLL_MS } from '../../../lib/polling';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import {
  ADD_NOTE_MUTATION,
  ASSIGN_ESCALATION_MUTATION,
  CANCEL_ESCALATION_MUTATION,
  CLAIM_ESCALATION_MUTATION,
  COMPLETE_ESCALATION_MUTATION,
  DIVISION_STAFF_QUERY,
  ESCALATION_QUERY,
  REOPEN_ESCALATION_MUTATION,
  RETURN_ESCALATION_MUTATION,
  START_ESCALATION_MUTATION,
  TICK_STEP_MUTATION,
  UNTICK_STEP_MUTATION,
  UPDATE_ESCALATION_MUTATION,
} from '../graphql/escalations';
import { useEscalationRunner } from '../hooks/useEscalationRunner';
import { DeletionPanel } from './DeletionPanel';
import { DisclosurePanel } from './DisclosurePanel';
import { EscalationKindBadges, EscalationStatusBadge } from './EscalationBadges';
import { IncidentPanel } from './IncidentPanel';

type Detail = EscalationDetailFieldsFragment;

interface EscalationDrawerProps {
  escalationId: string | null;
  onClose: () => void;
}

/** One escalation: who has it, its procedure, the kind's own panel, notes and the timeline. */
export function EscalationDrawer({ escalationId, onClose }: EscalationDrawerProps) {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(ESCALATION_QUERY, {
    variables: { id: escalationId ?? '' },
    skip: !escalationId,
    pollInterval: escalationId ? LIST_POLL_MS : 0,
    fetchPolicy: 'cache-and-network',
  });
  const detail = escalationId && data?.escalation.id === escalationId ? data.escalation : undefined;
  const closeButtonProps = { 'aria-label': t('escalations.detail.close'), 'data-testid': 'escalation-drawer-close' };
  return (
    <Drawer
      opened={escalationId !== null}
      onClose={onClose}
      position="right"
      size={760}
      padding="lg"
      closeButtonProps={closeButtonProps}
      title={
        detail ? (
          <Group gap="sm" wrap="wrap">
            <Title order={3} size="h4">
              {t('escalations.number', { number: detail.number })}
            </Title>
            <EscalationKindBadges kind={detail.kind} urgency={detail.urgency} />
            <EscalationStatusBadge status={detail.status} />
          </Group>
        ) : (
          <Title order={3} size="h4">
            {t('app.loading')}
          </Title>
        )
      }
    >
      <div data-testid="escalation-drawer" data-escalation-id={escalationId ?? undefined} data-status={detail?.status} data-kind={detail?.kind}>
        {error && !detail && (
          <Stack gap="xs">
            <Text>{t('escalations.detail.loadFailed')}</Text>
            <ErrorMessage error={{ error }} />
          </Stack>
        )}
        {loading && !detail && !error && <Loader size="sm" aria-label={t('app.loading')} />}
        {detail && <EscalationDetailView e={detail} reload={refetch} />}
      </div>
    </Drawer>
  );
}

function EscalationDetailView({ e, reload }: { e: Detail; reload: () => unknown }) {
  const { t } = useTranslation();
  const { dateTime } = useDateTime();
  const finished = e.status === 'DONE' || e.status === 'CANCELLED';
  const when = (iso: string | null | undefined) => (iso ? <time dateTime={iso}>{dateTime(iso)}</time> : null);
  return (
    <Stack gap="md">
      <Section title={t('escalations.detail.overview')}>
        <FieldTable
          rows={[
            [t('escalations.detail.summary'), <span data-testid="escalation-summary">{e.summary}</span>],
            [
              t('escalations.detail.post'),
              e.postUrl ? (
                <Anchor href={e.postUrl} target="_blank" rel="noopener noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {e.postUrl}
                </Anchor>
              ) : null,
            ],
            [t('escalations.detail.case'), e.case ? t('escalations.detail.caseNumber', { number: e.case.number }) : null],
            [t('escalations.detail.raisedBy'), `${e.raisedUnit.name}・${e.raisedBy.displayName}`],
            [t('escalations.detail.raisedAt'), when(e.createdAt)],
            [t('escalations.detail.owner'), <span data-testid="escalation-detail-owner">{e.owner?.displayName ?? t('escalations.unowned')}</span>],
            [t('escalations.detail.assignedAt'), when(e.assignedAt)],
            [
              t('escalations.detail.due'),
              <Group gap="xs">
                <Text size="sm" c={e.overdue ? 'red.8' : undefined} fw={e.overdue ? 700 : undefined}>
                  {dateTime(e.dueAt)}
                </Text>
                {e.overdue && !finished && (
                  <Badge color="red" size="sm" tt="none">
                    {t('escalations.overdue')}
                  </Badge>
                )}
              </Group>,
            ],
            [t('escalations.detail.externalReference'), e.externalReference],
            [t('escalations.detail.cancelReason'), e.cancelReason],
            [t('escalations.detail.completedAt'), when(e.completedAt)],
            [t('escalations.detail.checklistVersion'), e.checklistTemplateVersion?.toString()],
          ]}
        />
      </Section>

      <Section title={t('escalations.detail.actions')}>
        <ActionsPanel e={e} reload={reload} />
      </Section>

      <Section title={t('escalations.detail.checklist')}>
        <ChecklistPanel e={e} reload={reload} />
      </Section>

      {e.kind === 'EMERGENCY_DISCLOSURE' && (
        <Section title={t('escalations.disclosure.title')}>
          <DisclosurePanel e={e} reload={reload} />
        </Section>
      )}
      {e.kind === 'DELETION_REQUEST' && (
        <Section title={t('escalations.deletion.title')}>
          <DeletionPanel e={e} reload={reload} />
        </Section>
      )}
      {e.kind === 'SECURITY_INCIDENT' && (
        <Section title={t('escalations.incident.title')}>
          <IncidentPanel e={e} reload={reload} />
        </Section>
      )}

      <Section title={t('escalations.detail.notes')}>
        <NotePanel e={e} reload={reload} />
      </Section>

      <Section title={t('escalations.detail.timeline')}>
        <EscalationTimeline e={e} />
      </Section>
    </Stack>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section">
      <Divider label={<Text fw={700} size="sm">{title}</Text>} labelPosition="left" />
      {children}
    </Stack>
  );
}

/** Label/value rows; empty values are left out. */
export function FieldTable({ rows, testId }: { rows: Array<[string, ReactNode]>; testId?: string }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return (
    <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing="xs" data-testid={testId}>
      <Table.Tbody>
        {shown.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={190} style={{ verticalAlign: 'top' }}>
              <Text size="sm" c="dimmed" fw={600}>
                {label}
              </Text>
            </Table.Th>
            <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              <Text size="sm" component="div">
                {value}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

type PendingAction = 'return' | 'complete' | 'cancel' | 'reopen';

function ActionsPanel({ e, reload }: { e: Detail; reload: () => unknown }) {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const { run, error, setError, busy } = useEscalationRunner(reload);
  const [pending, setPending] = useState<PendingAction | null>(null);
  const [text, setText] = useState('');
  const [reference, setReference] = useState(e.externalReference ?? '');
  const [claim] = useMutation(CLAIM_ESCALATION_MUTATION);
  const [start] = useMutation(START_ESCALATION_MUTATION);
  const [returnToOpen] = useMutation(RETURN_ESCALATION_MUTATION);
  const [complete] = useMutation(COMPLETE_ESCALATION_MUTATION, { refetchQueries: ['Escalations', 'MyAlerts'] });
  const [cancel] = useMutation(CANCEL_ESCALATION_MUTATION, { refetchQueries: ['Escalations', 'MyAlerts'] });
  const [reopen] = useMutation(REOPEN_ESCALATION_MUTATION, { refetchQueries: ['Escalations'] });
  const [update] = useMutation(UPDATE_ESCALATION_MUTATION);
  const isChief = user.role === 'CHIEF';
  const finished = e.status === 'DONE' || e.status === 'CANCELLED';
  const vars = { escalationId: e.id, expectedVersion: e.version };
  const reasonRequired = pending === 'cancel' || pending === 'reopen';

  async function confirm() {
    const value = text.trim();
    if (reasonRequired && !value) return setError(inputError('escalations.detail.reasonRequired', 'reason'));
    const ok = await run(pending!, () => {
      switch (pending!) {
        case 'return':
          return returnToOpen({ variables: { ...vars, note: value || null } });
        case 'complete':
          return complete({ variables: { ...vars, note: value || null } });
        case 'cancel':
          return cancel({ variables: { ...vars, reason: value } });
        case 'reopen':
          return reopen({ variables: { ...vars, reason: value } });
      }
    });
    if (ok) {
      setPending(null);
      setText('');
    }
  }

  const choose = (action: PendingAction) => {
    setError(null);
    setText('');
    setPending(action);
  };
  const pendingLabel: Record<PendingAction, string> = {
    return: t('escalations.detail.returnToOpen'),
    complete: t('escalations.detail.complete'),
    cancel: t('escalations.detail.cancel'),
    reopen: t('escalations.detail.reopen'),
  };

  return (
    <Stack gap="sm" data-testid="escalation-actions">
      {finished && (
        <Text size="sm" c="dimmed">
          {t('escalations.detail.finishedNotice', { status: t(`escalations.status.${e.status}`) })}
        </Text>
      )}
      <Group gap="xs" wrap="wrap">
        {!finished && e.owner?.id !== user.id && (
          <Button size="sm" loading={busy === 'claim'} onClick={() => void run('claim', () => claim({ variables: vars, refetchQueries: ['Escalations'] }))} data-testid="escalation-claim">
            {t('escalations.detail.claim')}
          </Button>
        )}
        {e.status === 'OPEN' && e.owner && (
          <Button size="sm" variant="light" loading={busy === 'start'} onClick={() => void run('start', () => start({ variables: vars, refetchQueries: ['Escalations'] }))} data-testid="escalation-start">
            {t('escalations.detail.start')}
          </Button>
        )}
        {e.status === 'IN_PROGRESS' && (
          <>
            <Button size="sm" color="teal" onClick={() => choose('complete')} data-testid="escalation-complete">
              {t('escalations.detail.complete')}
            </Button>
            <Button size="sm" variant="default" onClick={() => choose('return')} data-testid="escalation-return">
              {t('escalations.detail.returnToOpen')}
            </Button>
          </>
        )}
        {!finished && (
          <Button size="sm" variant="default" color="red" onClick={() => choose('cancel')} data-testid="escalation-cancel">
            {t('escalations.detail.cancel')}
          </Button>
        )}
        {isChief && e.status === 'DONE' && (
          <Button size="sm" variant="light" color="orange" onClick={() => choose('reopen')} data-testid="escalation-reopen">
            {t('escalations.detail.reopen')}
          </Button>
        )}
      </Group>
      {pending && (
        <Stack gap="xs" p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }} data-testid="escalation-pending-action" data-action={pending}>
          <Text fw={600} size="sm">
            {pendingLabel[pending]}
          </Text>
          {pending === 'complete' && e.openStepCount > 0 && (
            <Text size="sm" c="orange.8" data-testid="escalation-open-steps-warning">
              {t('escalations.detail.openStepsWarning', { count: e.openStepCount })}
            </Text>
          )}
          <Textarea
            label={reasonRequired ? t('escalations.detail.reason') : t('escalations.detail.noteOptional')}
            withAsterisk={reasonRequired}
            value={text}
            onChange={(ev) => setText(ev.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
            data-testid="escalation-action-text"
          />
          <Group gap="xs">
            <Button size="sm" color={pending === 'cancel' ? 'red' : pending === 'complete' ? 'teal' : undefined} loading={busy === pending} onClick={() => void confirm()} data-testid="escalation-action-confirm">
              {t('escalations.detail.confirm')}
            </Button>
            <Button size="sm" variant="default" onClick={() => setPending(null)} data-testid="escalation-action-back">
              {t('escalations.detail.back')}
            </Button>
          </Group>
        </Stack>
      )}
      {isChief && !finished && <AssignControl e={e} run={run} busy={busy} />}
      {!finished && (
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label={t('escalations.detail.externalReference')}
            placeholder={t('escalations.detail.referencePlaceholder')}
            value={reference}
            onChange={(ev) => setReference(ev.currentTarget.value)}
            maxLength={200}
            style={{ flex: 1 }}
            data-testid="escalation-reference"
          />
          <Button
            size="sm"
            variant="default"
            disabled={reference.trim() === (e.externalReference ?? '')}
            loading={busy === 'reference'}
            onClick={() => void run('reference', () => update({ variables: { input: { escalationId: e.id, expectedVersion: e.version, externalReference: reference.trim() } } }))}
            data-testid="escalation-reference-save"
          >
            {t('escalations.detail.saveReference')}
          </Button>
        </Group>
      )}
      <ErrorMessage error={error} />
    </Stack>
  );
}

function AssignControl({ e, run, busy }: { e: Detail; run: (name: string, action: () => Promise<unknown>) => Promise<boolean>; busy: string | null }) {
  const { t } = useTranslation();
  const { data } = useQuery(DIVISION_STAFF_QUERY, { fetchPolicy: 'cache-first' });
  const [assign] = useMutation(ASSIGN_ESCALATION_MUTATION, { refetchQueries: ['Escalations'] });
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const people = [...(data?.officersInCharge.nodes ?? []), ...(data?.chiefs.nodes ?? [])].filter((u) => u.id !== e.owner?.id);
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <Select
        label={t('escalations.detail.assignTo')}
        data={people.map((u) => ({ value: u.id, label: u.displayName }))}
        value={ownerId}
        onChange={setOwnerId}
        style={{ flex: 1 }}
        data-testid="escalation-assignee"
      />
      <Button
        size="sm"
        variant="default"
        disabled={!ownerId}
        loading={busy === 'assign'}
        onClick={() => void run('assign', () => assign({ variables: { escalationId: e.id, ownerId: ownerId!, expectedVersion: e.version } })).then((ok) => ok && setOwnerId(null))}
        data-testid="escalation-assign"
      >
        {t('escalations.detail.assignSubmit')}
      </Button>
    </Group>
  );
}

function ChecklistPanel({ e, reload }: { e: Detail; reload: () => unknown }) {
  const { t, i18n } = useTranslation();
  const { dateTime } = useDateTime();
  const { run, error, busy } = useEscalationRunner(reload);
  const [tick] = useMutation(TICK_STEP_MUTATION, { refetchQueries: ['Escalations'] });
  const [untick] = useMutation(UNTICK_STEP_MUTATION, { refetchQueries: ['Escalations'] });
  const finished = e.status === 'DONE' || e.status === 'CANCELLED';
  const en = i18n.resolvedLanguage === 'en';
  if (e.steps.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('escalations.detail.checklistEmpty')}
      </Text>
    );
  }
  return (
    <Stack gap={6} data-testid="escalation-checklist">
      {e.steps.map((step) => {
        const done = step.doneAt !== null;
        const name = `step-${step.position}`;
        return (
          <Group key={step.position} gap="sm" wrap="nowrap" align="flex-start" data-testid="escalation-step" data-position={step.position} data-done={done}>
            <Checkbox
              mt={2}
              checked={done}
              disabled={finished || busy !== null}
              onChange={(ev) => {
                const checked = ev.currentTarget.checked;
                void run(name, () => (checked ? tick : untick)({ variables: { escalationId: e.id, position: step.position } }));
              }}
              aria-label={en ? step.labelEn : step.labelJa}
              data-testid="escalation-step-checkbox"
            />
            <Stack gap={0} style={{ flex: 1 }}>
              <Text size="sm" td={done ? undefined : undefined} c={done ? 'dimmed' : undefined}>
                {step.position}. {en ? step.labelEn : step.labelJa}
              </Text>
              {done && (
                <Text size="xs" c="teal.8" data-testid="escalation-step-done-by">
                  ✓ {t('escalations.detail.stepDone', { who: step.doneBy?.displayName ?? t('escalations.detail.system'), at: dateTime(step.doneAt!) })}
                </Text>
              )}
            </Stack>
            {busy === name && <Loader size="xs" />}
          </Group>
        );
      })}
      <ErrorMessage error={error} />
    </Stack>
  );
}

function NotePanel({ e, reload }: { e: Detail; reload: () => unknown }) {
  const { t } = useTranslation();
  const { run, error, setError, busy } = useEscalationRunner(reload);
  const [text, setText] = useState('');
  const [add] = useMutation(ADD_NOTE_MUTATION);
  async function submit() {
    if (!text.trim()) return setError(inputError('escalations.detail.noteRequired', 'text'));
    if (await run('note', () => add({ variables: { escalationId: e.id, text: text.trim() } }))) setText('');
  }
  return (
    <Stack gap="xs">
      <Textarea
        aria-label={t('escalations.detail.addNote')}
        placeholder={t('escalations.detail.notePlaceholder')}
        value={text}
        onChange={(ev) => setText(ev.currentTarget.value)}
        autosize
        minRows={2}
        maxLength={4000}
        data-testid="escalation-note"
      />
      <Group>
        <Button size="sm" variant="default" loading={busy === 'note'} onClick={() => void submit()} data-testid="escalation-note-add">
          {t('escalations.detail.addNote')}
        </Button>
      </Group>
      <ErrorMessage error={error} />
    </Stack>
  );
}

function parseData(data: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(data);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const STATUSES: readonly string[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

function EscalationTimeline({ e }: { e: Detail }) {
  const { t } = useTranslation();
  const { dateTime } = useDateTime();
  const statusLabel = (s: unknown) => (typeof s === 'string' && STATUSES.includes(s) ? t(`escalations.status.${s as EscalationStatus}`) : String(s ?? ''));
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="escalation-timeline">
      {e.timeline.map((ev) => {
        const data = parseData(ev.data);
        const detail =
          ev.type === 'STATUS_CHANGED'
            ? t('escalations.eventData.statusChange', { from: statusLabel(data.from), to: statusLabel(data.to) })
            : (ev.type === 'STEP_TICKED' || ev.type === 'STEP_UNTICKED') && typeof data.position === 'number'
              ? t('escalations.eventData.step', { position: data.position })
              : null;
        return (
          <Timeline.Item
            key={ev.id}
            title={
              <Text size="sm" fw={600}>
                {t(`escalations.event.${ev.type}`)}
                {detail && (
                  <Text span size="sm" fw={400}>
                    {' '}
                    {detail}
                  </Text>
                )}
              </Text>
            }
            data-testid="escalation-event"
            data-type={ev.type}
          >
            <Text size="xs" c="dimmed">
              {dateTime(ev.at)}・{ev.actor?.displayName ?? t('escalations.detail.system')}
            </Text>
            {ev.note && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {ev.note}
              </Text>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
