import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { useNow } from '../../../lib/useNow';
import type { QueueCase } from '../graphql/review';
import { useReviewQueue } from '../hooks/useReviewQueue';
import { QueueCaseCard } from './QueueCaseCard';

export function ReviewQueue() {
  const { t } = useTranslation();
  const now = useNow();
  const { data, error, loading } = useReviewQueue();
  // A warned case leaves the queue, so the confirmation lives here rather than on its card.
  const [lastWarned, setLastWarned] = useState<QueueCase | null>(null);
  const cases = data?.reviewQueue ?? [];

  return (
    <Stack gap="sm" component="section" aria-labelledby="review-queue-title">
      <Title order={3} id="review-queue-title">
        {t('review.queueTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('review.queueLead')}
      </Text>
      {lastWarned && (
        <Alert
          color="green"
          variant="light"
          role="status"
          withCloseButton
          onClose={() => setLastWarned(null)}
          data-testid="warn-result"
          data-case-id={lastWarned.id}
        >
          {t('warnForm.queued')}
        </Alert>
      )}
      {error && <ErrorMessage error={{ error }} />}
      {loading && !data ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : cases.length === 0 ? (
        <Text c="dimmed" data-testid="queue-empty">
          {t('review.empty')}
        </Text>
      ) : (
        cases.map((reviewCase) => (
          <QueueCaseCard key={reviewCase.id} reviewCase={reviewCase} now={now} onWarned={setLastWarned} />
        ))
      )}
    </Stack>
  );
}
