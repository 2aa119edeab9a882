import '../../escalations/i18n/register';
import { Anchor, Badge, Divider, Drawer, Group, Loader, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { CLOSE_REASONS, NOT_APPLICABLE_REASONS, type CloseReason } from '../../../graphql/enums';
import { useDateTime } from '../../../i18n/useDateTime';
import { LIST_POLL_MS } from '../../../lib/polling';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { CASE_DETAIL_QUERY } from '../graphql/caseDetail';
import type { CaseDetail, CaseReport, TimelineEntry, XAccountHistory } from '../graphql/caseDetail';
import { CaseStatusBadge } from './CaseStatusBadge';
import { FailureReason } from './FailureReason';
import { PostLink } from './PostLink';
import { PostTexts } from './PostTexts';
import { ReplyTextBlock } from './ReplyTextBlock';
import { ScreeningSummary } from './ScreeningSummary';
import { TimelineActionLabel } from './TimelineActionLabel';
import { useCaseDrawer } from '../hooks/useCaseDrawer';
import { RaiseEscalationButtons } from '../../escalations/components/RaiseEscalationButtons';

interface CaseDrawerProps {
  caseId: string | null;
  onClose: () => void;
}

/** Everything known about one case: fields, every report, the history, the author's other cases. */
export function CaseDrawer({ caseId, onClose }: CaseDrawerProps) {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  // Officers may read their unit's cases but not X accounts (role matrix): do not ask for them.
  const withAccount = user.role === 'OFFICER_IN_CHARGE' || user.role === 'CHIEF';
  const { data, error, loading } = useQuery(CASE_DETAIL_QUERY, {
    variables: { id: caseId ?? '', withAccount },
    skip: !caseId,
    pollInterval: caseId ? LIST_POLL_MS : 0,
    fetchPolicy: 'cache-and-network',
  });
  const detail = caseId && data?.case.id === caseId ? data.case : undefined;
  // A variable, not an inline literal: data-* keys are fine on the element but not in Mantine's prop type.
  const closeButtonProps = { 'aria-label': t('caseDetail.close'), 'data-testid': 'case-drawer-close' };

  return (
    <Drawer
      opened={caseId !== null}
      onClose={onClose}
      position="right"
      size={720}
      padding="lg"
      closeButtonProps={closeButtonProps}
      title={
        detail ? (
          <Group gap="sm">
            <Title order={3} size="h4">
              {t('caseDetail.title', { number: detail.number })}
            </Title>
            <CaseStatusBadge status={detail.status} />
          </Group>
        ) : (
          <Title order={3} size="h4">
            {t('app.loading')}
          </Title>
        )
      }
    >
      <div data-testid="case-drawer" data-case-id={caseId ?? undefined} data-status={detail?.status}>
        {error && !detail && (
          <Stack gap="xs">
            <Text>{t('caseDetail.loadFailed')}</Text>
            <ErrorMessage error={{ error }} />
          </Stack>
        )}
        {loading && !detail && !error && <Loader size="sm" aria-label={t('app.loading')} />}
        {detail && <CaseDetailView detail={detail} timeline={data?.caseTimeline ?? []} withAccount={withAccount} />}
      </div>
    </Drawer>
  );
}

function CaseDetailView({ detail, timeline, withAccount }: { detail: CaseDetail; timeline: TimelineEntry[]; withAccount: boolean }) {
  const { t } = useTranslation();
  const { dateTime } = useDateTime();
  const when = (iso: string | null) => (iso ? <time dateTime={iso}>{dateTime(iso)}</time> : null);
  const closeReason = CLOSE_REASONS.includes(detail.closeReason as CloseReason)
    ? t(`closeReason.${detail.closeReason as CloseReason}`)
    : detail.closeReason;
  const naReason =
    detail.notApplicableReason && NOT_APPLICABLE_REASONS.includes(detail.notApplicableReason)
      ? t(`naReason.${detail.notApplicableReason}`)
      : null;
  const screened = detail.region !== null || detail.categories.length > 0;
  const replied = detail.replyText || detail.replyPostId;

  return (
    <Stack gap="md">
      <Section title={t('caseDetail.overview')}>
        <FieldTable
          rows={[
            [t('caseDetail.post'), <PostLink url={detail.postUrl} />],
            [t('caseDetail.postId'), detail.postId],
            [t('caseDetail.firstReportedAt'), when(detail.firstReportedAt)],
            [t('caseDetail.claimedBy'), detail.claimedBy?.displayName],
            [t('caseDetail.claimedAt'), when(detail.claimedAt)],
            [t('caseDetail.decidedAt'), when(detail.decidedAt)],
            [t('caseDetail.approvalRequestedAt'), when(detail.approvalRequestedAt)],
            [t('caseDetail.approvalReason'), detail.approvalReason],
            [t('caseDetail.approvedAt'), when(detail.approvedAt)],
            [t('caseDetail.chiefComment'), detail.chiefComment],
            [t('caseDetail.failureReason'), detail.failureReason ? <FailureReason reason={detail.failureReason} /> : null],
            [t('caseDetail.reportedToChiefAt'), when(detail.reportedToChiefAt)],
            [t('caseDetail.reportToChiefNote'), detail.reportToChiefNote],
            [t('caseDetail.acknowledgedAt'), when(detail.acknowledgedAt)],
            [t('caseDetail.notApplicableReason'), naReason],
            [t('caseDetail.closeReason'), closeReason],
            [t('caseDetail.closeNote'), detail.closeNote],
            [t('caseDetail.closedAt'), when(detail.closedAt)],
          ]}
        />
        <PostTexts postText={detail.postText} profileText={detail.profileText} />
      </Section>

      <Section title={t('escalations.raise.sectionTitle')}>
        <RaiseEscalationButtons caseRef={{ id: detail.id, number: detail.number }} size="xs" />
      </Section>

      {screened && (
        <Section title={t('caseDetail.screening')}>
          <ScreeningSummary record={detail} />
        </Section>
      )}

      {replied && (
        <Section title={t('caseDetail.reply')}>
          {detail.replyText && <ReplyTextBlock label={t('reply.text')} text={detail.replyText} />}
          <FieldTable
            rows={[
              [t('reply.postId'), detail.replyPostId ? <span data-testid="drawer-reply-post-id">{detail.replyPostId}</span> : t('reply.notPosted')],
              [t('reply.postedAt'), when(detail.replyPostedAt)],
              [t('reply.channel'), t(`replyChannel.${detail.replyChannel}`)],
              [t('caseDetail.templateVersion'), detail.templateVersion?.toString()],
              [t('caseDetail.manualReplyUrl'), detail.manualReplyUrl ? <PostLink url={detail.manualReplyUrl} /> : null],
            ]}
          />
        </Section>
      )}

      <Section title={t('caseDetail.reports', { count: detail.reports.length })}>
        <ReportsList reports={detail.reports} />
      </Section>

      <Section title={t('caseDetail.timeline')}>
        <CaseTimeline entries={timeline} detail={detail} />
      </Section>

      {withAccount && (
        <Section title={t('caseDetail.xAccount')}>
          <XAccountView account={detail.xAccount ?? null} currentCaseId={detail.id} />
        </Section>
      )}
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section">
      <Divider label={<Text fw={700} size="sm">{title}</Text>} labelPosition="left" />
      {children}
    </Stack>
  );
}

/** Label/value rows; rows without a value are left out so the table only says what is known. */
function FieldTable({ rows }: { rows: Array<[string, ReactNode]> }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return (
    <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing="xs" data-testid="case-fields">
      <Table.Tbody>
        {shown.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={200} style={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>
              <Text size="sm" c="dimmed" fw={600}>
                {label}
              </Text>
            </Table.Th>
            <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              <Text size="sm" component="div">
                {value}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ReportsList({ reports }: { reports: CaseReport[] }) {
  const { t } = useTranslation();
  const { dateTime } = useDateTime();
  return (
    <Stack gap="sm">
      {reports.map((report) => (
        <Stack key={report.id} gap={4} data-testid="case-report" data-report-id={report.id} data-source={report.source}>
          <Group gap="sm" wrap="wrap">
            <Text size="sm" fw={600}>
              {t('caseDetail.reportBy', { name: report.reportedBy.displayName, unit: report.unit.name })}
            </Text>
            <Badge size="sm" variant="light" color={report.source === 'VOLUNTEER' ? 'grape' : 'blue'} tt="none">
              {t(`unitReports.source.${report.source}`)}
            </Badge>
            <Text size="sm" c="dimmed">
              <time dateTime={report.createdAt}>{dateTime(report.createdAt)}</time>
            </Text>
          </Group>
          <PostLink url={report.url} />
          {report.note && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {report.note}
            </Text>
          )}
          <PostTexts postText={report.postText} profileText={report.profileText} />
        </Stack>
      ))}
    </Stack>
  );
}

function CaseTimeline({ entries, detail }: { entries: TimelineEntry[]; detail: CaseDetail }) {
  const { t } = useTranslation();
  const { dateTime } = useDateTime();
  const { user } = useCurrentUser();
  if (entries.length === 0) return <Text c="dimmed">{t('caseDetail.timelineEmpty')}</Text>;
  // The timeline carries actor IDs only; name the people this case already names.
  const names = new Map<string, string>();
  detail.reports.forEach((r) => names.set(r.reportedBy.id, r.reportedBy.displayName));
  if (detail.claimedBy) names.set(detail.claimedBy.id, detail.claimedBy.displayName);
  names.set(user.id, user.displayName);
  return (
    <Timeline bulletSize={14} lineWidth={2} active={entries.length - 1} data-testid="case-timeline">
      {entries.map((entry, index) => (
        <Timeline.Item
          key={`${entry.at}-${index}`}
          title={
            <Group gap="xs">
              <TimelineActionLabel entry={entry} />
              {entry.toStatus && <CaseStatusText status={entry.toStatus} />}
            </Group>
          }
          data-testid="timeline-entry"
          data-action={entry.action}
          data-to-status={entry.toStatus ?? undefined}
        >
          <Text size="xs" c="dimmed">
            <time dateTime={entry.at}>{dateTime(entry.at)}</time>
            {' · '}
            <ActorLabel entry={entry} names={names} />
          </Text>
          {entry.note && (
            <Text size="sm" mt={2} style={{ whiteSpace: 'pre-wrap' }} data-testid="timeline-note">
              {entry.note}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

function CaseStatusText({ status }: { status: string }) {
  const { t } = useTranslation();
  const known = ['RECEIVED', 'SCREENING', 'AWAITING_APPROVAL', 'WARNING_QUEUED', 'WARNING_POSTED', 'WARNING_FAILED', 'REPORTED', 'CLOSED'] as const;
  const label = (known as readonly string[]).includes(status) ? t(`caseStatus.${status as (typeof known)[number]}`) : status;
  return (
    <Text size="xs" c="dimmed">
      → {label}
    </Text>
  );
}

function ActorLabel({ entry, names }: { entry: TimelineEntry; names: Map<string, string> }) {
  const { t } = useTranslation();
  const roles = ['OFFICER', 'VOLUNTEER', 'OFFICER_IN_CHARGE', 'CHIEF', 'SYSTEM'] as const;
  const role = (roles as readonly string[]).includes(entry.actorRole ?? '')
    ? t(`actorRole.${entry.actorRole as (typeof roles)[number]}`)
    : entry.actorRole ?? t('actorRole.SYSTEM');
  const name = entry.actorId ? names.get(entry.actorId) : undefined;
  return <>{name ? t('caseDetail.actor', { name, role }) : role}</>;
}

function XAccountView({ account, currentCaseId }: { account: XAccountHistory | null; currentCaseId: string }) {
  const { t } = useTranslation();
  const { dateTime } = useDateTime();
  const { openCase } = useCaseDrawer();
  if (!account) return <Text c="dimmed">{t('caseDetail.xAccountUnknown')}</Text>;
  return (
    <Stack gap="xs" data-testid="x-account" data-case-count={account.caseCount}>
      <Group gap="sm">
        <Text fw={600}>@{account.username ?? '?'}</Text>
        {account.displayName && <Text c="dimmed">{account.displayName}</Text>}
        <Text size="sm">{t('caseDetail.xAccountCases', { count: account.caseCount })}</Text>
        {account.caseCount > 1 && (
          <Badge color="red" variant="light" tt="none" data-testid="repeat-poster">
            {t('caseDetail.repeatPoster')}
          </Badge>
        )}
      </Group>
      <Table withRowBorders verticalSpacing={4}>
        <Table.Tbody>
          {account.cases.map((c) => (
            <Table.Tr key={c.id} data-testid="x-account-case" data-case-id={c.id}>
              <Table.Td>
                {c.id === currentCaseId ? (
                  <Text size="sm" fw={700}>
                    {t('caseDetail.number', { number: c.number })} ({t('caseDetail.thisCase')})
                  </Text>
                ) : (
                  <Anchor component="button" size="sm" onClick={() => openCase(c.id)} data-testid="x-account-case-open">
                    {t('caseDetail.number', { number: c.number })}
                  </Anchor>
                )}
              </Table.Td>
              <Table.Td>
                <CaseStatusBadge status={c.status} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  <time dateTime={c.firstReportedAt}>{dateTime(c.firstReportedAt)}</time>
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
