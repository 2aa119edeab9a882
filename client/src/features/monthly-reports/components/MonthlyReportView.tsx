import { Alert, Badge, Button, Center, Group, Loader, Paper, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isStaleCaseError } from '../../../apollo/errors';
import type { UiError } from '../../../apollo/useErrorMessage';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import type { MessageKey } from '../../../i18n/ja';
import { useDateTime } from '../../../i18n/useDateTime';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { useMonthlyReport, useMonthlyReportActions } from '../hooks/useMonthlyReports';
import { FiguresTable } from './FiguresTable';

interface Props {
  id: string;
  onBack: () => void;
  onOpen: (id: string) => void;
}

/** One monthly report, as it prints; the draft's remarks and the chief's 決裁 and 周知 around it. */
export function MonthlyReportView({ id, onBack, onOpen }: Props) {
  const { t } = useTranslation();
  const { dateTime } = useDateTime();
  const { user } = useCurrentUser();
  const isChief = user.role === 'CHIEF';
  const { report, loading, error: loadError, refetch } = useMonthlyReport(id);
  const actions = useMonthlyReportActions();
  const [remarks, setRemarks] = useState('');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [running, setRunning] = useState<string | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const [done, setDone] = useState<MessageKey | null>(null);

  useEffect(() => {
    if (!report) return;
    setRemarks(report.remarks ?? '');
    setTitle(report.suggestedBulletinTitle);
    setBody(report.suggestedBulletinBody);
  }, [report?.id, report?.revision]); // eslint-disable-line react-hooks/exhaustive-deps

  if (loading || !report) {
    return (
      <Stack>
        <ErrorMessage error={loadError ? { error: loadError } : null} />
        {!loadError && (
          <Center p="xl">
            <Loader aria-label={t('app.loading')} />
          </Center>
        )}
        <Button variant="default" onClick={onBack} w="fit-content">
          {t('monthly.backToList')}
        </Button>
      </Stack>
    );
  }

  async function run(name: string, action: () => Promise<unknown>, success: MessageKey) {
    setError(null);
    setDone(null);
    setRunning(name);
    try {
      await action();
      setDone(success);
      return true;
    } catch (caught) {
      setError({ error: caught, overrides: { CONFLICT: 'monthly.conflict' } });
      if (isStaleCaseError(caught)) await refetch();
      return false;
    } finally {
      setRunning(null);
    }
  }

  const r = report;
  const ref = { id: r.id, expectedRevision: r.revision };
  const isDraft = r.status === 'DRAFT';
  const { figures } = r;

  return (
    <Stack gap="md" data-testid="monthly-report" data-status={r.status} data-month={r.month} data-version={r.version}>
      <Group justify="space-between" className="no-print">
        <Button variant="default" onClick={onBack} data-testid="monthly-back">
          {t('monthly.backToList')}
        </Button>
        <Group gap="xs">
          <Button component="a" href={`/export/monthly-report/${r.id}.xlsx`} download variant="light" size="sm" data-testid="monthly-export-xlsx">
            {t('monthly.exportXlsx')}
          </Button>
          <Button component="a" href={`/export/monthly-report/${r.id}.csv`} download variant="default" size="sm" data-testid="monthly-export-csv">
            {t('monthly.exportCsv')}
          </Button>
          <Button variant="default" size="sm" onClick={() => window.print()} data-testid="monthly-print">
            {t('monthly.print')}
          </Button>
        </Group>
      </Group>
      {done && (
        <Alert color="green" variant="light" role="status" data-testid="monthly-done" className="no-print" withCloseButton onClose={() => setDone(null)}>
          {t(done)}
        </Alert>
      )}
      <ErrorMessage error={error} />

      <Paper withBorder p="lg" radius="md" className="print-report">
        <Stack gap="md">
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={2}>
                {t('monthly.title')} {r.month}
              </Title>
              <Text size="sm" c="dimmed">
                {figures.from} – {figures.to} · {t('monthly.figuresAt', { at: dateTime(r.figuresGeneratedAt) })}
              </Text>
            </div>
            <Group gap="xs">
              <Badge variant="outline" tt="none">
                {t('monthly.version', { version: r.version })}
              </Badge>
              <Badge color={isDraft ? 'yellow' : 'teal'} tt="none" data-testid="monthly-status">
                {t(`monthly.status.${r.status}`)}
              </Badge>
            </Group>
          </Group>
          <Text size="xs" c="dimmed">
            {r.createdBy && t('monthly.createdBy', { name: r.createdBy.displayName })}
            {r.finalizedBy && r.finalizedAt && ` · ${t('monthly.finalizedBy', { name: r.finalizedBy.displayName, at: dateTime(r.finalizedAt) })}`}
          </Text>
          <FiguresTable caption={t('monthly.total')} rows={[figures.total]} label={() => t('monthly.total')} labelHead="" testId="monthly-total" />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" style={{ alignItems: 'start' }}>
            <FiguresTable
              caption={t('monthly.byCategory')}
              rows={figures.byCategory}
              labelHead={t('monthly.category')}
              label={(row) => (row.category ? t(`statistics.category.${row.category}`) : t('common.none'))}
            />
            <FiguresTable
              caption={t('monthly.byAudience')}
              rows={figures.byAudience}
              labelHead=""
              label={(row) => (row.audience ? t(`statistics.audience.${row.audience}`) : t('common.none'))}
            />
            <FiguresTable
              caption={t('monthly.bySource')}
              rows={figures.bySource}
              labelHead=""
              label={(row) => (row.source ? t(`monthly.source.${row.source}`) : t('common.none'))}
            />
            <FiguresTable caption={t('monthly.byUnit')} rows={figures.byUnit} labelHead={t('monthly.unit')} label={(row) => row.unitName ?? t('common.none')} />
          </SimpleGrid>
          {isDraft ? (
            <Textarea
              label={t('monthly.remarks')}
              placeholder={t('monthly.remarksPlaceholder')}
              value={remarks}
              onChange={(e) => setRemarks(e.currentTarget.value)}
              autosize
              minRows={3}
              maxRows={12}
              data-testid="monthly-remarks"
            />
          ) : (
            <div>
              <Text fw={600} size="sm">
                {t('monthly.remarks')}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="monthly-remarks-text">
                {r.remarks || t('common.none')}
              </Text>
            </div>
          )}
        </Stack>
      </Paper>

      {isDraft && (
        <Group justify="flex-end" gap="sm" className="no-print">
          <Button
            variant="subtle"
            color="red"
            loading={running === 'discard'}
            onClick={() => void run('discard', () => actions.discard({ variables: ref }), 'monthly.discarded').then((ok) => ok && onBack())}
            data-testid="monthly-discard"
          >
            {t('monthly.discard')}
          </Button>
          <Button
            variant="default"
            loading={running === 'refresh'}
            onClick={() => void run('refresh', () => actions.refresh({ variables: ref }), 'monthly.refreshed')}
            data-testid="monthly-refresh"
          >
            {t('monthly.refresh')}
          </Button>
          <Button
            variant="light"
            loading={running === 'save'}
            onClick={() => void run('save', () => actions.update({ variables: { input: { ...ref, remarks } } }), 'monthly.saved')}
            data-testid="monthly-save"
          >
            {t('monthly.saveRemarks')}
          </Button>
          {isChief && (
            <Button
              color="teal"
              loading={running === 'finalize'}
              onClick={() => {
                if (!window.confirm(t('monthly.finalizeConfirm'))) return;
                void run(
                  'finalize',
                  async () => {
                    // Unsaved remarks go in first: what the chief reads is what is finalized.
                    let expectedRevision = r.revision;
                    if ((r.remarks ?? '') !== remarks) {
                      const saved = await actions.update({ variables: { input: { ...ref, remarks } } });
                      expectedRevision = saved.data?.updateMonthlyReportDraft.revision ?? expectedRevision;
                    }
                    await actions.finalize({ variables: { id: r.id, expectedRevision } });
                  },
                  'monthly.finalized',
                );
              }}
              data-testid="monthly-finalize"
            >
              {t('monthly.finalize')}
            </Button>
          )}
        </Group>
      )}
      {isDraft && !isChief && (
        <Text size="sm" c="dimmed" ta="right" className="no-print">
          {t('monthly.chiefOnly')}
        </Text>
      )}

      {!isDraft && isChief && !r.bulletin && (
        <Paper withBorder p="md" radius="md" className="no-print" data-testid="publish-form">
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('monthly.publish')}
            </Title>
            <TextInput label={t('monthly.publishTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} data-testid="publish-title" />
            <Textarea
              label={t('monthly.publishBody')}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              autosize
              minRows={4}
              maxRows={14}
              data-testid="publish-body"
            />
            <Group justify="flex-end">
              <Button
                loading={running === 'publish'}
                onClick={() =>
                  void run(
                    'publish',
                    () => actions.publish({ variables: { input: { monthlyReportId: r.id, title: title.trim() || null, body: body.trim() || null } } }),
                    'monthly.published',
                  )
                }
                data-testid="publish-submit"
              >
                {t('monthly.publish')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      {r.bulletin && (
        <Text size="sm" c="teal" data-testid="monthly-published">
          {t('monthly.alreadyPublished', { at: dateTime(r.bulletin.publishedAt) })}
        </Text>
      )}
      {/* A finalized month is corrected by a new draft (version + 1). */}
      {!isDraft && (
        <Group justify="flex-end" className="no-print">
          <Button
            variant="subtle"
            size="xs"
            onClick={() =>
              void run(
                'correct',
                async () => {
                  const result = await actions.generate({ variables: { month: r.month } });
                  if (result.data) onOpen(result.data.generateMonthlyReportDraft.id);
                },
                'monthly.correctionCreated',
              )
            }
            data-testid="monthly-correct"
          >
            {t('monthly.correct')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
