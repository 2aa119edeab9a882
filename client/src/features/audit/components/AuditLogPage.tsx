import { Autocomplete, Badge, Button, Code, Group, Loader, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Fragment, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { inputError, type UiError } from '../../../apollo/useErrorMessage';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import type { AuditEventFilter, JSONObject } from '../../../graphql/enums';
import type { AuditEvent } from '../graphql/audit';
import { useDateTime } from '../../../i18n/useDateTime';
import type { MessageKey } from '../../../i18n/ja';
import { japanDayEnd, japanDayStart } from '../../../lib/datetime';
import { AUDIT_ACTION_PREFIXES, AUDIT_OBJECT_TYPES, auditActionKey, isAuditObjectType } from '../auditLabels';
import { useAuditEvents } from '../hooks/useAuditEvents';

interface FilterForm {
  action: string;
  objectType: string;
  objectId: string;
  /** Japan-time calendar days, 'YYYY-MM-DD', both included. */
  from: string;
  to: string;
}

const EMPTY_FORM: FilterForm = { action: '', objectType: '', objectId: '', from: '', to: '' };

function toFilter(form: FilterForm): AuditEventFilter {
  return {
    action: form.action.trim() || null,
    objectType: form.objectType || null,
    objectId: form.objectId.trim() || null,
    from: form.from ? japanDayStart(form.from) : null,
    to: form.to ? japanDayEnd(form.to) : null,
  };
}

/** 監査ログ: who did what to which object, when, from where, with the record before and after. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const [form, setForm] = useState<FilterForm>(EMPTY_FORM);
  const [applied, setApplied] = useState<AuditEventFilter>(() => toFilter(EMPTY_FORM));
  const [formError, setFormError] = useState<UiError | null>(null);
  const log = useAuditEvents(applied);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());

  function apply(next: FilterForm) {
    if (next.from && next.to && next.to < next.from) return setFormError(inputError('audit.errors.range', 'to'));
    setFormError(null);
    const filter = toFilter(next);
    // The same filter again means "show me what is new".
    if (JSON.stringify(filter) === JSON.stringify(applied)) void log.refetch();
    else setApplied(filter);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    apply(form);
  }

  function showObject(e: AuditEvent) {
    const next = { ...EMPTY_FORM, objectType: isAuditObjectType(e.objectType) ? e.objectType : '', objectId: e.objectId };
    setForm(next);
    apply(next);
  }

  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const set = (field: keyof FilterForm) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  return (
    <Stack gap="md" data-testid="audit-page">
      <Stack gap={2}>
        <Title order={3} id="audit-title">
          {t('audit.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('audit.lead')}
        </Text>
      </Stack>
      <Paper withBorder p="md" radius="md">
        <form onSubmit={handleSubmit} noValidate role="search" aria-label={t('audit.filters')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3, lg: 5 }} spacing="sm">
              <Autocomplete
                label={t('audit.action')}
                description={t('audit.actionHint')}
                value={form.action}
                onChange={set('action')}
                data={[...AUDIT_ACTION_PREFIXES]}
                spellCheck={false}
                data-testid="audit-filter-action"
              />
              <NativeSelect
                label={t('audit.objectType')}
                description={t('audit.objectTypeHint')}
                value={form.objectType}
                onChange={(event) => set('objectType')(event.currentTarget.value)}
                data={[{ value: '', label: t('audit.allObjectTypes') }, ...AUDIT_OBJECT_TYPES.map((value) => ({ value, label: t(`auditObjectType.${value}`) }))]}
                data-testid="audit-filter-object-type"
              />
              <TextInput
                label={t('audit.objectId')}
                description={t('audit.objectIdHint')}
                value={form.objectId}
                onChange={(event) => set('objectId')(event.currentTarget.value)}
                spellCheck={false}
                data-testid="audit-filter-object-id"
              />
              <TextInput
                type="date"
                label={t('audit.from')}
                description={t('audit.dateHint')}
                value={form.from}
                onChange={(event) => set('from')(event.currentTarget.value)}
                data-testid="audit-filter-from"
              />
              <TextInput
                type="date"
                label={t('audit.to')}
                description={t('audit.dateHint')}
                value={form.to}
                onChange={(event) => set('to')(event.currentTarget.value)}
                error={formError ? t('audit.errors.range') : undefined}
                data-testid="audit-filter-to"
              />
            </SimpleGrid>
            <Group justify="flex-end" gap="sm">
              <Button
                variant="default"
                onClick={() => {
                  setForm(EMPTY_FORM);
                  apply(EMPTY_FORM);
                }}
                data-testid="audit-clear"
              >
                {t('audit.clear')}
              </Button>
              <Button type="submit" loading={log.loading} data-testid="audit-apply">
                {t('audit.apply')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>

      {log.error && <ErrorMessage error={{ error: log.error }} />}
      {log.loading && log.events.length === 0 ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : log.events.length === 0 ? (
        <Text c="dimmed" data-testid="audit-empty">
          {t('audit.empty')}
        </Text>
      ) : (
        <Paper withBorder radius="md" p={0}>
          <Table.ScrollContainer minWidth={960}>
            <Table verticalSpacing="xs" highlightOnHover aria-labelledby="audit-title" data-testid="audit-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={44} />
                  <Table.Th w={210}>{t('audit.at')}</Table.Th>
                  <Table.Th>{t('audit.actionColumn')}</Table.Th>
                  <Table.Th>{t('audit.object')}</Table.Th>
                  <Table.Th>{t('audit.actor')}</Table.Th>
                  <Table.Th w={130}>{t('audit.ip')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {log.events.map((e) => (
                  <AuditRow key={e.id} event={e} open={expanded.has(e.id)} onToggle={() => toggle(e.id)} onShowObject={() => showObject(e)} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {log.hasMore && (
        <Group justify="center">
          <Button variant="default" loading={log.loadingMore} onClick={() => void log.loadMore()} data-testid="audit-load-more">
            {t('lists.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

interface AuditRowProps {
  event: AuditEvent;
  open: boolean;
  onToggle: () => void;
  onShowObject: () => void;
}

function AuditRow({ event: e, open, onToggle, onShowObject }: AuditRowProps) {
  const { t, i18n } = useTranslation();
  const { dateTimeSeconds } = useDateTime();
  const actionKey = auditActionKey(e.action);
  // Actions the client has no words for yet still show, by their code.
  const actionLabel = i18n.exists(actionKey) ? t(actionKey as MessageKey) : e.action;
  const detailsId = `audit-details-${e.id}`;
  return (
    <Fragment>
      <Table.Tr
        data-testid="audit-row"
        data-event-id={e.id}
        data-action={e.action}
        data-object-type={e.objectType}
        data-object-id={e.objectId}
        style={{ cursor: 'pointer' }}
        onClick={onToggle}
      >
        <Table.Td>
          <Button
            size="compact-xs"
            variant="subtle"
            aria-expanded={open}
            aria-controls={detailsId}
            aria-label={t(open ? 'audit.collapse' : 'audit.expand')}
            onClick={(event) => {
              event.stopPropagation();
              onToggle();
            }}
            data-testid="audit-expand"
          >
            {open ? '▾' : '▸'}
          </Button>
        </Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          <Text size="sm">
            <time dateTime={e.at}>{dateTimeSeconds(e.at)}</time>
          </Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm" fw={600}>
            {actionLabel}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace">
            {e.action}
          </Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{isAuditObjectType(e.objectType) ? t(`auditObjectType.${e.objectType}`) : e.objectType}</Text>
          <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
            {e.objectId}
          </Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{e.actor?.displayName ?? t(e.actorRole === 'ANONYMOUS' ? 'audit.anonymous' : 'audit.system')}</Text>
          {e.actorRole && e.actorRole !== 'SYSTEM' && e.actorRole !== 'ANONYMOUS' && (
            <Text size="xs" c="dimmed">
              {i18n.exists(`actorRole.${e.actorRole}`) ? t(`actorRole.${e.actorRole}` as MessageKey) : e.actorRole}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <Text size="xs" ff="monospace">
            {e.ip ?? t('common.none')}
          </Text>
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr id={detailsId} data-testid="audit-details" data-event-id={e.id}>
          <Table.Td />
          <Table.Td colSpan={5}>
            <Stack gap="xs" py={4}>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                <JsonBlock label={t('audit.before')} value={e.before} testId="audit-before" />
                <JsonBlock label={t('audit.after')} value={e.after} testId="audit-after" />
              </SimpleGrid>
              <Group gap="md" justify="space-between">
                <Text size="xs" c="dimmed">
                  {t('audit.requestId')}: <Code>{e.requestId ?? t('common.none')}</Code>
                </Text>
                <Button size="compact-xs" variant="light" onClick={onShowObject} data-testid="audit-show-object">
                  {t('audit.showObject')}
                </Button>
              </Group>
            </Stack>
          </Table.Td>
        </Table.Tr>
      )}
    </Fragment>
  );
}

function JsonBlock({ label, value, testId }: { label: string; value: JSONObject | null; testId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Text size="xs" fw={600}>
          {label}
        </Text>
        {!value && (
          <Badge size="xs" variant="light" color="gray" tt="none">
            {t('audit.noRecord')}
          </Badge>
        )}
      </Group>
      {value && (
        <Code block mah={280} style={{ overflow: 'auto', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid={testId}>
          {JSON.stringify(value, null, 2)}
        </Code>
      )}
    </Stack>
  );
}
