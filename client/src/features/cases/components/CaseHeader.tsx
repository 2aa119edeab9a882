import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateTime } from '../../../i18n/useDateTime';
import type { ListCase } from '../graphql/caseFields';
import { AgeBadge } from './AgeBadge';
import { CaseOpenButton } from './CaseOpenButton';
import { CaseStatusBadge } from './CaseStatusBadge';
import { PostLink } from './PostLink';

interface CaseHeaderProps {
  c: Pick<ListCase, 'id' | 'number' | 'postUrl' | 'status' | 'firstReportedAt' | 'ageSeconds' | 'reportCount' | 'claimedBy'>;
  /** Show the SLA age badge (lists where the case still waits on us). */
  showAge?: boolean;
  /** Extra facts for this list, after the standard ones. */
  children?: ReactNode;
  /** A button for the next step, at the right of the facts (e.g. 担当する). */
  action?: ReactNode;
}

/** The top of every case card: number, post link, status, age, reports, who has it, details. */
export function CaseHeader({ c, showAge = true, children, action }: CaseHeaderProps) {
  const { t } = useTranslation();
  const { dateTime } = useDateTime();
  return (
    <>
      <Group justify="space-between" wrap="nowrap" align="center" gap="sm">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <Text fw={700} size="sm" style={{ whiteSpace: 'nowrap' }} data-testid="case-number">
            {t('caseDetail.number', { number: c.number })}
          </Text>
          <div style={{ minWidth: 0 }}>
            <PostLink url={c.postUrl} />
          </div>
        </Group>
        <Group gap="xs" wrap="nowrap">
          {showAge && <AgeBadge ageSeconds={c.ageSeconds} />}
          <CaseStatusBadge status={c.status} />
          <CaseOpenButton caseId={c.id} number={c.number} />
        </Group>
      </Group>
      <Group justify="space-between" wrap="nowrap" align="center" gap="sm">
        <Group gap="lg" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t('review.firstReportedAt')}: <time dateTime={c.firstReportedAt}>{dateTime(c.firstReportedAt)}</time>
          </Text>
          <Text size="sm" data-testid="report-count">
            {t('review.reportCount', { count: c.reportCount })}
          </Text>
          <Text size="sm" c={c.claimedBy ? undefined : 'dimmed'} data-testid="claimed-by">
            {c.claimedBy ? t('review.claimedBy', { name: c.claimedBy.displayName }) : t('review.notClaimed')}
          </Text>
          {children}
        </Group>
        {action}
      </Group>
    </>
  );
}
