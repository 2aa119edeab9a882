import '../i18n/register';
import { Badge, Button, Center, Checkbox, Group, Loader, SegmentedControl, Select, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import type { EscalationFilter, EscalationKind, EscalationRowFieldsFragment, EscalationStatus } from '../../../graphql/generated/graphql';
import { useDateTime } from '../../../i18n/useDateTime';
import { LIST_POLL_MS } from '../../../lib/polling';
import { useNow } from '../../../lib/useNow';
import { openEscalation } from '../escalationLinks';
import { ESCALATIONS_QUERY } from '../graphql/escalations';
import { useEscalationAge } from '../hooks/useEscalationAge';
import { DUE_SOON_MINUTES, ESCALATION_KINDS } from '../labels';
import { EscalationKindBadges, EscalationStatusBadge } from './EscalationBadges';

type View = 'active' | 'DONE' | 'CANCELLED' | 'all';
const PAGE = 50;

function statusesOf(view: View): EscalationStatus[] | undefined {
  switch (view) {
    case 'active':
      return undefined; // the server's default: OPEN and IN_PROGRESS
    case 'all':
      return ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'];
    default:
      return [view];
  }
}

/** The board: what is open and in progress, earliest due first, with who has it and how late it is. */
export function EscalationsBoard() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('active');
  const [kind, setKind] = useState<EscalationKind | null>(null);
  const [mine, setMine] = useState(false);
  const [first, setFirst] = useState(PAGE);
  const filter: EscalationFilter = {
    ...(statusesOf(view) ? { status: statusesOf(view) } : {}),
    ...(kind ? { kind: [kind] } : {}),
    ...(mine ? { mine: true } : {}),
  };
  const { data, loading, error, refetch } = useQuery(ESCALATIONS_QUERY, {
    variables: { filter, first },
    pollInterval: LIST_POLL_MS,
    notifyOnNetworkStatusChange: false,
  });
  const nodes = data?.escalations.nodes ?? [];

  return (
    <Stack gap="sm" data-testid="escalations-board">
      <Group gap="md" align="flex-end" wrap="wrap">
        <SegmentedControl
          aria-label={t('escalations.view.label')}
          value={view}
          onChange={(v) => {
            setView(v as View);
            setFirst(PAGE);
          }}
          data={(['active', 'DONE', 'CANCELLED', 'all'] as const).map((v) => ({ value: v, label: t(`escalations.view.${v}`) }))}
          data-testid="escalations-view"
        />
        <Select
          label={t('escalations.kindFilter')}
          placeholder={t('escalations.kindFilterAll')}
          data={ESCALATION_KINDS.map((k) => ({ value: k, label: t(`escalations.kind.${k}`) }))}
          value={kind}
          onChange={(v) => setKind(v as EscalationKind | null)}
          clearable
          w={200}
          data-testid="escalations-kind-filter"
        />
        <Checkbox label={t('escalations.mine')} checked={mine} onChange={(e) => setMine(e.currentTarget.checked)} mb={8} data-testid="escalations-mine" />
        <Button variant="default" size="sm" onClick={() => void refetch()} ml="auto" data-testid="escalations-refresh">
          {t('escalations.refresh')}
        </Button>
      </Group>
      {error && <ErrorMessage error={{ error }} />}
      {loading && !data && (
        <Center>
          <Loader size="sm" aria-label={t('app.loading')} />
        </Center>
      )}
      {data && nodes.length === 0 && (
        <Text c="dimmed" size="sm" data-testid="escalations-empty">
          {t('escalations.empty')}
        </Text>
      )}
      {nodes.length > 0 && <BoardTable rows={nodes} />}
      {data?.escalations.pageInfo.hasNextPage && (
        <Button variant="subtle" onClick={() => setFirst((n) => n + PAGE)} data-testid="escalations-more">
          {t('escalations.showMore')}
        </Button>
      )}
    </Stack>
  );
}

function BoardTable({ rows }: { rows: EscalationRowFieldsFragment[] }) {
  const { t } = useTranslation();
  const { dateTime } = useDateTime();
  const age = useEscalationAge();
  const now = useNow(30_000);
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table highlightOnHover verticalSpacing="xs" data-testid="escalations-table" styles={{ th: { whiteSpace: 'nowrap' } }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('escalations.col.number')}</Table.Th>
            <Table.Th>{t('escalations.col.kind')}</Table.Th>
            <Table.Th>{t('escalations.col.summary')}</Table.Th>
            <Table.Th>{t('escalations.col.status')}</Table.Th>
            <Table.Th>{t('escalations.col.due')}</Table.Th>
            <Table.Th>{t('escalations.col.age')}</Table.Th>
            <Table.Th>{t('escalations.col.owner')}</Table.Th>
            <Table.Th>{t('escalations.col.caseNumber')}</Table.Th>
            <Table.Th>{t('escalations.col.steps')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((e) => {
            const finished = e.status === 'DONE' || e.status === 'CANCELLED';
            const minutesLeft = (new Date(e.dueAt).getTime() - now) / 60_000;
            const dueState = finished ? 'none' : e.overdue || minutesLeft < 0 ? 'overdue' : minutesLeft <= DUE_SOON_MINUTES ? 'soon' : 'ok';
            return (
              <Table.Tr
                key={e.id}
                data-testid="escalation-row"
                data-escalation-id={e.id}
                data-status={e.status}
                data-kind={e.kind}
                data-due-state={dueState}
                style={{ cursor: 'pointer', background: dueState === 'overdue' ? 'var(--mantine-color-red-0)' : undefined }}
                onClick={() => openEscalation(e.id)}
              >
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <UnstyledButton onClick={() => openEscalation(e.id)} fw={700} fz="sm" data-testid="escalation-open">
                    {t('escalations.numberShort', { number: e.number })}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <EscalationKindBadges kind={e.kind} urgency={e.urgency} />
                </Table.Td>
                <Table.Td maw={320}>
                  <Text size="sm" lineClamp={2}>
                    {e.summary}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {e.raisedUnit.name}・{e.raisedBy.displayName}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <EscalationStatusBadge status={e.status} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" c={dueState === 'overdue' ? 'red.8' : dueState === 'soon' ? 'orange.8' : undefined} fw={dueState === 'overdue' || dueState === 'soon' ? 700 : undefined}>
                    {dateTime(e.dueAt)}
                  </Text>
                  {dueState === 'overdue' && (
                    <Badge color="red" size="xs" tt="none" data-testid="escalation-overdue">
                      {t('escalations.overdue')}
                    </Badge>
                  )}
                  {dueState === 'soon' && (
                    <Badge color="orange" size="xs" tt="none">
                      {t('escalations.dueSoon')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{age(e.ageMinutes)}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" c={e.owner ? undefined : 'dimmed'} data-testid="escalation-owner">
                    {e.owner?.displayName ?? t('escalations.unowned')}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{e.caseNumber ? t('escalations.numberShort', { number: e.caseNumber }) : t('escalations.noCase')}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" fw={e.openStepCount > 0 && !finished ? 700 : undefined} data-testid="escalation-open-steps" data-open={e.openStepCount}>
                    {t('escalations.stepsOpen', { open: e.openStepCount, total: e.stepCount })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
