import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import type { PagedList } from '../hooks/usePagedList';

interface WorkListSectionProps<TNode> {
  /** Prefix of the section's ids and test ids, e.g. `approvals`. */
  id: string;
  title: string;
  lead: string;
  empty: string;
  list: PagedList<TNode>;
  /** Shown above the rows, e.g. the result of the last action. */
  banner?: ReactNode;
  children: (node: TNode) => ReactNode;
}

/** The frame of every work list: title, what it holds, loading, error, empty state, "show more". */
export function WorkListSection<TNode>({ id, title, lead, empty, list, banner, children }: WorkListSectionProps<TNode>) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby={`${id}-title`} data-testid={`${id}-page`}>
      <Stack gap={2}>
        <Title order={3} id={`${id}-title`}>
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {lead}
        </Text>
      </Stack>
      {banner}
      {list.error && <ErrorMessage error={{ error: list.error }} />}
      {list.loading ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : list.nodes.length === 0 ? (
        <Text c="dimmed" data-testid={`${id}-empty`}>
          {empty}
        </Text>
      ) : (
        list.nodes.map((node) => children(node))
      )}
      {list.canLoadMore && (
        <Group justify="center">
          <Button variant="default" onClick={list.loadMore} data-testid={`${id}-load-more`}>
            {t('lists.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
