import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PostTextsProps {
  postText: string | null;
  profileText: string | null;
}

/** The post and the author's profile as observed (text only: media are never stored). */
export function PostTexts({ postText, profileText }: PostTextsProps) {
  const { t } = useTranslation();
  if (!postText && !profileText) return null;
  return (
    <SimpleGrid cols={postText && profileText ? { base: 1, sm: 2 } : 1} spacing="sm">
      {postText && <Quoted label={t('review.postText')} text={postText} testId="post-text" />}
      {profileText && <Quoted label={t('review.profileText')} text={profileText} testId="profile-text" />}
    </SimpleGrid>
  );
}

function Quoted({ label, text, testId }: { label: string; text: string; testId: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Paper bg="gray.0" p="xs" radius="sm" withBorder data-testid={testId}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {text}
        </Text>
      </Paper>
    </Stack>
  );
}
