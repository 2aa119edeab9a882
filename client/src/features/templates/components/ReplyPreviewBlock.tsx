import { Badge, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { MAX_WEIGHTED_LENGTH } from '../../../graphql/enums';
import type { ReplyPreview } from '../graphql/templates';
import { useTemplateLabel } from '../templateKeys';

interface ReplyPreviewBlockProps {
  preview: ReplyPreview | undefined;
  loading: boolean;
  error?: unknown;
  label: string;
  /** `reply-preview` in the screening checklist; each screen names its own. */
  testId: string;
}

/**
 * The exact reply as the server renders it, with X's weighted count (CJK characters weigh 2) as
 * twitter-text measures it on the server: n/280, red when X would refuse it.
 */
export function ReplyPreviewBlock({ preview, loading, error, label, testId }: ReplyPreviewBlockProps) {
  const { t } = useTranslation();
  const templateLabel = useTemplateLabel();
  const over = preview ? !preview.valid : false;
  return (
    <Stack gap={4} data-testid={testId} data-template-key={preview?.templateKey ?? ''} data-template-version={preview?.templateVersion ?? ''}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={600}>
          {label}
        </Text>
        <Group gap="xs" wrap="nowrap">
          {loading && <Loader size="xs" aria-label={t('app.loading')} />}
          {preview && (
            <Badge
              variant="light"
              color={over ? 'red' : 'teal'}
              tt="none"
              size="lg"
              title={t('replyPreview.countTitle')}
              data-testid={`${testId}-count`}
              data-weighted-length={preview.weightedLength}
              data-valid={String(preview.valid)}
            >
              {t('replyPreview.count', { count: preview.weightedLength, max: MAX_WEIGHTED_LENGTH })}
            </Badge>
          )}
        </Group>
      </Group>
      {error ? <ErrorMessage error={{ error }} /> : null}
      {preview && (
        <>
          <Paper p="xs" radius="sm" withBorder style={{ borderColor: 'var(--mantine-color-blue-3)' }} bg="blue.0">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid={`${testId}-text`}>
              {preview.text}
            </Text>
          </Paper>
          <Text size="xs" c={over ? 'red' : 'dimmed'}>
            {over
              ? t('replyPreview.tooLong', { max: MAX_WEIGHTED_LENGTH })
              : t('replyPreview.source', {
                  template: templateLabel(preview.templateKey),
                  version: preview.templateVersion,
                  caseNumber: preview.caseNumber,
                })}
          </Text>
        </>
      )}
    </Stack>
  );
}
