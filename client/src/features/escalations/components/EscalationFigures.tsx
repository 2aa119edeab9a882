import '../i18n/register';
import { Group, Loader, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { japanDayEnd, japanDayStart } from '../../../lib/datetime';
import { ESCALATION_STATISTICS_QUERY } from '../graphql/escalations';
import { ESCALATION_KINDS } from '../labels';

/**
 * For the statistics dashboard: escalations raised in the period by kind, and the deletion
 * requests' outcome with the time to removal. `from`/`to` are Japan-time days, 'YYYY-MM-DD', inclusive.
 */
export function EscalationFigures({ from, to }: { from: string; to: string }) {
  const { t, i18n } = useTranslation();
  const start = japanDayStart(from);
  const end = japanDayEnd(to);
  const { data, loading, error } = useQuery(ESCALATION_STATISTICS_QUERY, { variables: { from: start ?? '', to: end ?? '' }, skip: !start || !end });
  const number = new Intl.NumberFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'ja-JP', { maximumFractionDigits: 1 });
  if (error && !data) return <ErrorMessage error={{ error }} />;
  if (!data) return loading ? <Loader size="sm" aria-label={t('app.loading')} /> : null;
  const s = data.escalationStatistics;
  const byKind = ESCALATION_KINDS.map((kind) => [kind, s.counts.filter((c) => c.kind === kind).reduce((sum, c) => sum + c.count, 0)] as const);
  const total = byKind.reduce((sum, [, n]) => sum + n, 0);
  const hours = (h: number | null) => (h === null ? t('escalations.figures.none') : t('escalations.figures.hours', { hours: number.format(h) }));
  const tile = (label: string, value: string, testId: string, raw?: number | null) => (
    <Paper withBorder p="sm" radius="md" data-testid={testId} data-value={raw ?? undefined}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </Paper>
  );
  return (
    <Stack gap="sm" data-testid="escalation-figures">
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {t('escalations.figures.total')}: <span data-testid="escalation-figures-total">{total}</span>
        </Text>
        {byKind
          .filter(([, n]) => n > 0)
          .map(([kind, n]) => (
            <Text key={kind} size="sm" c="dimmed">
              {t(`escalations.kind.${kind}`)} {n}
            </Text>
          ))}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
        {tile(t('escalations.figures.requested'), String(s.deletion.requested), 'escalation-figures-requested', s.deletion.requested)}
        {tile(t('escalations.figures.removed'), String(s.deletion.removed), 'escalation-figures-removed', s.deletion.removed)}
        {tile(t('escalations.figures.stillUp'), String(s.deletion.stillUp), 'escalation-figures-still-up', s.deletion.stillUp)}
        {tile(t('escalations.figures.p50'), hours(s.deletion.hoursToRemovalP50), 'escalation-figures-p50', s.deletion.hoursToRemovalP50)}
        {tile(t('escalations.figures.p90'), hours(s.deletion.hoursToRemovalP90), 'escalation-figures-p90', s.deletion.hoursToRemovalP90)}
      </SimpleGrid>
    </Stack>
  );
}
