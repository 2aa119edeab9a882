import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Placeholder until the server's volunteer tips API exists. */
export function VolunteerPage() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" radius="md" data-testid="volunteer-page">
      <Stack gap="sm">
        <Title order={3}>{t('volunteer.title')}</Title>
        <Text data-testid="volunteer-coming-soon">{t('volunteer.body')}</Text>
      </Stack>
    </Paper>
  );
}
