import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDateTime } from '../../../i18n/useDateTime';
import type { ListCase } from '../../cases/graphql/caseFields';

/** Where and when the reply went out. */
export function PostedReplyFacts({ c }: { c: ListCase }) {
  const { t } = useTranslation();
  const { dateTime } = useDateTime();
  return (
    <Group gap="lg" wrap="wrap">
      <Text size="sm">
        {t('reply.postId')}:{' '}
        <Text span size="sm" ff="monospace" data-testid="reply-post-id">
          {c.replyPostId ?? t('reply.notPosted')}
        </Text>
      </Text>
      {c.replyPostedAt && (
        <Text size="sm" c="dimmed">
          {t('reply.postedAt')}: <time dateTime={c.replyPostedAt}>{dateTime(c.replyPostedAt)}</time>
        </Text>
      )}
      <Text size="sm" c="dimmed">
        {t('reply.channel')}: {t(`replyChannel.${c.replyChannel}`)}
      </Text>
    </Group>
  );
}
