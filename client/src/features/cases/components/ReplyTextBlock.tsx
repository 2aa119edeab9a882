import { Paper, Stack, Text } from '@mantine/core';

interface ReplyTextBlockProps {
  label: string;
  text: string;
}

/** The exact reply that is (or will be) posted, line breaks kept, so it is read as X will show it. */
export function ReplyTextBlock({ label, text }: ReplyTextBlockProps) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Paper p="xs" radius="sm" withBorder style={{ borderColor: 'var(--mantine-color-blue-3)' }} bg="blue.0">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="reply-text">
          {text}
        </Text>
      </Paper>
    </Stack>
  );
}
