import { Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { useDateTime } from '../../../i18n/useDateTime';
import { CaseOpenButton } from '../../cases/components/CaseOpenButton';
import { CaseStatusBadge } from '../../cases/components/CaseStatusBadge';
import { PostLink } from '../../cases/components/PostLink';
import { useRecentWarnings } from '../hooks/useReviewQueue';

/** Cases whose reply is queued or posted, so the officer sees the worker post it. */
export function RecentWarnings() {
  const { t } = useTranslation();
  const { dateTime } = useDateTime();
  const { data, error, loading } = useRecentWarnings();
  const cases = data?.recentWarnings ?? [];

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="recent-warnings-title">
      <Stack gap="sm">
        <Title order={3} id="recent-warnings-title">
          {t('recentWarnings.title')}
        </Title>
        {error && <ErrorMessage error={{ error }} />}
        {loading && !data ? (
          <Loader size="sm" aria-label={t('app.loading')} />
        ) : cases.length === 0 ? (
          <Text c="dimmed" data-testid="recent-warnings-empty">
            {t('recentWarnings.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={800}>
            <Table striped aria-labelledby="recent-warnings-title" data-testid="recent-warnings-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th />
                  <Table.Th>{t('recentWarnings.post')}</Table.Th>
                  <Table.Th>{t('recentWarnings.audience')}</Table.Th>
                  <Table.Th>{t('recentWarnings.status')}</Table.Th>
                  <Table.Th>{t('recentWarnings.replyPostId')}</Table.Th>
                  <Table.Th>{t('recentWarnings.postedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {cases.map((warned) => (
                  <Table.Tr
                    key={warned.id}
                    data-testid="warning-row"
                    data-case-id={warned.id}
                    data-status={warned.status}
                  >
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <CaseOpenButton caseId={warned.id} number={warned.number} label={t('caseDetail.number', { number: warned.number })} />
                    </Table.Td>
                    <Table.Td>
                      <PostLink url={warned.postUrl} />
                    </Table.Td>
                    <Table.Td>{warned.audience ? t(`audienceShort.${warned.audience}`) : t('common.none')}</Table.Td>
                    <Table.Td>
                      <CaseStatusBadge status={warned.status} />
                    </Table.Td>
                    <Table.Td data-testid="reply-post-id">
                      {warned.replyPostId ?? (
                        <Text span size="sm" c="dimmed">
                          {t('recentWarnings.notPostedYet')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {warned.replyPostedAt ? (
                        <time dateTime={warned.replyPostedAt}>{dateTime(warned.replyPostedAt)}</time>
                      ) : (
                        t('common.none')
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
