import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { useDateTime } from '../../../i18n/useDateTime';
import { useActionOutcome, type ActionOutcome } from '../../cases/components/ActionResult';
import { CaseCard } from '../../cases/components/CaseCard';
import { CaseHeader } from '../../cases/components/CaseHeader';
import { ReplyTextBlock } from '../../cases/components/ReplyTextBlock';
import { ScreeningSummary } from '../../cases/components/ScreeningSummary';
import { WorkListSection } from '../../cases/components/WorkListSection';
import type { ListCase } from '../../cases/graphql/caseFields';
import { useCaseAction } from '../../cases/hooks/useCaseAction';
import { useReportsToAcknowledge, useWarningReportActions } from '../hooks/useWarningReports';
import { PostedReplyFacts } from './PostedReplyFacts';

/** 報告確認 (chief): confirm each post-warning report; the case then closes. */
export function AcknowledgePage() {
  const { t } = useTranslation();
  const list = useReportsToAcknowledge();
  const { banner, onOutcome } = useActionOutcome();
  return (
    <WorkListSection
      id="acknowledge"
      title={t('acknowledge.title')}
      lead={t('acknowledge.lead')}
      empty={t('acknowledge.empty')}
      list={list}
      banner={banner}
    >
      {(c) => <AcknowledgeCard key={c.id} c={c} onOutcome={onOutcome} />}
    </WorkListSection>
  );
}

function AcknowledgeCard({ c, onOutcome }: { c: ListCase; onOutcome: (outcome: ActionOutcome) => void }) {
  const { t } = useTranslation();
  const { dateTime } = useDateTime();
  const { acknowledgeReport } = useWarningReportActions();
  const { run, running, error } = useCaseAction();

  async function handleAcknowledge() {
    const ok = await run('acknowledge', () => acknowledgeReport({ caseId: c.id, expectedVersion: c.version }));
    if (ok) onOutcome({ caseId: c.id, number: c.number, messageKey: 'acknowledge.acknowledged' });
  }

  return (
    <CaseCard c={c} testId="ack-row">
        <CaseHeader c={c} showAge={false}>
          {c.reportedToChiefAt && (
            <Text size="sm" c="dimmed">
              {t('acknowledge.reportedAt')}: <time dateTime={c.reportedToChiefAt}>{dateTime(c.reportedToChiefAt)}</time>
            </Text>
          )}
        </CaseHeader>
        <ScreeningSummary record={c} />
        {c.replyText && <ReplyTextBlock label={t('reply.text')} text={c.replyText} />}
        <PostedReplyFacts c={c} />
        {c.reportToChiefNote && (
          <Alert color="blue" variant="light" title={t('acknowledge.note')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="report-note">
              {c.reportToChiefNote}
            </Text>
          </Alert>
        )}
        <ErrorMessage error={error} />
        <Group justify="flex-end">
          <Button loading={running === 'acknowledge'} onClick={() => void handleAcknowledge()} data-testid="acknowledge-button">
            {t('acknowledge.submit')}
          </Button>
        </Group>
    </CaseCard>
  );
}
