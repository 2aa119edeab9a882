import { Alert, Badge, Button, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { AUDIENCES, type Audience } from '../../../graphql/enums';
import type { ReplyTemplate } from '../graphql/templates';
import { useDateTime } from '../../../i18n/useDateTime';
import type { MessageKey } from '../../../i18n/ja';
import type { TemplateKey } from '../graphql/templates';
import { useReplyTemplates } from '../hooks/useReplyTemplates';
import { KEYS_BY_AUDIENCE, keyString, useTemplateLabel } from '../templateKeys';
import { DeactivateTemplateModal } from './DeactivateTemplateModal';
import { ReplyPreviewPanel } from './ReplyPreviewPanel';
import { TemplateEditorModal, type EditorTarget } from './TemplateEditorModal';
import { TemplateHistoryModal } from './TemplateHistoryModal';

/** What was just done, kept as keys (not translated text), so the message follows the language switch. */
interface Outcome {
  messageKey: MessageKey;
  template: TemplateKey;
  version: number;
}

/** テンプレート管理: the reply texts per audience and category, their versions, and their effect. */
export function TemplatesPage() {
  const { t } = useTranslation();
  const templateLabel = useTemplateLabel();
  const { data, loading, error } = useReplyTemplates();
  const active = data?.replyTemplates ?? [];
  const [editing, setEditing] = useState<EditorTarget | null>(null);
  const [history, setHistory] = useState<TemplateKey | null>(null);
  const [deactivating, setDeactivating] = useState<ReplyTemplate | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const byKey = new Map(active.map((tpl) => [tpl.key, tpl]));

  return (
    <Stack gap="lg" data-testid="templates-page">
      <Stack gap={2}>
        <Title order={3}>{t('templates.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('templates.lead')}
        </Text>
      </Stack>
      {outcome && (
        <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setOutcome(null)} data-testid="template-result">
          {t(outcome.messageKey, { template: templateLabel(outcome.template), version: outcome.version })}
        </Alert>
      )}
      {error && <ErrorMessage error={{ error }} />}
      <ReplyPreviewPanel />
      {loading && !data ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : (
        AUDIENCES.map((audience) => (
          <AudienceTemplates
            key={audience}
            audience={audience}
            byKey={byKey}
            onEdit={(template) => setEditing({ mode: 'edit', template })}
            onCreate={(key) => setEditing({ mode: 'create', key, startFrom: byKey.get(keyString({ audience, category: null }))?.body ?? '' })}
            onHistory={setHistory}
            onDeactivate={setDeactivating}
          />
        ))
      )}
      <TemplateEditorModal
        target={editing}
        activeTemplates={active}
        onClose={() => setEditing(null)}
        onSaved={(saved, mode) => {
          setEditing(null);
          setOutcome({
            messageKey: mode === 'create' ? 'templates.created' : 'templates.saved',
            template: saved,
            version: saved.version,
          });
        }}
      />
      <TemplateHistoryModal templateKey={history} onClose={() => setHistory(null)} />
      <DeactivateTemplateModal
        template={deactivating}
        onClose={() => setDeactivating(null)}
        onDeactivated={(retired) => {
          setDeactivating(null);
          setOutcome({ messageKey: 'templates.deactivated', template: retired, version: retired.version });
        }}
      />
    </Stack>
  );
}

interface AudienceTemplatesProps {
  audience: Audience;
  byKey: Map<string, ReplyTemplate>;
  onEdit: (template: ReplyTemplate) => void;
  onCreate: (key: TemplateKey) => void;
  onHistory: (key: TemplateKey) => void;
  onDeactivate: (template: ReplyTemplate) => void;
}

function AudienceTemplates({ audience, byKey, onEdit, onCreate, onHistory, onDeactivate }: AudienceTemplatesProps) {
  const { t } = useTranslation();
  const { dateTime } = useDateTime();
  const titleId = `templates-${audience}-title`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Title order={4} id={titleId}>
          {t(`audience.${audience}`)}
        </Title>
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="sm" aria-labelledby={titleId} data-testid={`templates-table-${audience}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={190}>{t('templates.for')}</Table.Th>
                <Table.Th w={150}>{t('templates.versionColumn')}</Table.Th>
                <Table.Th>{t('templates.body')}</Table.Th>
                <Table.Th w={130} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {KEYS_BY_AUDIENCE[audience].map((key) => {
                const template = byKey.get(keyString(key));
                return (
                  <Table.Tr
                    key={keyString(key)}
                    data-testid="template-row"
                    data-key={keyString(key)}
                    data-version={template?.version ?? ''}
                    data-active={String(Boolean(template))}
                    style={{ verticalAlign: 'top' }}
                  >
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {key.category ? t(`category.${key.category}`) : t('templates.defaultText')}
                      </Text>
                      {!key.category && (
                        <Text size="xs" c="dimmed">
                          {t('templates.defaultHint')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {template ? (
                        <Stack gap={2}>
                          <Badge variant="outline" tt="none" data-testid="template-version">
                            {t('templates.version', { version: template.version })}
                          </Badge>
                          <Text size="xs" c="dimmed">
                            <time dateTime={template.createdAt}>{dateTime(template.createdAt)}</time>
                          </Text>
                          <Text size="xs" c="dimmed">
                            {template.createdBy?.displayName ?? t('templates.seeded')}
                          </Text>
                        </Stack>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t('common.none')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {template ? (
                        <Stack gap={4}>
                          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="template-text">
                            {template.body}
                          </Text>
                          {/* The installation's own note (English, from the migration) says nothing to the chief. */}
                          {template.note && template.createdBy && (
                            <Text size="xs" c="dimmed" data-testid="template-row-note">
                              {t('templates.noteLabel')}: {template.note}
                            </Text>
                          )}
                        </Stack>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t('templates.noOwnText')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={6} align="stretch">
                        {template ? (
                          <>
                            <Button size="xs" onClick={() => onEdit(template)} data-testid="template-edit">
                              {t('templates.edit')}
                            </Button>
                            <Button size="xs" variant="default" onClick={() => onHistory(key)} data-testid="template-history">
                              {t('templates.history')}
                            </Button>
                            {key.category && (
                              <Button size="xs" variant="subtle" color="red" onClick={() => onDeactivate(template)} data-testid="template-deactivate">
                                {t('templates.deactivate')}
                              </Button>
                            )}
                          </>
                        ) : (
                          <>
                            <Button size="xs" variant="light" onClick={() => onCreate(key)} data-testid="template-create">
                              {t('templates.create')}
                            </Button>
                            <Button size="xs" variant="default" onClick={() => onHistory(key)} data-testid="template-history">
                              {t('templates.history')}
                            </Button>
                          </>
                        )}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
