import { Badge, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { useDateTime } from '../../../i18n/useDateTime';
import { PostLink } from '../../cases/components/PostLink';
import { useMyTips } from '../hooks/useTips';

export function MyTipsTable() {
  const { t } = useTranslation();
  const { dateTime } = useDateTime();
  const list = useMyTips();

  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="sm">
        <Title order={3} id="my-tips-title">
          {t('tips.listTitle')}
        </Title>
        {list.error && <ErrorMessage error={{ error: list.error }} />}
        {list.loading ? (
          <Loader size="sm" aria-label={t('app.loading')} />
        ) : list.nodes.length === 0 ? (
          <Text c="dimmed" data-testid="my-tips-empty">
            {t('tips.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped aria-labelledby="my-tips-title" data-testid="my-tips-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('tips.url')}</Table.Th>
                  <Table.Th>{t('tips.note')}</Table.Th>
                  <Table.Th>{t('tips.submittedAt')}</Table.Th>
                  <Table.Th>{t('tips.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.nodes.map((tip) => (
                  <Table.Tr key={tip.id} data-testid="tip-row" data-tip-id={tip.id} data-status={tip.status}>
                    <Table.Td>
                      <PostLink url={tip.url} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{tip.note || t('common.none')}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <time dateTime={tip.submittedAt}>{dateTime(tip.submittedAt)}</time>
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        color={tip.status === 'HANDLED' ? 'green' : 'blue'}
                        variant="light"
                        tt="none"
                        maw="none"
                        data-testid="tip-status"
                      >
                        {t(`tips.statusLabel.${tip.status}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {list.canLoadMore && (
          <Group justify="center">
            <Button variant="default" onClick={list.loadMore} data-testid="my-tips-load-more">
              {t('lists.loadMore')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
