import { Badge, Group, Loader, Modal, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCloseButtonProps } from '../../../app/components/useCloseButtonProps';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { useDateTime } from '../../../i18n/useDateTime';
import type { TemplateKey } from '../graphql/templates';
import { useReplyTemplateHistory } from '../hooks/useReplyTemplates';
import { useTemplateLabel } from '../templateKeys';

/** Every version of one key, newest first: what each case's "template version" refers to. */
export function TemplateHistoryModal({ templateKey, onClose }: { templateKey: TemplateKey | null; onClose: () => void }) {
  const { t } = useTranslation();
  const closeButtonProps = useCloseButtonProps();
  const templateLabel = useTemplateLabel();
  return (
    <Modal
      opened={templateKey !== null}
      onClose={onClose}
      size="xl"
      title={templateKey ? t('templates.historyTitle', { template: templateLabel(templateKey) }) : ''}
      closeButtonProps={closeButtonProps}
    >
      {templateKey && <HistoryList templateKey={templateKey} />}
    </Modal>
  );
}

function HistoryList({ templateKey }: { templateKey: TemplateKey }) {
  const { t } = useTranslation();
  const { dateTime } = useDateTime();
  const { data, loading, error } = useReplyTemplateHistory(templateKey);
  const versions = data?.replyTemplateHistory ?? [];
  if (loading && !data) return <Loader size="sm" aria-label={t('app.loading')} />;
  return (
    <Stack gap="sm" data-testid="template-history-list">
      {error && <ErrorMessage error={{ error }} />}
      {versions.map((v) => (
        <Paper
          key={v.id}
          withBorder
          p="sm"
          radius="sm"
          data-testid="template-history-row"
          data-version={v.version}
          data-active={String(v.active)}
          bg={v.active ? undefined : 'gray.0'}
        >
          <Stack gap={6}>
            <Group gap="xs" justify="space-between">
              <Group gap="xs">
                <Badge variant={v.active ? 'filled' : 'outline'} color={v.active ? 'blue' : 'gray'} tt="none">
                  {t('templates.version', { version: v.version })}
                </Badge>
                {v.active ? (
                  <Badge variant="light" color="teal" tt="none">
                    {t('templates.inUse')}
                  </Badge>
                ) : (
                  <Badge variant="light" color="gray" tt="none">
                    {t('templates.retired')}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                <time dateTime={v.createdAt}>{dateTime(v.createdAt)}</time> · {v.createdBy?.displayName ?? t('templates.seeded')}
              </Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {v.body}
            </Text>
            {v.note && (
              <Text size="xs" c="dimmed">
                {t('templates.noteLabel')}: {v.note}
              </Text>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
