import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { useActionOutcome, type ActionOutcome } from '../../cases/components/ActionResult';
import { CaseCard } from '../../cases/components/CaseCard';
import { CaseHeader } from '../../cases/components/CaseHeader';
import { ReplyTextBlock } from '../../cases/components/ReplyTextBlock';
import { ScreeningSummary } from '../../cases/components/ScreeningSummary';
import { WorkListSection } from '../../cases/components/WorkListSection';
import type { ListCase } from '../../cases/graphql/caseFields';
import { useCaseAction } from '../../cases/hooks/useCaseAction';
import { useFailedReplies, useFailedReplyActions } from '../hooks/useFailedReplies';
import { FailureReason } from '../../cases/components/FailureReason';

/** 送信失敗: replies X refused for good; send again or close with a reason. */
export function FailedRepliesPage() {
  const { t } = useTranslation();
  const list = useFailedReplies();
  const { banner, onOutcome } = useActionOutcome();
  return (
    <WorkListSection
      id="failed"
      title={t('failed.title')}
      lead={t('failed.lead')}
      empty={t('failed.empty')}
      list={list}
      banner={banner}
    >
      {(c) => <FailedReplyCard key={c.id} c={c} onOutcome={onOutcome} />}
    </WorkListSection>
  );
}

function FailedReplyCard({ c, onOutcome }: { c: ListCase; onOutcome: (outcome: ActionOutcome) => void }) {
  const { t } = useTranslation();
  const { retryReply, closeFailedReply } = useFailedReplyActions();
  const { run, running, error, invalid, clearError } = useCaseAction();
  const [closing, setClosing] = useState(false);
  const [reason, setReason] = useState('');
  const ref = { caseId: c.id, expectedVersion: c.version };

  async function handleRetry() {
    if (await run('retry', () => retryReply(ref))) onOutcome({ caseId: c.id, number: c.number, messageKey: 'failed.retried' });
  }

  async function handleClose(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) return invalid('failed.closeReasonRequired');
    if (await run('close', () => closeFailedReply(ref, reason.trim()))) {
      onOutcome({ caseId: c.id, number: c.number, messageKey: 'failed.closed' });
    }
  }

  return (
    <CaseCard c={c} testId="failed-row">
        <CaseHeader c={c} />
        <Alert color="red" variant="light" title={t('failed.failureReason')}>
          <FailureReason reason={c.failureReason} />
        </Alert>
        <ScreeningSummary record={c} />
        {c.replyText && <ReplyTextBlock label={t('reply.text')} text={c.replyText} />}
        <ErrorMessage error={error} />
        {closing ? (
          <form onSubmit={handleClose} noValidate>
            <Stack gap="sm">
              <Textarea
                label={t('failed.closeReason')}
                value={reason}
                onChange={(event) => setReason(event.currentTarget.value)}
                autosize
                minRows={2}
                maxRows={6}
                required
                data-testid="close-failed-reason"
              />
              <Group justify="flex-end" gap="sm">
                <Button
                  variant="default"
                  onClick={() => {
                    clearError();
                    setClosing(false);
                  }}
                  data-testid="close-failed-cancel"
                >
                  {t('common.cancel')}
                </Button>
                <Button type="submit" color="gray" loading={running === 'close'} data-testid="close-failed-submit">
                  {t('failed.closeSubmit')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Group justify="flex-end" gap="sm">
            <Button
              variant="default"
              onClick={() => {
                clearError();
                setClosing(true);
              }}
              data-testid="close-failed-button"
            >
              {t('failed.close')}
            </Button>
            <Button loading={running === 'retry'} onClick={() => void handleRetry()} data-testid="retry-button">
              {t('failed.retry')}
            </Button>
          </Group>
        )}
    </CaseCard>
  );
}
