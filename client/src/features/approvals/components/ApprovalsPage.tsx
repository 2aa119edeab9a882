import { useTranslation } from 'react-i18next';
import { useActionOutcome } from '../../cases/components/ActionResult';
import { WorkListSection } from '../../cases/components/WorkListSection';
import { useAwaitingApproval } from '../hooks/useApprovals';
import { ApprovalCard } from './ApprovalCard';

/** 承認待ち (chief): doubtful cases the officers in charge asked about. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const list = useAwaitingApproval();
  const { banner, onOutcome } = useActionOutcome();
  return (
    <WorkListSection
      id="approvals"
      title={t('approvals.title')}
      lead={t('approvals.lead')}
      empty={t('approvals.empty')}
      list={list}
      banner={banner}
    >
      {(c) => <ApprovalCard key={c.id} approvalCase={c} onOutcome={onOutcome} />}
    </WorkListSection>
  );
}
