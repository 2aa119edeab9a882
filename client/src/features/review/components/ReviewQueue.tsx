import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionResult, type ActionOutcome } from '../../cases/components/ActionResult';
import { WorkListSection } from '../../cases/components/WorkListSection';
import { useReviewQueue } from '../hooks/useReviewQueue';
import { QueueCaseCard } from './QueueCaseCard';

export function ReviewQueue() {
  const { t } = useTranslation();
  const list = useReviewQueue();
  // A decided case leaves the queue, so the confirmation lives here rather than on its card.
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);

  return (
    <WorkListSection
      id="queue"
      title={t('review.queueTitle')}
      lead={t('review.queueLead')}
      empty={t('review.empty')}
      list={list}
      banner={<ActionResult outcome={outcome} onClose={() => setOutcome(null)} />}
    >
      {(reviewCase) => <QueueCaseCard key={reviewCase.id} reviewCase={reviewCase} onOutcome={setOutcome} />}
    </WorkListSection>
  );
}
