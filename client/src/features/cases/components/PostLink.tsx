import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PostLinkProps {
  url: string;
  /** Visible text; the URL itself when omitted. */
  label?: string;
}

/**
 * A link to the post on X, always in a new tab and without opener or referrer, so X never
 * learns which police page the link came from.
 */
export function PostLink({ url, label }: PostLinkProps) {
  const { t } = useTranslation();
  return (
    <Anchor
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      referrerPolicy="no-referrer"
      title={t('review.openPost')}
      data-testid="post-link"
      style={{ wordBreak: 'break-all' }}
    >
      {label ?? url}
    </Anchor>
  );
}
