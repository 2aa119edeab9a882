import { Badge, Tabs } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../features/auth/graphql/session';
import { AcknowledgePage } from '../features/warning-reports/components/AcknowledgePage';
import { ReportToChiefPage } from '../features/warning-reports/components/ReportToChiefPage';
import { ApprovalsPage } from '../features/approvals/components/ApprovalsPage';
import { AuditLogPage } from '../features/audit/components/AuditLogPage';
import { CaseDrawerProvider } from '../features/cases/components/CaseDrawerProvider';
import { useWorkCounts, type WorkCount, type WorkListName } from '../features/cases/hooks/useWorkCounts';
import { FailedRepliesPage } from '../features/failed-replies/components/FailedRepliesPage';
import { OfficerPage } from '../features/reports/components/OfficerPage';
import { ReviewPage } from '../features/review/components/ReviewPage';
import { TemplatesPage } from '../features/templates/components/TemplatesPage';
import { VolunteerPage } from '../features/tips/components/VolunteerPage';
import { UsersAndUnitsPage } from '../features/users/components/UsersAndUnitsPage';

type DivisionTab =
  | 'review'
  | 'approvals'
  | 'acknowledge'
  | 'reportToChief'
  | 'failed'
  | 'report'
  | 'templates'
  | 'users'
  | 'audit';

interface TabSpec {
  testId: string;
  /** The work list whose size the tab shows, if any. */
  counts?: WorkListName;
  /** Badge colour when something waits: red for what went wrong. */
  color: string;
  render: () => ReactNode;
}

const TABS: Record<DivisionTab, TabSpec> = {
  review: { testId: 'tab-review', counts: 'reviewQueue', color: 'blue', render: () => <ReviewPage /> },
  approvals: { testId: 'tab-approvals', counts: 'awaitingApproval', color: 'orange', render: () => <ApprovalsPage /> },
  acknowledge: { testId: 'tab-acknowledge', counts: 'reportsToAcknowledge', color: 'teal', render: () => <AcknowledgePage /> },
  reportToChief: { testId: 'tab-report-to-chief', counts: 'awaitingReportToChief', color: 'teal', render: () => <ReportToChiefPage /> },
  failed: { testId: 'tab-failed', counts: 'failedReplies', color: 'red', render: () => <FailedRepliesPage /> },
  report: { testId: 'tab-report', color: 'gray', render: () => <OfficerPage /> },
  templates: { testId: 'tab-templates', color: 'gray', render: () => <TemplatesPage /> },
  users: { testId: 'tab-users', color: 'gray', render: () => <UsersAndUnitsPage /> },
  audit: { testId: 'tab-audit', color: 'gray', render: () => <AuditLogPage /> },
};

/**
 * DESIGN §1: what each role of the division works on, in the order they work on it; the chief's
 * administration (templates, users and units, audit log) after the casework.
 */
const DIVISION_TABS: Record<'OFFICER_IN_CHARGE' | 'CHIEF', DivisionTab[]> = {
  OFFICER_IN_CHARGE: ['review', 'reportToChief', 'failed', 'report'],
  CHIEF: ['review', 'approvals', 'acknowledge', 'failed', 'report', 'templates', 'users', 'audit'],
};

/** Where the casework ends and the administration begins (a divider in the tab list). */
const FIRST_ADMIN_TAB: DivisionTab = 'templates';

/** Each role lands on its own work. Officers and volunteers have one page; the division has tabs. */
export function RoleHome({ user }: { user: CurrentUser }) {
  switch (user.role) {
    case 'OFFICER':
      return (
        <CaseDrawerProvider>
          <OfficerPage />
        </CaseDrawerProvider>
      );
    case 'VOLUNTEER':
      return <VolunteerPage />;
    case 'OFFICER_IN_CHARGE':
    case 'CHIEF':
      return (
        <CaseDrawerProvider>
          <DivisionHome role={user.role} />
        </CaseDrawerProvider>
      );
  }
}

function DivisionHome({ role }: { role: 'OFFICER_IN_CHARGE' | 'CHIEF' }) {
  const { t } = useTranslation();
  const tabs = DIVISION_TABS[role];
  const [tab, setTab] = useState<DivisionTab>('review');
  const counts = useWorkCounts(role === 'CHIEF');
  return (
    <Tabs
      value={tab}
      onChange={(value) => setTab(tabs.find((name) => name === value) ?? 'review')}
      keepMounted={false}
      aria-label={t('app.mainNavigation')}
    >
      <Tabs.List mb="md">
        {tabs.map((name) => {
          const spec = TABS[name];
          const count = spec.counts ? counts[spec.counts] : undefined;
          return (
            <Tabs.Tab
              key={name}
              value={name}
              ml={name === FIRST_ADMIN_TAB ? 'auto' : undefined}
              data-testid={spec.testId}
              rightSection={count && <CountBadge name={name} count={count} color={spec.color} />}
            >
              {t(`tabs.${name}`)}
            </Tabs.Tab>
          );
        })}
      </Tabs.List>
      {tabs.map((name) => (
        <Tabs.Panel key={name} value={name}>
          {TABS[name].render()}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

function CountBadge({ name, count, color }: { name: DivisionTab; count: WorkCount; color: string }) {
  const { t } = useTranslation();
  const label = count.more ? t('tabs.countMore', { count: count.count }) : t('tabs.count', { count: count.count });
  return (
    <Badge
      size="sm"
      circle={false}
      variant={count.count > 0 ? 'filled' : 'light'}
      color={count.count > 0 ? color : 'gray'}
      tt="none"
      aria-label={label}
      data-testid={`tab-count-${name}`}
      data-count={count.count}
    >
      {count.more ? `${count.count}+` : count.count}
    </Badge>
  );
}
