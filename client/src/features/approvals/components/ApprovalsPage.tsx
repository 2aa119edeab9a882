import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionResult, type ActionOutcome } from '../../cases/components/ActionResult';
import { WorkListSection } from '../../cases/components/WorkListSection';
import { useAwaitingApproval } from '../hooks/useApprovals';
import { ApprovalCard } from './ApprovalCard';

/** 承認待ち (chief): doubtful cases the officers in charge asked about. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const list = useAwaitingApproval();
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  return (
    <WorkListSection
      id="approvals"
      title={t('approvals.title')}
      lead={t('approvals.lead')}
      empty={t('approvals.empty')}
      list={list}
      banner={<ActionResult outcome={outcome} onClose={() => setOutcome(null)} />}
    >
      {(c) => <ApprovalCard key={c.id} approvalCase={c} onOutcome={setOutcome} />}
    </WorkListSection>
  );
}
