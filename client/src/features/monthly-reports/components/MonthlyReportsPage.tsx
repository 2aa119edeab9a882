import '@mantine/dates/styles.css';
import 'dayjs/locale/ja';
import '../print.css';
import { Alert, Badge, Button, Center, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { DatesProvider, MonthPickerInput } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiError } from '../../../apollo/useErrorMessage';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { useDateTime } from '../../../i18n/useDateTime';
import { japanMonth, monthsBefore } from '../../../lib/japanDate';
import { useMonthlyReportActions, useMonthlyReportList } from '../hooks/useMonthlyReports';
import { MonthlyReportView } from './MonthlyReportView';

/** 月次報告: drafts by the officer in charge, finalized and published by the chief. */
export function MonthlyReportsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'ja';
  const { dateTime } = useDateTime();
  const list = useMonthlyReportList();
  const { generate } = useMonthlyReportActions();
  // Last month by default: the report is written once a month has ended.
  const [month, setMonth] = useState<string | null>(`${monthsBefore(japanMonth(), 1)}-01`);
  const [openId, setOpenId] = useState<string | null>(null);
  const [generating, setGenerating] = useState(false);
  const [error, setError] = useState<UiError | null>(null);

  async function handleGenerate() {
    if (!month) return setError({ messageKey: 'monthly.monthRequired', code: 'INVALID_INPUT' });
    setError(null);
    setGenerating(true);
    try {
      const result = await generate({ variables: { month: month.slice(0, 7) } });
      if (result.data) setOpenId(result.data.generateMonthlyReportDraft.id);
    } catch (caught) {
      setError({ error: caught });
    } finally {
      setGenerating(false);
    }
  }

  if (openId) {
    return <MonthlyReportView id={openId} onBack={() => setOpenId(null)} onOpen={setOpenId} />;
  }

  return (
    <Stack gap="md" data-testid="monthly-reports-page">
      <div>
        <Title order={2}>{t('monthly.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('monthly.lead')}
        </Text>
      </div>
      <Paper withBorder p="md" radius="md">
        <Group align="flex-end" gap="md">
          <DatesProvider settings={{ locale: lang }}>
            <MonthPickerInput
              label={t('monthly.month')}
              value={month}
              onChange={(value) => setMonth(value ? String(value) : null)}
              valueFormat={lang === 'ja' ? 'YYYY年M月' : 'MMMM YYYY'}
              maxDate={`${japanMonth()}-01`}
              miw={200}
              data-testid="monthly-month"
            />
          </DatesProvider>
          <Button loading={generating} onClick={() => void handleGenerate()} data-testid="monthly-generate">
            {t('monthly.generate')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed" mt="xs">
          {t('monthly.generateLead')}
        </Text>
        <ErrorMessage error={error} />
      </Paper>
      <Title order={3} size="h4">
        {t('monthly.list')}
      </Title>
      <ErrorMessage error={list.error ? { error: list.error } : null} />
      {list.loading ? (
        <Center p="lg">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : list.nodes.length === 0 ? (
        <Alert color="gray" variant="light" data-testid="monthly-empty">
          {t('monthly.empty')}
        </Alert>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped highlightOnHover data-testid="monthly-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('monthly.month')}</Table.Th>
                <Table.Th>{t('monthly.version', { version: '' }).trim()}</Table.Th>
                <Table.Th>{t('bulletins.title')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.nodes.map((r) => (
                <Table.Tr key={r.id} data-testid="monthly-row" data-month={r.month} data-status={r.status} data-version={r.version}>
                  <Table.Td>{r.month}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      {t('monthly.version', { version: r.version })}
                      <Badge color={r.status === 'DRAFT' ? 'yellow' : 'teal'} variant="light" tt="none">
                        {t(`monthly.status.${r.status}`)}
                      </Badge>
                    </Group>
                  </Table.Td>
                  <Table.Td>{r.bulletin ? t('monthly.alreadyPublished', { at: dateTime(r.bulletin.publishedAt) }) : t('common.none')}</Table.Td>
                  <Table.Td ta="right">
                    <Button size="xs" variant="light" onClick={() => setOpenId(r.id)} data-testid="monthly-open">
                      {t('monthly.open')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
