import '@mantine/dates/styles.css';
import 'dayjs/locale/ja';
import { Alert, Button, Center, Group, Loader, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { useMantineTheme } from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { useDateTime } from '../../../i18n/useDateTime';
import { japanMonth, japanToday, lastDayOfMonth, monthsBefore } from '../../../lib/japanDate';
import { formatCount, formatShare, useFormatDuration } from '../formatDuration';
import { EscalationFigures } from '../../escalations/components/EscalationFigures';
import { statisticsExportUrl, useStatisticsDashboard, type Period } from '../hooks/useStatistics';

type Preset = 'thisYear' | 'last12Months' | 'thisMonth';

function presetPeriod(preset: Preset): Period {
  const today = japanToday();
  const month = japanMonth();
  switch (preset) {
    case 'thisYear':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'last12Months':
      return { from: `${monthsBefore(month, 11)}-01`, to: today };
    case 'thisMonth':
      return { from: `${month}-01`, to: lastDayOfMonth(month) };
  }
}

/** 統計: the chief's (and the division's) dashboard over a period of Japan-time days. */
export function StatisticsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'ja';
  const [preset, setPreset] = useState<Preset | null>('last12Months');
  const [range, setRange] = useState<[string | null, string | null]>(() => {
    const p = presetPeriod('last12Months');
    return [p.from, p.to];
  });
  const period: Period | null = range[0] && range[1] ? { from: range[0], to: range[1] } : null;
  const { data, loading, error } = useStatisticsDashboard(period);
  const { dateTime } = useDateTime();

  return (
    <Stack gap="md" data-testid="statistics-page">
      <div>
        <Title order={2}>{t('statistics.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('statistics.lead')}
        </Text>
      </div>
      <Paper withBorder p="md" radius="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          <DatesProvider settings={{ locale: lang, firstDayOfWeek: 1, consistentWeeks: true }}>
            <DatePickerInput
              type="range"
              label={t('statistics.period')}
              placeholder={t('statistics.periodPlaceholder')}
              value={range}
              onChange={(value) => {
                setPreset(null);
                setRange([value[0] ? String(value[0]) : null, value[1] ? String(value[1]) : null]);
              }}
              valueFormat={lang === 'ja' ? 'YYYY年M月D日' : 'D MMM YYYY'}
              allowSingleDateInRange
              miw={260}
              data-testid="statistics-period"
            />
          </DatesProvider>
          <SegmentedControl
            aria-label={t('statistics.presets')}
            value={preset ?? ''}
            onChange={(value) => {
              const chosen = value as Preset;
              setPreset(chosen);
              const p = presetPeriod(chosen);
              setRange([p.from, p.to]);
            }}
            data={[
              { value: 'thisMonth', label: t('statistics.thisMonth') },
              { value: 'last12Months', label: t('statistics.last12Months') },
              { value: 'thisYear', label: t('statistics.thisYear') },
            ]}
            data-testid="statistics-presets"
          />
          <Group gap="xs" ml="auto">
            <Button
              component="a"
              href={period ? statisticsExportUrl(period, 'xlsx') : undefined}
              download
              disabled={!period}
              variant="light"
              title={t('statistics.exportLead')}
              data-testid="statistics-export-xlsx"
            >
              {t('statistics.exportXlsx')}
            </Button>
            <Button
              component="a"
              href={period ? statisticsExportUrl(period, 'csv') : undefined}
              download
              disabled={!period}
              variant="default"
              title={t('statistics.exportLead')}
              data-testid="statistics-export-csv"
            >
              {t('statistics.exportCsv')}
            </Button>
          </Group>
        </Group>
        {!period && (
          <Text size="sm" c="red" mt="xs" role="alert">
            {t('statistics.invalidPeriod')}
          </Text>
        )}
      </Paper>
      <ErrorMessage error={error ? { error } : null} />
      {loading && (
        <Center p="xl">
          <Loader aria-label={t('statistics.loading')} />
        </Center>
      )}
      {data && <Dashboard data={data} generatedAt={dateTime(data.byMonth.generatedAt)} lang={lang} />}
    </Stack>
  );
}

type DashboardData = NonNullable<ReturnType<typeof useStatisticsDashboard>['data']>;

function Dashboard({ data, generatedAt, lang }: { data: DashboardData; generatedAt: string; lang: string }) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const formatDuration = useFormatDuration();
  const { totals, rows, funnel } = data.byMonth;
  const colors = { reports: theme.colors.gray[6], cases: theme.colors.blue[6], warned: theme.colors.teal[6], deleted: theme.colors.orange[6] };

  const trend = useMemo(
    () => rows.map((r) => ({ month: r.month ?? '', reports: r.reports, cases: r.cases, warned: r.warned })),
    [rows],
  );
  const categories = useMemo(
    () => data.byCategory.rows.filter((r) => r.category).map((r) => ({ name: t(`statistics.category.${r.category!}`), cases: r.cases, warned: r.warned })),
    [data.byCategory.rows, t],
  );
  const funnelData = funnel.map((s) => ({ name: t(`statistics.funnelStage.${s.stage}`), count: s.count, share: s.shareOfPrevious }));

  if (totals.reports === 0) {
    return (
      <Alert color="gray" variant="light" data-testid="statistics-empty">
        {t('statistics.empty')}
      </Alert>
    );
  }

  return (
    <Stack gap="md" data-testid="statistics-dashboard">
      <Text size="xs" c="dimmed">
        {t('statistics.generatedAt', { at: generatedAt })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="sm" aria-label={t('statistics.totals')} role="list">
        {(['reports', 'cases', 'screened', 'warned', 'reportedToChief', 'acknowledged'] as const).map((key) => (
          <Paper key={key} withBorder p="sm" radius="md" role="listitem" data-testid={`statistics-total-${key}`} data-value={totals[key]}>
            <Text size="xs" c="dimmed">
              {t(`statistics.${key}`)}
            </Text>
            <Text fw={700} size="xl">
              {formatCount(totals[key], lang)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ChartCard title={t('statistics.trend')} lead={t('statistics.trendLead')} testId="chart-trend">
          <ResponsiveContainer width="100%" height={240}>
            <LineChart data={trend} margin={{ top: 8, right: 16, bottom: 0, left: -8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke={theme.colors.gray[3]} />
              <XAxis dataKey="month" fontSize={12} />
              <YAxis allowDecimals={false} fontSize={12} />
              <Tooltip />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              <Line type="monotone" dataKey="reports" name={t('statistics.reports')} stroke={colors.reports} strokeWidth={2} dot={false} isAnimationActive={false} />
              <Line type="monotone" dataKey="cases" name={t('statistics.cases')} stroke={colors.cases} strokeWidth={2} dot={false} isAnimationActive={false} />
              <Line type="monotone" dataKey="warned" name={t('statistics.warned')} stroke={colors.warned} strokeWidth={2} dot={false} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
          <DataTable
            caption={t('statistics.chartTable', { title: t('statistics.trend') })}
            head={[t('monthly.month'), t('statistics.reports'), t('statistics.cases'), t('statistics.warned')]}
            rows={trend.map((r) => [r.month, r.reports, r.cases, r.warned])}
            hidden
          />
        </ChartCard>
        <ChartCard title={t('statistics.categories')} lead={t('statistics.categoriesLead')} testId="chart-categories">
          <ResponsiveContainer width="100%" height={240}>
            <BarChart data={categories} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke={theme.colors.gray[3]} />
              <XAxis type="number" allowDecimals={false} fontSize={12} />
              <YAxis type="category" dataKey="name" width={150} fontSize={11} interval={0} />
              <Tooltip />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              <Bar dataKey="cases" name={t('statistics.cases')} fill={colors.cases} isAnimationActive={false} />
              <Bar dataKey="warned" name={t('statistics.warned')} fill={colors.warned} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
          <DataTable
            caption={t('statistics.chartTable', { title: t('statistics.categories') })}
            head={[t('monthly.category'), t('statistics.cases'), t('statistics.warned')]}
            rows={categories.map((r) => [r.name, r.cases, r.warned])}
            hidden
          />
        </ChartCard>
        <ChartCard title={t('statistics.funnel')} lead={t('statistics.funnelLead')} testId="chart-funnel">
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={funnelData} margin={{ top: 8, right: 16, bottom: 0, left: -8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke={theme.colors.gray[3]} />
              <XAxis dataKey="name" fontSize={11} interval={0} />
              <YAxis allowDecimals={false} fontSize={12} />
              <Tooltip />
              <Bar dataKey="count" name={t('statistics.count')} fill={colors.cases} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
          <DataTable
            caption={t('statistics.chartTable', { title: t('statistics.funnel') })}
            head={[t('statistics.funnel'), t('statistics.count'), '%']}
            rows={funnelData.map((s) => [s.name, s.count, formatShare(s.share, lang)])}
            testId="funnel-table"
          />
        </ChartCard>
        <ChartCard title={t('statistics.timeToWarning')} lead={t('statistics.timeToWarningLead')} testId="chart-time-to-warning">
          <DataTable
            caption={t('statistics.timeToWarning')}
            head={['', t('statistics.percentile50'), t('statistics.percentile90'), t('statistics.maximum'), t('statistics.count')]}
            rows={[
              [t('statistics.timeToReply'), totals.timeToReply],
              [t('statistics.timeToDecision'), totals.timeToDecision],
            ].map(([label, d]) => {
              const summary = d as DashboardData['byMonth']['totals']['timeToReply'];
              return [
                label as string,
                formatDuration(summary.p50Seconds),
                formatDuration(summary.p90Seconds),
                formatDuration(summary.maxSeconds),
                summary.count,
              ];
            })}
            testId="time-to-warning-table"
          />
        </ChartCard>
        <ChartCard title={t('statistics.deletion')} lead={t('statistics.deletionLead')} testId="chart-deletion">
          <SimpleGrid cols={2}>
            {(
              [
                ['deletedWithin1Day', totals.deletedWithin1DayShare, totals.recheckedAfter1Day],
                ['deletedWithin7Days', totals.deletedWithin7DaysShare, totals.recheckedWithin7Days],
              ] as const
            ).map(([key, share, rechecked]) => (
              <Paper key={key} withBorder p="sm" radius="md" data-testid={`statistics-${key}`}>
                <Text size="xs" c="dimmed">
                  {t(`statistics.${key}`)}
                </Text>
                <Text fw={700} size="xl">
                  {formatShare(share, lang)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('statistics.rechecked', { count: rechecked })}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
        </ChartCard>
        <ChartCard title={t('statistics.escalationsArea')} testId="statistics-escalations-area">
          <EscalationFigures from={data.byMonth.from} to={data.byMonth.to} />
        </ChartCard>
      </SimpleGrid>
    </Stack>
  );
}

function ChartCard({ title, lead, testId, children }: { title: string; lead?: string; testId: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title} data-testid={testId}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {lead && (
        <Text size="xs" c="dimmed" mb="sm">
          {lead}
        </Text>
      )}
      {children}
    </Paper>
  );
}

function DataTable({
  caption,
  head,
  rows,
  hidden,
  testId,
}: {
  caption: string;
  head: string[];
  rows: Array<Array<string | number>>;
  hidden?: boolean;
  testId?: string;
}) {
  const table = (
    <Table fz="sm" striped withTableBorder={false} data-testid={testId}>
      <Table.Caption style={hidden ? undefined : { display: 'none' }}>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {head.map((h, i) => (
            <Table.Th key={i}>{h}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r, i) => (
          <Table.Tr key={i}>
            {r.map((cell, j) => (
              <Table.Td key={j}>{cell}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  // Charts are pictures: the same figures as a table for screen readers.
  return hidden ? <VisuallyHidden>{table}</VisuallyHidden> : table;
}
