import { Button, Group, TextInput } from '@mantine/core';
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
import { useAwaitingReportToChief, useWarningReportActions } from '../hooks/useWarningReports';
import { PostedReplyFacts } from './PostedReplyFacts';

/** 報告待ち (officer in charge): posted warnings to report to the chief promptly. */
export function ReportToChiefPage() {
  const { t } = useTranslation();
  const list = useAwaitingReportToChief();
  const { banner, onOutcome } = useActionOutcome();
  return (
    <WorkListSection
      id="report-to-chief"
      title={t('reportToChief.title')}
      lead={t('reportToChief.lead')}
      empty={t('reportToChief.empty')}
      list={list}
      banner={banner}
    >
      {(c) => <ReportToChiefCard key={c.id} c={c} onOutcome={onOutcome} />}
    </WorkListSection>
  );
}

function ReportToChiefCard({ c, onOutcome }: { c: ListCase; onOutcome: (outcome: ActionOutcome) => void }) {
  const { t } = useTranslation();
  const { reportToChief } = useWarningReportActions();
  const { run, running, error } = useCaseAction();
  const [note, setNote] = useState('');

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ok = await run('report', () => reportToChief({ caseId: c.id, expectedVersion: c.version }, note.trim() || null));
    if (ok) onOutcome({ caseId: c.id, number: c.number, messageKey: 'reportToChief.reported' });
  }

  return (
    <CaseCard c={c} testId="report-to-chief-row">
        <CaseHeader c={c} showAge={false} />
        <ScreeningSummary record={c} />
        {c.replyText && <ReplyTextBlock label={t('reply.text')} text={c.replyText} />}
        <PostedReplyFacts c={c} />
        <ErrorMessage error={error} />
        <form onSubmit={handleSubmit} noValidate>
          <Group align="flex-end" gap="sm" wrap="nowrap">
            <TextInput
              label={t('reportToChief.note')}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              style={{ flex: 1 }}
              data-testid="report-note-input"
            />
            <Button type="submit" loading={running === 'report'} data-testid="report-to-chief-button">
              {t('reportToChief.submit')}
            </Button>
          </Group>
        </form>
    </CaseCard>
  );
}
