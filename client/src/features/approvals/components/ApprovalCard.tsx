import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { useDateTime } from '../../../i18n/useDateTime';
import type { ActionOutcome } from '../../cases/components/ActionResult';
import { CaseCard } from '../../cases/components/CaseCard';
import { CaseHeader } from '../../cases/components/CaseHeader';
import { PostTexts } from '../../cases/components/PostTexts';
import { ReplyTextBlock } from '../../cases/components/ReplyTextBlock';
import { ScreeningSummary } from '../../cases/components/ScreeningSummary';
import type { ListCase } from '../../cases/graphql/caseFields';
import { useCaseAction } from '../../cases/hooks/useCaseAction';
import { useChiefDecisions } from '../hooks/useApprovals';

type Mode = 'decide' | 'decline' | 'return';

interface ApprovalCardProps {
  approvalCase: ListCase;
  onOutcome: (outcome: ActionOutcome) => void;
}

/** One 伺い: what the officer in charge recorded, why they doubt, and the exact reply to approve. */
export function ApprovalCard({ approvalCase: c, onOutcome }: ApprovalCardProps) {
  const { t } = useTranslation();
  const { dateTime } = useDateTime();
  const decisions = useChiefDecisions();
  const { run, running, error, invalid, clearError } = useCaseAction();
  const [mode, setMode] = useState<Mode>('decide');
  const [text, setText] = useState('');
  const ref = { caseId: c.id, expectedVersion: c.version };
  const done = (messageKey: ActionOutcome['messageKey']) => onOutcome({ caseId: c.id, number: c.number, messageKey });

  function switchMode(next: Mode) {
    clearError();
    setText('');
    setMode(next);
  }

  async function handleApprove() {
    if (await run('approve', () => decisions.approveWarning(ref))) done('approvals.approved');
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = text.trim();
    if (mode === 'decline') {
      if (!value) return invalid('approvals.declineReasonRequired');
      if (await run('decline', () => decisions.declineWarning(ref, value))) done('approvals.declined');
    } else if (mode === 'return') {
      if (!value) return invalid('approvals.returnCommentRequired');
      if (await run('return', () => decisions.returnForScreening(ref, value))) done('approvals.returned');
    }
  }

  return (
    <CaseCard c={c} testId="approval-row">
        <CaseHeader c={c}>
          {c.approvalRequestedAt && (
            <Text size="sm" c="dimmed">
              {t('approvals.requestedAt')}: <time dateTime={c.approvalRequestedAt}>{dateTime(c.approvalRequestedAt)}</time>
            </Text>
          )}
        </CaseHeader>
        <PostTexts postText={c.postText} profileText={c.profileText} />
        <ScreeningSummary record={c} />
        <Alert
          color="orange"
          variant="light"
          title={`${t('approvals.reason')}${c.claimedBy ? ` — ${t('approvals.requestedBy')}: ${c.claimedBy.displayName}` : ''}`}
        >
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="approval-reason-text">
            {c.approvalReason ?? t('common.none')}
          </Text>
        </Alert>
        {c.replyText && <ReplyTextBlock label={t('approvals.replyText')} text={c.replyText} />}
        <ErrorMessage error={error} />
        {mode === 'decide' ? (
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => switchMode('return')} data-testid="return-button">
              {t('approvals.return')}
            </Button>
            <Button variant="light" color="gray" onClick={() => switchMode('decline')} data-testid="decline-button">
              {t('approvals.decline')}
            </Button>
            <Button color="red" loading={running === 'approve'} onClick={() => void handleApprove()} data-testid="approve-button">
              {t('approvals.approve')}
            </Button>
          </Group>
        ) : (
          <form onSubmit={handleSubmit} noValidate>
            <Stack gap="sm">
              <Textarea
                label={mode === 'decline' ? t('approvals.declineReason') : t('approvals.returnComment')}
                value={text}
                onChange={(event) => setText(event.currentTarget.value)}
                autosize
                minRows={2}
                maxRows={8}
                required
                data-testid={mode === 'decline' ? 'decline-reason' : 'return-comment'}
              />
              <Group justify="flex-end" gap="sm">
                <Button variant="default" onClick={() => switchMode('decide')} data-testid="decision-cancel">
                  {t('common.cancel')}
                </Button>
                <Button
                  type="submit"
                  color={mode === 'decline' ? 'gray' : 'blue'}
                  loading={running === mode}
                  data-testid={mode === 'decline' ? 'decline-submit' : 'return-submit'}
                >
                  {mode === 'decline' ? t('approvals.declineSubmit') : t('approvals.returnSubmit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
    </CaseCard>
  );
}
