import { Badge, Button, Checkbox, Divider, Group, NativeSelect, Paper, Radio, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf, serverErrorInfo } from '../../../apollo/errors';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import {
  CATEGORIES,
  CHILD_INDICATIONS,
  INDICATION_SOURCES,
  NOT_APPLICABLE_REASONS,
  REGIONS,
  type Audience,
  type Category,
  type ChildIndication,
  type IndicationSource,
  type NotApplicableReason,
  type Region,
} from '../../../graphql/enums';
import type { MessageKey } from '../../../i18n/ja';
import type { ActionOutcome } from '../../cases/components/ActionResult';
import { useCaseAction } from '../../cases/hooks/useCaseAction';
import { ReplyPreviewBlock } from '../../templates/components/ReplyPreviewBlock';
import { useReplyPreview } from '../../templates/hooks/useReplyTemplates';
import type { QueueCase } from '../graphql/review';
import { useScreeningActions } from '../hooks/useCaseActions';

/** DESIGN §2: an alert when the poster is a child, a warning when the poster targets one. */
export function audienceFor(indication: ChildIndication | null): Audience | null {
  if (indication === 'POSTER_IS_CHILD') return 'CHILD';
  if (indication === 'TARGET_IS_CHILD') return 'ADULT';
  return null;
}

interface ScreeningRecord {
  region: Region | null;
  childIndication: ChildIndication | null;
  categories: Category[];
}

/**
 * Which criteria of DESIGN §2 a record misses, in the user's language, and the matching
 * not-applicable reason. The server decides (NOT_QUALIFIED); this only explains its answer.
 */
function unmetCriteria(record: ScreeningRecord): Array<{ messageKey: MessageKey; reason: NotApplicableReason }> {
  const unmet: Array<{ messageKey: MessageKey; reason: NotApplicableReason }> = [];
  if (record.region === 'OTHER_PREFECTURE') unmet.push({ messageKey: 'notQualified.region', reason: 'OUT_OF_REGION' });
  if (record.childIndication === 'NONE') unmet.push({ messageKey: 'notQualified.child', reason: 'NO_CHILD_INDICATION' });
  if (record.categories.length === 0) unmet.push({ messageKey: 'notQualified.category', reason: 'NO_CATEGORY' });
  return unmet;
}

type Mode = 'decide' | 'approval' | 'notApplicable';

interface ScreeningChecklistProps {
  reviewCase: QueueCase;
  /** 伺い is the officer in charge's; the chief decides himself. */
  canRequestApproval: boolean;
  onOutcome: (outcome: ActionOutcome) => void;
}

/** 審査: the screening record of one case, and the four ways to finish screening it. */
export function ScreeningChecklist({ reviewCase, canRequestApproval, onOutcome }: ScreeningChecklistProps) {
  const { t } = useTranslation();
  const actions = useScreeningActions();
  const { run, running, error, invalid, clearError } = useCaseAction();
  const [region, setRegion] = useState<Region | null>(reviewCase.region);
  const [childIndication, setChildIndication] = useState<ChildIndication | null>(reviewCase.childIndication);
  const [source, setSource] = useState<IndicationSource | null>(reviewCase.childIndicationSource);
  const [categories, setCategories] = useState<Category[]>(reviewCase.categories);
  const [mode, setMode] = useState<Mode>('decide');
  const [approvalReason, setApprovalReason] = useState('');
  const [naReason, setNaReason] = useState<NotApplicableReason | ''>('');
  const [naNote, setNaNote] = useState('');
  // The record as last sent, to explain a NOT_QUALIFIED answer about it.
  const [sentRecord, setSentRecord] = useState<ScreeningRecord | null>(null);

  const audience = audienceFor(childIndication);
  const ref = { caseId: reviewCase.id, expectedVersion: reviewCase.version };
  // The exact reply this case would get, as soon as the choices that pick the text are made.
  // Categories in display order, so ticking them in another order reads the same cached preview.
  const reply = useReplyPreview(
    audience && categories.length > 0
      ? { audience, categories: CATEGORIES.filter((c) => categories.includes(c)), caseNumber: reviewCase.number }
      : null,
  );
  const done = (messageKey: MessageKey) => onOutcome({ caseId: reviewCase.id, number: reviewCase.number, messageKey });

  /** The screening record, or null (and the reason shown) when a choice is missing. */
  function screening() {
    if (!region || !childIndication || !source) {
      invalid(!region ? 'screening.regionRequired' : !childIndication ? 'screening.childRequired' : 'screening.sourceRequired');
      return null;
    }
    setSentRecord({ region, childIndication, categories });
    return { ...ref, region, childIndication, indicationSource: source, categories };
  }

  async function handleWarn() {
    const input = screening();
    if (!input) return;
    if (await run('warn', () => actions.warnCase(input))) done('screening.queued');
  }

  async function handleRequestApproval(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = screening();
    if (!input) return;
    if (!approvalReason.trim()) return invalid('screening.approvalReasonRequired');
    if (await run('approval', () => actions.requestApproval({ ...input, reason: approvalReason.trim() }))) {
      done('screening.approvalRequested');
    }
  }

  async function handleNotApplicable(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!naReason) return invalid('notApplicable.reasonRequired');
    if (naReason === 'OTHER' && !naNote.trim()) return invalid('notApplicable.noteRequired');
    const ok = await run('notApplicable', () =>
      actions.markNotApplicable({ ...ref, reason: naReason, note: naNote.trim() || null }),
    );
    if (ok) done('screening.markedNotApplicable');
  }

  async function handleRelease() {
    if (await run('release', () => actions.releaseCase(ref))) done('screening.released');
  }

  function switchMode(next: Mode, reason?: NotApplicableReason) {
    clearError();
    setMode(next);
    if (reason) setNaReason(reason);
  }

  const notQualified = error && 'error' in error && errorCodeOf(error.error) === 'NOT_QUALIFIED';
  const unmet = notQualified && sentRecord ? unmetCriteria(sentRecord) : [];
  const serverProblems = notQualified && 'error' in error ? (serverErrorInfo(error.error)?.problems ?? []) : [];

  return (
    <Paper withBorder radius="md" p="md" bg="gray.0" data-testid="screening-checklist" data-case-id={reviewCase.id}>
      <Stack gap="md">
        <Title order={4} size="h5">
          {t('screening.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing="md">
          <Stack gap="md">
            <Radio.Group<Region>
              label={t('screening.region')}
              description={t('screening.regionDescription')}
              value={region}
              onChange={setRegion}
              name={`region-${reviewCase.id}`}
            >
              <Group gap="lg" mt={6}>
                {REGIONS.map((value) => (
                  <Radio key={value} value={value} label={t(`region.${value}`)} data-testid={`region-${value}`} />
                ))}
              </Group>
            </Radio.Group>
            <Radio.Group<ChildIndication>
              label={t('screening.child')}
              description={t('screening.childDescription')}
              value={childIndication}
              onChange={setChildIndication}
              name={`child-${reviewCase.id}`}
            >
              <Stack gap={6} mt={6}>
                {CHILD_INDICATIONS.map((value) => (
                  <Radio key={value} value={value} label={t(`childIndication.${value}`)} data-testid={`child-${value}`} />
                ))}
              </Stack>
            </Radio.Group>
            <Radio.Group<IndicationSource>
              label={t('screening.source')}
              value={source}
              onChange={setSource}
              name={`source-${reviewCase.id}`}
            >
              <Group gap="lg" mt={6}>
                {INDICATION_SOURCES.map((value) => (
                  <Radio key={value} value={value} label={t(`indicationSource.${value}`)} data-testid={`source-${value}`} />
                ))}
              </Group>
            </Radio.Group>
          </Stack>
          <Stack gap="md">
            <Checkbox.Group<Category>
              label={t('screening.categories')}
              description={t('screening.categoriesDescription')}
              value={categories}
              onChange={setCategories}
              name={`categories-${reviewCase.id}`}
            >
              <Stack gap={6} mt={6}>
                {CATEGORIES.map((category) => (
                  <Checkbox
                    key={category}
                    value={category}
                    label={t(`category.${category}`)}
                    data-testid={`category-${category}`}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('screening.audience')}
              </Text>
              <Group gap="xs">
                <Badge
                  size="lg"
                  tt="none"
                  variant={audience ? 'filled' : 'outline'}
                  color={audience === 'ADULT' ? 'red' : audience === 'CHILD' ? 'orange' : 'gray'}
                  data-testid="derived-audience"
                  data-audience={audience ?? ''}
                >
                  {audience
                    ? t(`audienceShort.${audience}`)
                    : childIndication === 'NONE'
                      ? t('screening.audienceNone')
                      : t('screening.audiencePending')}
                </Badge>
                <Text size="xs" c="dimmed">
                  {t('screening.audienceHint')}
                </Text>
              </Group>
            </Stack>
          </Stack>
        </SimpleGrid>

        {audience && categories.length > 0 ? (
          <ReplyPreviewBlock
            preview={reply.preview}
            loading={reply.loading}
            error={reply.error}
            label={audience === 'CHILD' ? t('replyPreview.labelChild') : t('replyPreview.labelAdult')}
            testId="reply-preview"
          />
        ) : (
          <Text size="xs" c="dimmed" data-testid="reply-preview-pending">
            {childIndication === 'NONE' ? t('replyPreview.none') : t('replyPreview.pending')}
          </Text>
        )}

        {notQualified ? (
          <ErrorMessage error={error}>
            <Stack gap={2} component="ul" m={0} pl="md" data-testid="not-qualified-problems">
              {unmet.length > 0
                ? unmet.map((u) => (
                    <Text component="li" size="sm" key={u.messageKey}>
                      {t(u.messageKey)}
                    </Text>
                  ))
                : serverProblems.map((p) => (
                    <Text component="li" size="sm" key={p} lang="en">
                      {p}
                    </Text>
                  ))}
            </Stack>
            <Group>
              <Button
                size="sm"
                color="dark"
                onClick={() => switchMode('notApplicable', unmet[0]?.reason)}
                data-testid="not-qualified-to-na"
              >
                {t('notQualified.toNotApplicable')}
              </Button>
            </Group>
          </ErrorMessage>
        ) : (
          <ErrorMessage error={error} />
        )}

        <Divider />

        {mode === 'decide' && (
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Button variant="subtle" color="gray" loading={running === 'release'} onClick={() => void handleRelease()} data-testid="release-button">
              {t('screening.release')}
            </Button>
            <Group gap="sm">
              <Button variant="default" onClick={() => switchMode('notApplicable')} data-testid="not-applicable">
                {t('screening.notApplicable')}
              </Button>
              {canRequestApproval && (
                <Button variant="light" color="orange" onClick={() => switchMode('approval')} data-testid="request-approval">
                  {t('screening.requestApproval')}
                </Button>
              )}
              <Button color="red" loading={running === 'warn'} onClick={() => void handleWarn()} data-testid="warn-submit">
                {audience === 'CHILD' ? t('screening.warnChild') : t('screening.warnAdult')}
              </Button>
            </Group>
          </Group>
        )}

        {mode === 'approval' && (
          <form onSubmit={handleRequestApproval} noValidate data-testid="approval-form">
            <Stack gap="sm">
              <Textarea
                label={t('screening.approvalReason')}
                description={t('screening.approvalReasonDescription')}
                value={approvalReason}
                onChange={(event) => setApprovalReason(event.currentTarget.value)}
                autosize
                minRows={3}
                maxRows={8}
                required
                data-testid="approval-reason"
              />
              <Group justify="flex-end" gap="sm">
                <Button variant="default" onClick={() => switchMode('decide')} data-testid="approval-cancel">
                  {t('common.cancel')}
                </Button>
                <Button type="submit" color="orange" loading={running === 'approval'} data-testid="approval-submit">
                  {t('screening.approvalSubmit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}

        {mode === 'notApplicable' && (
          <form onSubmit={handleNotApplicable} noValidate data-testid="na-form">
            <Stack gap="sm">
              <Title order={5} size="h6">
                {t('notApplicable.title')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <NativeSelect
                  label={t('notApplicable.reason')}
                  value={naReason}
                  onChange={(event) => setNaReason(event.currentTarget.value as NotApplicableReason | '')}
                  required
                  data={[
                    { value: '', label: t('notApplicable.reasonPlaceholder'), disabled: true },
                    ...NOT_APPLICABLE_REASONS.map((value) => ({ value, label: t(`naReason.${value}`) })),
                  ]}
                  data-testid="na-reason"
                />
                <Textarea
                  label={t('notApplicable.note')}
                  value={naNote}
                  onChange={(event) => setNaNote(event.currentTarget.value)}
                  autosize
                  minRows={1}
                  maxRows={6}
                  required={naReason === 'OTHER'}
                  data-testid="na-note"
                />
              </SimpleGrid>
              <Group justify="flex-end" gap="sm">
                <Button variant="default" onClick={() => switchMode('decide')} data-testid="na-cancel">
                  {t('common.cancel')}
                </Button>
                <Button type="submit" color="dark" loading={running === 'notApplicable'} data-testid="na-submit">
                  {t('notApplicable.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
