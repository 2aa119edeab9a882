import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import ja from '../../../i18n/ja';

type FailureKind = keyof typeof ja.failureKind;

/**
 * The worker records X's refusal as "KIND: details" (or "gave up after N attempts: …"). The kind
 * is translated into what to do; X's own words stay below for whoever investigates.
 */
function failureKindOf(reason: string): FailureKind | undefined {
  if (/^gave up after/i.test(reason)) return 'GAVE_UP';
  const kind = /^([A-Z_]+):/.exec(reason)?.[1];
  return kind && kind in ja.failureKind ? (kind as FailureKind) : undefined;
}

export function FailureReason({ reason }: { reason: string | null }) {
  const { t } = useTranslation();
  if (!reason) return <Text size="sm">{t('common.none')}</Text>;
  const kind = failureKindOf(reason);
  return (
    <Stack gap={4} data-testid="failure-reason" data-failure-kind={kind ?? ''}>
      {kind && (
        <Text size="sm" fw={600}>
          {t(`failureKind.${kind}`)}
        </Text>
      )}
      <Text size="xs" c="dimmed" ff="monospace" lang="en" style={{ overflowWrap: 'anywhere' }}>
        {kind ? `${t('failed.details')}: ` : ''}
        {reason}
      </Text>
    </Stack>
  );
}
