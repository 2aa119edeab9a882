import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { inputError, type UiError } from '../../../apollo/useErrorMessage';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { CaseStatusBadge } from '../../cases/components/CaseStatusBadge';
import type { SubmitReportResult } from '../graphql/reports';
import { useSubmitReport } from '../hooks/useSubmitReport';

export function ReportForm() {
  const { t } = useTranslation();
  const { submitReport, submitting } = useSubmitReport();
  const [url, setUrl] = useState('');
  const [note, setNote] = useState('');
  const [postText, setPostText] = useState('');
  const [profileText, setProfileText] = useState('');
  const [result, setResult] = useState<SubmitReportResult | null>(null);
  const [error, setError] = useState<UiError | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setResult(null);
    const trimmedUrl = url.trim();
    if (!trimmedUrl) {
      setError(inputError('report.urlRequired'));
      return;
    }
    setError(null);
    try {
      // Whether the URL is a post on X is decided by the server, which knows every URL form.
      const submitted = await submitReport({
        url: trimmedUrl,
        note: note.trim() || null,
        postText: postText.trim() || null,
        profileText: profileText.trim() || null,
      });
      setResult(submitted);
      setUrl('');
      setNote('');
      setPostText('');
      setProfileText('');
    } catch (caught) {
      setError({ error: caught, overrides: { INVALID_INPUT: 'report.invalidUrl' } });
    }
  }

  return (
    <Paper withBorder p="lg" radius="md">
      <form onSubmit={handleSubmit} noValidate aria-labelledby="report-form-title">
        <Stack gap="sm">
          <Title order={3} id="report-form-title">
            {t('report.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('report.lead')}
          </Text>
          <TextInput
            type="url"
            inputMode="url"
            label={t('report.url')}
            description={t('report.urlDescription')}
            placeholder="https://x.com/…/status/…"
            value={url}
            onChange={(event) => setUrl(event.currentTarget.value)}
            autoComplete="off"
            required
            data-testid="report-url"
          />
          <Textarea
            label={t('report.note')}
            description={t('report.noteDescription')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            autosize
            minRows={2}
            maxRows={6}
            data-testid="report-note"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Textarea
              label={t('report.postText')}
              description={t('report.postTextDescription')}
              value={postText}
              onChange={(event) => setPostText(event.currentTarget.value)}
              autosize
              minRows={2}
              maxRows={8}
              data-testid="report-post-text"
            />
            <Textarea
              label={t('report.profileText')}
              description={t('report.profileTextDescription')}
              value={profileText}
              onChange={(event) => setProfileText(event.currentTarget.value)}
              autosize
              minRows={2}
              maxRows={8}
              data-testid="report-profile-text"
            />
          </SimpleGrid>
          <ErrorMessage error={error} />
          {result && <ReportResult result={result} />}
          <Group justify="flex-end">
            <Button type="submit" loading={submitting} data-testid="report-submit">
              {t('report.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function ReportResult({ result }: { result: SubmitReportResult }) {
  const { t } = useTranslation();
  return (
    <Alert
      color={result.duplicate ? 'yellow' : 'green'}
      variant="light"
      role="status"
      data-testid="report-result"
      data-duplicate={String(result.duplicate)}
      data-case-id={result.case.id}
      data-case-number={result.case.number}
      data-status={result.case.status}
    >
      <Stack gap={4}>
        <Text size="sm">{result.duplicate ? t('report.duplicate') : t('report.submitted')}</Text>
        <Group gap="xs">
          <Text size="sm" fw={700}>
            {t('caseDetail.number', { number: result.case.number })}
          </Text>
          <Text size="sm">{t('report.caseStatus')}:</Text>
          <CaseStatusBadge status={result.case.status} />
        </Group>
      </Stack>
    </Alert>
  );
}
