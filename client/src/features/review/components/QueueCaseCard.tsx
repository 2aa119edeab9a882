import { Button, Divider, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../../../apollo/errors';
import { inputError, type UiError } from '../../../apollo/useErrorMessage';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { useDateTime } from '../../../i18n/useDateTime';
import { CaseStatusBadge } from '../../cases/components/CaseStatusBadge';
import { PostLink } from '../../cases/components/PostLink';
import type { QueueCase } from '../graphql/review';
import { useRefreshReviewLists, useTakeCase, useWarnCase } from '../hooks/useCaseActions';
import { WarnForm, type WarnDecision } from './WarnForm';

interface QueueCaseCardProps {
  reviewCase: QueueCase;
  now: number;
  onWarned: (reviewCase: QueueCase) => void;
}

export function QueueCaseCard({ reviewCase, now, onWarned }: QueueCaseCardProps) {
  const { t } = useTranslation();
  const { dateTime, age } = useDateTime();
  const refreshLists = useRefreshReviewLists();
  const { takeCase, taking } = useTakeCase();
  const { warnCase, warning } = useWarnCase();
  const [error, setError] = useState<UiError | null>(null);

  async function runCaseAction(action: () => Promise<void>): Promise<boolean> {
    setError(null);
    try {
      await action();
      return true;
    } catch (caught) {
      setError({ error: caught });
      // Someone else acted first: show the case as it is now.
      if (hasErrorCode(caught, 'CONFLICT') || hasErrorCode(caught, 'INVALID_TRANSITION')) void refreshLists();
      return false;
    }
  }

  async function handleWarn(decision: WarnDecision) {
    const ok = await runCaseAction(() =>
      // The version the officer saw: if the case changed since, the server answers CONFLICT.
      warnCase({ caseId: reviewCase.id, expectedVersion: reviewCase.version, ...decision }),
    );
    if (ok) onWarned(reviewCase);
  }

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-label={t('review.post') + ' ' + reviewCase.postId}
      data-testid="queue-row"
      data-case-id={reviewCase.id}
      data-status={reviewCase.status}
      data-version={reviewCase.version}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <PostLink url={reviewCase.postUrl} />
          <CaseStatusBadge status={reviewCase.status} />
        </Group>
        <Group gap="lg">
          <Text size="sm">
            {t('review.age')}:{' '}
            <time dateTime={reviewCase.firstReportedAt} title={dateTime(reviewCase.firstReportedAt)}>
              {age(reviewCase.firstReportedAt, now)}
            </time>
          </Text>
          <Text size="sm" c="dimmed">
            {t('review.firstReportedAt')}: {dateTime(reviewCase.firstReportedAt)}
          </Text>
          <Text size="sm" data-testid="report-count">
            {t('review.reportCount', { count: reviewCase.reportCount })}
          </Text>
          {reviewCase.claimedBy && (
            <Text size="sm" c="dimmed">
              {t('review.claimedBy', { name: reviewCase.claimedBy.displayName })}
            </Text>
          )}
        </Group>
        <ErrorMessage error={error} />
        {reviewCase.status === 'RECEIVED' && (
          <Group justify="flex-end">
            <Button
              loading={taking}
              onClick={() => void runCaseAction(() => takeCase(reviewCase))}
              data-testid="take-button"
            >
              {t('review.take')}
            </Button>
          </Group>
        )}
        {reviewCase.status === 'SCREENING' && (
          <>
            <Divider />
            <WarnForm
              reviewCase={reviewCase}
              submitting={warning}
              onSubmit={handleWarn}
              onInvalid={(messageKey) => setError(inputError(messageKey))}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}
