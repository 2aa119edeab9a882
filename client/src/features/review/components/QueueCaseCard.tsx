import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import type { ActionOutcome } from '../../cases/components/ActionResult';
import { CaseCard } from '../../cases/components/CaseCard';
import { CaseHeader } from '../../cases/components/CaseHeader';
import { PostTexts } from '../../cases/components/PostTexts';
import { useCaseAction } from '../../cases/hooks/useCaseAction';
import type { QueueCase } from '../graphql/review';
import { useScreeningActions } from '../hooks/useCaseActions';
import { ScreeningChecklist } from './ScreeningChecklist';

interface QueueCaseCardProps {
  reviewCase: QueueCase;
  onOutcome: (outcome: ActionOutcome) => void;
}

export function QueueCaseCard({ reviewCase, onOutcome }: QueueCaseCardProps) {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const { takeCase, releaseCase } = useScreeningActions();
  const { run, running, error } = useCaseAction();
  const ref = { caseId: reviewCase.id, expectedVersion: reviewCase.version };
  const isChief = user.role === 'CHIEF';
  // A case being screened belongs to whoever took it (the server enforces it; the chief may step in).
  const mine = reviewCase.claimedBy?.id === user.id;

  return (
    <CaseCard c={reviewCase} testId="queue-row" gap="xs" data={{ 'data-claimed-by': reviewCase.claimedBy?.id ?? '' }}>
        <CaseHeader
          c={reviewCase}
          action={
            reviewCase.status === 'RECEIVED' && (
              <Button loading={running === 'take'} onClick={() => void run('take', () => takeCase(ref))} data-testid="take-button">
                {t('review.take')}
              </Button>
            )
          }
        />
        <PostTexts postText={reviewCase.postText} profileText={reviewCase.profileText} />
        {reviewCase.status === 'SCREENING' && reviewCase.chiefComment && (
          <Alert color="orange" variant="light" title={t('caseDetail.chiefComment')} data-testid="chief-comment">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {reviewCase.chiefComment}
            </Text>
          </Alert>
        )}
        <ErrorMessage error={error} />
        {reviewCase.status === 'SCREENING' && mine && (
          <ScreeningChecklist reviewCase={reviewCase} canRequestApproval={!isChief} onOutcome={onOutcome} />
        )}
        {reviewCase.status === 'SCREENING' && !mine && (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm" c="dimmed" data-testid="taken-by-other">
              {t('review.takenByOther', { name: reviewCase.claimedBy?.displayName ?? '?' })}
            </Text>
            {isChief && (
              <Button
                variant="default"
                size="xs"
                loading={running === 'release'}
                onClick={() => void run('release', () => releaseCase(ref))}
                data-testid="release-button"
              >
                {t('screening.release')}
              </Button>
            )}
          </Group>
        )}
    </CaseCard>
  );
}
