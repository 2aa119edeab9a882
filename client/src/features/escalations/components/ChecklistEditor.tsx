import '../i18n/register';
import { ActionIcon, Button, Center, Group, Loader, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../../apollo/errors';
import { inputError, type UiError } from '../../../apollo/useErrorMessage';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import type { EscalationKind } from '../../../graphql/generated/graphql';
import { useDateTime } from '../../../i18n/useDateTime';
import { CHECKLIST_HISTORY_QUERY, CHECKLIST_TEMPLATES_QUERY, UPDATE_CHECKLIST_MUTATION } from '../graphql/escalations';
import { ESCALATION_KINDS } from '../labels';

interface StepDraft {
  key: number;
  labelJa: string;
  labelEn: string;
}

let nextKey = 1;

/** The chief edits a kind's procedure; each save is a new version (raised escalations keep theirs). */
export function ChecklistEditor() {
  const { t } = useTranslation();
  const { dateTime } = useDateTime();
  const [kind, setKind] = useState<EscalationKind>('SUICIDE_NOTICE');
  const templates = useQuery(CHECKLIST_TEMPLATES_QUERY, { fetchPolicy: 'cache-and-network' });
  const history = useQuery(CHECKLIST_HISTORY_QUERY, { variables: { kind }, fetchPolicy: 'cache-and-network' });
  const [save, { loading: saving }] = useMutation(UPDATE_CHECKLIST_MUTATION, { refetchQueries: ['EscalationChecklistTemplates', 'EscalationChecklistHistory'] });
  const current = templates.data?.escalationChecklistTemplates.find((tpl) => tpl.kind === kind) ?? null;
  const [steps, setSteps] = useState<StepDraft[]>([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState<UiError | null>(null);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);

  // A new kind, or a newer version from the server: start from what is current.
  useEffect(() => {
    setSteps((current?.steps ?? []).map((s) => ({ key: nextKey++, labelJa: s.labelJa, labelEn: s.labelEn })));
  }, [current?.id]); // eslint-disable-line react-hooks/exhaustive-deps

  const update = (key: number, change: Partial<StepDraft>) => setSteps((list) => list.map((s) => (s.key === key ? { ...s, ...change } : s)));
  const move = (index: number, by: number) =>
    setSteps((list) => {
      const copy = [...list];
      const [item] = copy.splice(index, 1);
      copy.splice(index + by, 0, item);
      return copy;
    });

  async function submit() {
    setError(null);
    setSavedVersion(null);
    if (steps.length === 0) return setError(inputError('escalations.checklists.noSteps', 'steps'));
    if (steps.some((s) => !s.labelJa.trim() || !s.labelEn.trim())) return setError(inputError('escalations.checklists.stepRequired', 'steps'));
    try {
      const { data } = await save({
        variables: {
          input: {
            kind,
            expectedVersion: current?.version ?? 0,
            steps: steps.map((s) => ({ labelJa: s.labelJa.trim(), labelEn: s.labelEn.trim() })),
            note: note.trim() || null,
          },
        },
      });
      if (data) {
        setSavedVersion(data.updateEscalationChecklist.version);
        setNote('');
      }
    } catch (caught) {
      setError({ error: caught, overrides: { CONFLICT: 'escalations.checklists.conflict' } });
      if (errorCodeOf(caught) === 'CONFLICT') void templates.refetch();
    }
  }

  if (templates.error && !templates.data) return <ErrorMessage error={{ error: templates.error }} />;
  if (!templates.data)
    return (
      <Center>
        <Loader size="sm" aria-label={t('app.loading')} />
      </Center>
    );

  return (
    <Stack gap="md" data-testid="checklist-editor" data-kind={kind} data-version={current?.version}>
      <Text size="sm" c="dimmed">
        {t('escalations.checklists.lead')}
      </Text>
      <Group gap="md" align="flex-end">
        <Select
          label={t('escalations.checklists.kind')}
          data={ESCALATION_KINDS.map((k) => ({ value: k, label: t(`escalations.kind.${k}`) }))}
          value={kind}
          onChange={(v) => {
            if (!v) return;
            setKind(v as EscalationKind);
            setError(null);
            setSavedVersion(null);
          }}
          allowDeselect={false}
          w={240}
          data-testid="checklist-kind"
        />
        {current && (
          <Text size="sm" c="dimmed" mb={8} data-testid="checklist-current-version">
            {t('escalations.checklists.versionBy', {
              version: current.version,
              at: dateTime(current.createdAt),
              who: current.createdBy?.displayName ?? t('escalations.checklists.seeded'),
            })}
          </Text>
        )}
      </Group>
      <Stack gap="xs">
        {steps.map((s, i) => (
          <Paper key={s.key} withBorder p="xs" radius="sm" data-testid="checklist-step">
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <Text fw={700} w={24} mb={8}>
                {i + 1}
              </Text>
              <Stack gap={4} style={{ flex: 1 }}>
                <TextInput size="xs" label={t('escalations.checklists.stepJa', { n: i + 1 })} value={s.labelJa} onChange={(ev) => update(s.key, { labelJa: ev.currentTarget.value })} maxLength={300} data-testid="checklist-step-ja" />
                <TextInput size="xs" label={t('escalations.checklists.stepEn', { n: i + 1 })} value={s.labelEn} onChange={(ev) => update(s.key, { labelEn: ev.currentTarget.value })} maxLength={300} data-testid="checklist-step-en" />
              </Stack>
              <Stack gap={4}>
                <ActionIcon variant="default" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('escalations.checklists.moveUp', { n: i + 1 })}>
                  ↑
                </ActionIcon>
                <ActionIcon variant="default" disabled={i === steps.length - 1} onClick={() => move(i, 1)} aria-label={t('escalations.checklists.moveDown', { n: i + 1 })}>
                  ↓
                </ActionIcon>
              </Stack>
              <ActionIcon color="red" variant="light" onClick={() => setSteps((list) => list.filter((x) => x.key !== s.key))} aria-label={t('escalations.checklists.removeStep', { n: i + 1 })} mb={4} data-testid="checklist-step-remove">
                ×
              </ActionIcon>
            </Group>
          </Paper>
        ))}
        <Group>
          <Button variant="default" size="xs" onClick={() => setSteps((list) => [...list, { key: nextKey++, labelJa: '', labelEn: '' }])} data-testid="checklist-add-step">
            {t('escalations.checklists.addStep')}
          </Button>
        </Group>
      </Stack>
      <TextInput label={t('escalations.checklists.note')} value={note} onChange={(ev) => setNote(ev.currentTarget.value)} maxLength={500} data-testid="checklist-note" />
      <ErrorMessage error={error} />
      <Group gap="sm">
        <Button loading={saving} onClick={() => void submit()} data-testid="checklist-save">
          {t('escalations.checklists.save')}
        </Button>
        {savedVersion !== null && (
          <Text size="sm" c="teal.8" role="status" data-testid="checklist-saved">
            {t('escalations.checklists.saved', { version: savedVersion })}
          </Text>
        )}
      </Group>
      {history.data && history.data.escalationChecklistHistory.length > 1 && (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('escalations.checklists.history')}
          </Title>
          {history.data.escalationChecklistHistory.slice(1).map((v) => (
            <Text key={v.id} size="sm" c="dimmed" data-testid="checklist-history-version">
              {t('escalations.checklists.versionBy', { version: v.version, at: dateTime(v.createdAt), who: v.createdBy?.displayName ?? t('escalations.checklists.seeded') })}
              {' — '}
              {t('escalations.checklists.stepsCount', { count: v.steps.length })}
              {v.note ? `（${v.note}）` : ''}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
