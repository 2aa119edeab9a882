import { Alert, Badge, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCloseButtonProps } from '../../../app/components/useCloseButtonProps';
import { errorCodeOf, serverErrorInfo } from '../../../apollo/errors';
import { inputError, useFieldErrors, type FieldMessages, type UiError } from '../../../apollo/useErrorMessage';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import type { ReplyTemplate } from '../graphql/templates';
import type { TemplateKey } from '../graphql/templates';
import { useReplyPreview, useTemplateChanges } from '../hooks/useReplyTemplates';
import { keyString, renderDraft, SAMPLE_CASE_NUMBER, useTemplateLabel } from '../templateKeys';
import { ReplyPreviewBlock } from './ReplyPreviewBlock';
import { TemplateProblems } from './TemplateProblems';

/** Edit the active version of a key (saves version + 1), or write the first active one of a key. */
export type EditorTarget = { mode: 'edit'; template: ReplyTemplate } | { mode: 'create'; key: TemplateKey; startFrom: string };

interface TemplateEditorModalProps {
  target: EditorTarget | null;
  /** The active templates as the server has them now (refetched after a conflict). */
  activeTemplates: ReplyTemplate[];
  onClose: () => void;
  onSaved: (saved: ReplyTemplate, mode: EditorTarget['mode']) => void;
}

export function TemplateEditorModal({ target, activeTemplates, onClose, onSaved }: TemplateEditorModalProps) {
  const { t } = useTranslation();
  const closeButtonProps = useCloseButtonProps();
  const templateLabel = useTemplateLabel();
  const key = target ? (target.mode === 'edit' ? target.template : target.key) : null;
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      size={1100}
      title={key ? t(target?.mode === 'create' ? 'templates.createTitle' : 'templates.editTitle', { template: templateLabel(key) }) : ''}
      closeButtonProps={closeButtonProps}
    >
      {target && (
        <TemplateEditor
          key={target.mode === 'edit' ? target.template.id : keyString(target.key)}
          target={target}
          activeTemplates={activeTemplates}
          onClose={onClose}
          onSaved={onSaved}
        />
      )}
    </Modal>
  );
}

const FIELD_MESSAGES: FieldMessages = {
  'INVALID_INPUT:body': 'templates.errors.unchanged',
  note: 'templates.errors.noteTooLong',
};

function TemplateEditor({ target, activeTemplates, onClose, onSaved }: Required<Omit<TemplateEditorModalProps, 'target'>> & { target: EditorTarget }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { createTemplate, updateTemplate } = useTemplateChanges();
  const templateKey: TemplateKey = target.mode === 'edit' ? target.template : target.key;
  // The version this edit is based on: what the server compares with (expectedVersion).
  const [base, setBase] = useState<ReplyTemplate | null>(target.mode === 'edit' ? target.template : null);
  const [body, setBody] = useState(target.mode === 'edit' ? target.template.body : target.startFrom);
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<UiError | null>(null);

  const { preview, loading: previewLoading, error: previewError } = useReplyPreview({
    audience: templateKey.audience,
    categories: templateKey.category ? [templateKey.category] : [],
  });

  const raw = error && 'error' in error ? error.error : undefined;
  const problems = raw ? (serverErrorInfo(raw)?.problemDetails ?? []) : [];
  // The lint's problems are listed below the form; the field messages are for everything else about the body or note.
  const { fieldError, formError } = useFieldErrors(problems.length > 0 ? null : error, ['body', 'note']);
  const conflict = raw !== undefined && errorCodeOf(raw) === 'CONFLICT';
  const latest = activeTemplates.find((tpl) => tpl.key === keyString(templateKey)) ?? null;
  const unchanged = base !== null && body === base.body;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save(base);
  }

  /** Saves the text over `over` (the version this edit is based on), or as the key's first active text. */
  async function save(over: ReplyTemplate | null) {
    if (!body.trim()) return setError(inputError('templateProblem.EMPTY', 'body'));
    setSaving(true);
    setError(null);
    try {
      const saved = over
        ? await updateTemplate({ id: over.id, body, note: note.trim() || null, expectedVersion: over.version })
        : await createTemplate({ ...templateKey, body, note: note.trim() || null });
      if (saved) onSaved(saved, over ? 'edit' : 'create');
    } catch (caught) {
      setError({ error: caught, fieldMessages: FIELD_MESSAGES, overrides: { CONFLICT: 'templates.errors.conflict' } });
      // Someone else saved (or retired) this key meanwhile: show what is current now, next to this draft.
      if (errorCodeOf(caught) === 'CONFLICT') await client.refetchQueries({ include: ['ReplyTemplates', 'PreviewReply'] });
    } finally {
      setSaving(false);
    }
  }

  /** After a conflict: start again from the current version's text (the draft is replaced). */
  function loadLatest() {
    if (!latest) return;
    setBase(latest);
    setBody(latest.body);
    setError(null);
  }

  /** After a conflict: the chief has read the current version and saves their own text over it. */
  function saveOverLatest() {
    if (!latest) return;
    setBase(latest);
    void save(latest);
  }

  return (
    <form onSubmit={handleSubmit} noValidate data-testid="template-editor" data-mode={base ? 'edit' : 'create'} data-base-version={base?.version ?? ''}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="sm">
          <Group gap="xs">
            {base ? (
              <>
                <Badge variant="outline" tt="none">
                  {t('templates.editingVersion', { version: base.version })}
                </Badge>
                <Text size="sm" c="dimmed">
                  {t('templates.savesAs', { version: base.version + 1 })}
                </Text>
              </>
            ) : (
              <Text size="sm" c="dimmed">
                {t('templates.createLead')}
              </Text>
            )}
          </Group>
          <Textarea
            label={t('templates.body')}
            description={t('templates.bodyHint')}
            value={body}
            onChange={(event) => setBody(event.currentTarget.value)}
            autosize
            minRows={8}
            maxRows={16}
            required
            error={fieldError('body') ?? problems.length > 0}
            data-testid="template-body"
          />
          <TextInput
            label={t('templates.note')}
            description={t('templates.noteHint')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={fieldError('note')}
            data-testid="template-note"
          />
        </Stack>
        <Stack gap="md">
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('templates.draftPreview', { caseNumber: SAMPLE_CASE_NUMBER })}
            </Text>
            <Paper p="xs" radius="sm" withBorder bg="gray.0">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="template-draft-preview">
                {renderDraft(body)}
              </Text>
            </Paper>
            <Text size="xs" c="dimmed">
              {t('templates.draftCountHint')}
            </Text>
          </Stack>
          <ReplyPreviewBlock
            preview={preview}
            loading={previewLoading}
            error={previewError}
            label={t('templates.currentPreview')}
            testId="template-edit-preview"
          />
        </Stack>
      </SimpleGrid>

      <Stack gap="sm" mt="md">
        {problems.length > 0 ? <TemplateProblems problems={problems} /> : !conflict && <ErrorMessage error={formError} />}
        {conflict && (
          <Alert color="orange" variant="light" role="alert" title={t('templates.errors.conflict')} data-testid="template-conflict" data-error-code="CONFLICT">
            <Stack gap="xs">
              <Text size="sm">
                {latest
                  ? t('templates.conflictLatest', { version: latest.version, by: latest.createdBy?.displayName ?? t('templates.seeded') })
                  : t('templates.conflictNoActive')}
              </Text>
              {latest && (
                <>
                  <Paper p="xs" radius="sm" withBorder bg="white">
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      {latest.body}
                    </Text>
                  </Paper>
                  <Group gap="sm">
                    <Button size="xs" variant="default" onClick={loadLatest} data-testid="template-conflict-load">
                      {t('templates.conflictLoadLatest')}
                    </Button>
                    <Button size="xs" color="orange" loading={saving} onClick={saveOverLatest} data-testid="template-conflict-keep">
                      {t('templates.conflictKeepMine', { version: latest.version })}
                    </Button>
                  </Group>
                </>
              )}
            </Stack>
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-testid="template-cancel">
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving} disabled={unchanged || (conflict && latest !== null)} data-testid="template-save">
            {base ? t('templates.saveNewVersion', { version: base.version + 1 }) : t('templates.saveCreate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
