import { Alert, Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { inputError, type UiError } from '../../../apollo/useErrorMessage';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import type { Tip } from '../graphql/tips';
import { useSubmitTip } from '../hooks/useTips';

export function TipForm() {
  const { t } = useTranslation();
  const { submitTip, submitting } = useSubmitTip();
  const [url, setUrl] = useState('');
  const [note, setNote] = useState('');
  const [result, setResult] = useState<Tip | null>(null);
  const [error, setError] = useState<UiError | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setResult(null);
    const trimmedUrl = url.trim();
    if (!trimmedUrl) return setError(inputError('tips.urlRequired'));
    setError(null);
    try {
      setResult(await submitTip({ url: trimmedUrl, note: note.trim() || null }));
      setUrl('');
      setNote('');
    } catch (caught) {
      setError({ error: caught, overrides: { INVALID_INPUT: 'tips.invalidUrl' } });
    }
  }

  return (
    <Paper withBorder p="lg" radius="md">
      <form onSubmit={handleSubmit} noValidate aria-labelledby="tip-form-title">
        <Stack gap="sm">
          <Title order={3} id="tip-form-title">
            {t('tips.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('tips.lead')}
          </Text>
          <TextInput
            type="url"
            inputMode="url"
            label={t('tips.url')}
            description={t('tips.urlDescription')}
            placeholder="https://x.com/…/status/…"
            value={url}
            onChange={(event) => setUrl(event.currentTarget.value)}
            autoComplete="off"
            required
            data-testid="tip-url"
          />
          <Textarea
            label={t('tips.note')}
            description={t('tips.noteDescription')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            autosize
            minRows={2}
            maxRows={6}
            data-testid="tip-note"
          />
          <ErrorMessage error={error} />
          {result && (
            <Alert color="green" variant="light" role="status" data-testid="tip-result" data-tip-id={result.id}>
              {t('tips.submitted')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={submitting} data-testid="tip-submit">
              {t('tips.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
