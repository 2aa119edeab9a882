import { Alert, Badge, Center, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { useDateTime } from '../../../i18n/useDateTime';
import { formatCount } from '../../statistics/formatDuration';
import { useBulletins } from '../hooks/useMonthlyReports';

/** 周知: the published monthly bulletins, for every unit. */
export function BulletinsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'ja';
  const { dateTime } = useDateTime();
  const { nodes, loading, error } = useBulletins();
  return (
    <Stack gap="md" data-testid="bulletins-page">
      <div>
        <Title order={2}>{t('bulletins.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('bulletins.lead')}
        </Text>
      </div>
      <ErrorMessage error={error ? { error } : null} />
      {loading ? (
        <Center p="lg">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : nodes.length === 0 ? (
        <Alert color="gray" variant="light" data-testid="bulletins-empty">
          {t('bulletins.empty')}
        </Alert>
      ) : (
        nodes.map((b) => (
          <Paper key={b.id} withBorder p="md" radius="md" component="article" data-testid="bulletin" data-month={b.month} aria-labelledby={`bulletin-${b.id}`}>
            <Stack gap="xs">
              <Group justify="space-between" align="flex-start" wrap="wrap">
                <Title order={3} size="h4" id={`bulletin-${b.id}`} data-testid="bulletin-title">
                  {b.title}
                </Title>
                <Group gap="xs">
                  <Badge variant="light" tt="none">
                    {b.month}
                  </Badge>
                  {b.reportVersion > 1 && (
                    <Badge variant="outline" color="orange" tt="none">
                      {t('bulletins.reportVersion', { version: b.reportVersion })}
                    </Badge>
                  )}
                </Group>
              </Group>
              <Text size="xs" c="dimmed">
                {t('bulletins.publishedAt', { at: dateTime(b.publishedAt) })}
                {b.publishedBy && ` · ${b.publishedBy.displayName}`}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="bulletin-body">
                {b.body}
              </Text>
              <Group gap="md">
                <Text size="sm" fw={600}>
                  {t('bulletins.reports', { count: b.figures.total.reports })}
                </Text>
                <Text size="sm" fw={600}>
                  {t('bulletins.cases', { count: b.figures.total.cases })}
                </Text>
                <Text size="sm" fw={600}>
                  {t('bulletins.warned', { count: b.figures.total.warned })}
                </Text>
              </Group>
              <Table fz="xs" withTableBorder maw={480}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('monthly.category')}</Table.Th>
                    <Table.Th ta="right">{t('monthly.cases')}</Table.Th>
                    <Table.Th ta="right">{t('monthly.warned')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {b.figures.byCategory.map((row, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>{row.category ? t(`statistics.category.${row.category}`) : t('common.none')}</Table.Td>
                      <Table.Td ta="right">{formatCount(row.cases, lang)}</Table.Td>
                      <Table.Td ta="right">{formatCount(row.warned, lang)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          </Paper>
        ))
      )}
    </Stack>
  );
}
