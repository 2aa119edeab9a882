import { useTranslation } from 'react-i18next';
import { useActionOutcome } from '../../cases/components/ActionResult';
import { WorkListSection } from '../../cases/components/WorkListSection';
import { useReviewQueue } from '../hooks/useReviewQueue';
import { QueueCaseCard } from './QueueCaseCard';

export function ReviewQueue() {
  const { t } = useTranslation();
  const list = useReviewQueue();
  // A decided case leaves the queue, so the confirmation lives here rather than on its card.
  const { banner, onOutcome } = useActionOutcome();

  return (
    <WorkListSection
      id="queue"
      title={t('review.queueTitle')}
      lead={t('review.queueLead')}
      empty={t('review.empty')}
      list={list}
      banner={banner}
    >
      {(reviewCase) => <QueueCaseCard key={reviewCase.id} reviewCase={reviewCase} onOutcome={onOutcome} />}
    </WorkListSection>
  );
}
