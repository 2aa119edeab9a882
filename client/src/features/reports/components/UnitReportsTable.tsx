import { Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { useDateTime } from '../../../i18n/useDateTime';
import { CaseOpenButton } from '../../cases/components/CaseOpenButton';
import { CaseStatusBadge } from '../../cases/components/CaseStatusBadge';
import { PostLink } from '../../cases/components/PostLink';
import { useUnitReports } from '../hooks/useUnitReports';

export function UnitReportsTable() {
  const { t } = useTranslation();
  const { dateTime } = useDateTime();
  const list = useUnitReports();
  const reports = list.nodes;

  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="sm">
        <Title order={3} id="unit-reports-title">
          {t('unitReports.title')}
        </Title>
        {list.error && <ErrorMessage error={{ error: list.error }} />}
        {list.loading ? (
          <Loader size="sm" aria-label={t('app.loading')} />
        ) : reports.length === 0 ? (
          <Text c="dimmed" data-testid="unit-reports-empty">
            {t('unitReports.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover aria-labelledby="unit-reports-title" data-testid="unit-reports-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('unitReports.url')}</Table.Th>
                  <Table.Th>{t('unitReports.note')}</Table.Th>
                  <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('unitReports.reporter')}</Table.Th>
                  <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('unitReports.reportedAt')}</Table.Th>
                  <Table.Th>{t('unitReports.status')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {reports.map((report) => (
                  <Table.Tr
                    key={report.id}
                    data-testid="unit-report-row"
                    data-report-id={report.id}
                    data-case-id={report.case.id}
                    data-status={report.case.status}
                  >
                    <Table.Td>
                      <PostLink url={report.url} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{report.note || t('common.none')}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {report.reportedBy.displayName}
                      {report.source === 'VOLUNTEER' && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          ({t('unitReports.source.VOLUNTEER')})
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <time dateTime={report.createdAt}>{dateTime(report.createdAt)}</time>
                    </Table.Td>
                    <Table.Td>
                      <CaseStatusBadge status={report.case.status} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <CaseOpenButton caseId={report.case.id} number={report.case.number} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {list.canLoadMore && (
          <Group justify="center">
            <Button variant="default" onClick={list.loadMore} data-testid="unit-reports-load-more">
              {t('lists.loadMore')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
