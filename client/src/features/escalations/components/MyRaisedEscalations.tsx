import '../i18n/register';
import { Anchor, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { useDateTime } from '../../../i18n/useDateTime';
import { LIST_POLL_MS } from '../../../lib/polling';
import { MY_RAISED_ESCALATIONS_QUERY } from '../graphql/escalations';
import { EscalationKindBadges, EscalationStatusBadge } from './EscalationBadges';

/** What an officer raised and how far the division has got with it. */
export function MyRaisedEscalations() {
  const { t } = useTranslation();
  const { dateTime } = useDateTime();
  const { data, loading, error } = useQuery(MY_RAISED_ESCALATIONS_QUERY, { variables: { first: 20 }, pollInterval: LIST_POLL_MS * 2 });
  const nodes = data?.myRaisedEscalations.nodes ?? [];
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="my-raised-title" data-testid="my-raised-escalations">
      <Stack gap="sm">
        <Title order={2} size="h4" id="my-raised-title">
          {t('escalations.raised.title')}
        </Title>
        {error && !data && <ErrorMessage error={{ error }} />}
        {loading && !data && <Loader size="sm" aria-label={t('app.loading')} />}
        {data && nodes.length === 0 && (
          <Text size="sm" c="dimmed" data-testid="my-raised-empty">
            {t('escalations.raised.empty')}
          </Text>
        )}
        {nodes.length > 0 && (
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('escalations.col.number')}</Table.Th>
                  <Table.Th>{t('escalations.col.kind')}</Table.Th>
                  <Table.Th>{t('escalations.col.summary')}</Table.Th>
                  <Table.Th>{t('escalations.raised.raisedAt')}</Table.Th>
                  <Table.Th>{t('escalations.col.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {nodes.map((e) => (
                  <Table.Tr key={e.id} data-testid="my-raised-row" data-escalation-id={e.id} data-status={e.status}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{t('escalations.numberShort', { number: e.number })}</Table.Td>
                    <Table.Td>
                      <EscalationKindBadges kind={e.kind} urgency={e.urgency} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {e.summary}
                      </Text>
                      {e.postUrl && (
                        <Anchor href={e.postUrl} target="_blank" rel="noopener noreferrer" size="xs" style={{ overflowWrap: 'anywhere' }}>
                          {e.postUrl}
                        </Anchor>
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm">{dateTime(e.raisedAt)}</Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <EscalationStatusBadge status={e.status} />
                      {e.completedAt && (
                        <Text size="xs" c="dimmed">
                          {dateTime(e.completedAt)}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
