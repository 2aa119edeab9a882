import { Badge, Center, Loader, Tabs } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../features/auth/graphql/session';
import { CaseDrawerProvider } from '../features/cases/components/CaseDrawerProvider';
import { useWorkCounts, type WorkCount, type WorkListName } from '../features/cases/hooks/useWorkCounts';

// Route-level code splitting: each screen is its own chunk, loaded when its tab first opens, so the
// first paint needs only the shell (recharts, for one, loads with the statistics screen alone).
const AcknowledgePage = lazy(() => import('../features/warning-reports/components/AcknowledgePage').then((m) => ({ default: m.AcknowledgePage })));
const ReportToChiefPage = lazy(() => import('../features/warning-reports/components/ReportToChiefPage').then((m) => ({ default: m.ReportToChiefPage })));
const ApprovalsPage = lazy(() => import('../features/approvals/components/ApprovalsPage').then((m) => ({ default: m.ApprovalsPage })));
const AuditLogPage = lazy(() => import('../features/audit/components/AuditLogPage').then((m) => ({ default: m.AuditLogPage })));
const FailedRepliesPage = lazy(() => import('../features/failed-replies/components/FailedRepliesPage').then((m) => ({ default: m.FailedRepliesPage })));
const OfficerPage = lazy(() => import('../features/reports/components/OfficerPage').then((m) => ({ default: m.OfficerPage })));
const ReviewPage = lazy(() => import('../features/review/components/ReviewPage').then((m) => ({ default: m.ReviewPage })));
const TemplatesPage = lazy(() => import('../features/templates/components/TemplatesPage').then((m) => ({ default: m.TemplatesPage })));
const VolunteerPage = lazy(() => import('../features/tips/components/VolunteerPage').then((m) => ({ default: m.VolunteerPage })));
const UsersAndUnitsPage = lazy(() => import('../features/users/components/UsersAndUnitsPage').then((m) => ({ default: m.UsersAndUnitsPage })));
const StatisticsPage = lazy(() => import('../features/statistics/components/StatisticsPage').then((m) => ({ default: m.StatisticsPage })));
const MonthlyReportsPage = lazy(() => import('../features/monthly-reports/components/MonthlyReportsPage').then((m) => ({ default: m.MonthlyReportsPage })));
const PendingRepliesPage = lazy(() => import('../features/manual-reply/components/PendingRepliesPage').then((m) => ({ default: m.PendingRepliesPage })));
const EscalationsPage = lazy(() => import('../features/escalations/components/EscalationsPage').then((m) => ({ default: m.EscalationsPage })));
const BulletinsPage = lazy(() => import('../features/monthly-reports/components/BulletinsPage').then((m) => ({ default: m.BulletinsPage })));

/** Shown while a screen's chunk loads (the first time its tab opens). */
function ScreenLoading() {
  const { t } = useTranslation();
  return (
    <Center mt="xl" data-testid="screen-loading">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}

type DivisionTab =
  | 'review'
  | 'approvals'
  | 'acknowledge'
  | 'reportToChief'
  | 'failed'
  | 'pendingReplies'
  | 'escalations'
  | 'report'
  | 'statistics'
  | 'monthlyReports'
  | 'bulletins'
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
  escalations: { testId: 'tab-escalations', color: 'red', render: () => <EscalationsPage /> },
  pendingReplies: { testId: 'tab-pending-replies', color: 'orange', render: () => <PendingRepliesPage /> },
  report: { testId: 'tab-report', color: 'gray', render: () => <OfficerPage /> },
  statistics: { testId: 'tab-statistics', color: 'gray', render: () => <StatisticsPage /> },
  monthlyReports: { testId: 'tab-monthly-reports', color: 'gray', render: () => <MonthlyReportsPage /> },
  bulletins: { testId: 'tab-bulletins', color: 'gray', render: () => <BulletinsPage /> },
  templates: { testId: 'tab-templates', color: 'gray', render: () => <TemplatesPage /> },
  users: { testId: 'tab-users', color: 'gray', render: () => <UsersAndUnitsPage /> },
  audit: { testId: 'tab-audit', color: 'gray', render: () => <AuditLogPage /> },
};

/**
 * DESIGN §1: what each role of the division works on, in the order they work on it; the chief's
 * administration (templates, users and units, audit log) after the casework.
 */
const DIVISION_TABS: Record<'OFFICER_IN_CHARGE' | 'CHIEF', DivisionTab[]> = {
  OFFICER_IN_CHARGE: ['review', 'escalations', 'reportToChief', 'pendingReplies', 'failed', 'report', 'statistics', 'monthlyReports', 'bulletins'],
  CHIEF: ['review', 'escalations', 'approvals', 'acknowledge', 'pendingReplies', 'failed', 'report', 'statistics', 'monthlyReports', 'bulletins', 'templates', 'users', 'audit'],
};

/** Where the casework ends and the administration begins (a divider in the tab list). */
const FIRST_ADMIN_TAB: DivisionTab = 'templates';

/** Each role lands on its own work. Officers and volunteers have one page; the division has tabs. */
export function RoleHome({ user }: { user: CurrentUser }) {
  switch (user.role) {
    case 'OFFICER':
      return (
        <CaseDrawerProvider>
          <OfficerHome />
        </CaseDrawerProvider>
      );
    case 'VOLUNTEER':
      return (
        <Suspense fallback={<ScreenLoading />}>
          <VolunteerPage />
        </Suspense>
      );
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
  const step = (by: number) => setTab((current) => tabs[(tabs.indexOf(current) + by + tabs.length) % tabs.length]);
  useHotkeys([
    ...tabs.slice(0, 9).map((name, i): [string, () => void] => [String(i + 1), () => setTab(name)]),
    [']', () => step(1)],
    ['[', () => step(-1)],
  ]);
  return (
    <Tabs
      value={tab}
      onChange={(value) => setTab(tabs.find((name) => name === value) ?? 'review')}
      keepMounted={false}
      aria-label={t('app.mainNavigation')}
    >
      {/* One row at any width: the tabs scroll sideways rather than wrap (1366 px and tablets). */}
      <Tabs.List mb="md" style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden', scrollbarWidth: 'thin' }}>
        {tabs.map((name) => {
          const spec = TABS[name];
          const count = spec.counts ? counts[spec.counts] : undefined;
          return (
            <Tabs.Tab
              key={name}
              value={name}
              ml={name === FIRST_ADMIN_TAB ? 'auto' : undefined}
              style={{ whiteSpace: 'nowrap', flexShrink: 0 }}
              px="sm"
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
          <Suspense fallback={<ScreenLoading />}>{TABS[name].render()}</Suspense>
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

/** A station officer: their reports, and the bulletins (周知) the division publishes. */
function OfficerHome() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('report');
  return (
    <Tabs value={tab} onChange={setTab} keepMounted={false} aria-label={t('app.mainNavigation')}>
      <Tabs.List mb="md">
        <Tabs.Tab value="report" data-testid="tab-report">
          {t('tabs.report')}
        </Tabs.Tab>
        <Tabs.Tab value="bulletins" data-testid="tab-bulletins">
          {t('tabs.bulletins')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="report">
        <Suspense fallback={<ScreenLoading />}>
          <OfficerPage />
        </Suspense>
      </Tabs.Panel>
      <Tabs.Panel value="bulletins">
        <Suspense fallback={<ScreenLoading />}>
          <BulletinsPage />
        </Suspense>
      </Tabs.Panel>
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
