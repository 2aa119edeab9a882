import { Stack } from '@mantine/core';
import { MyTipsTable } from './MyTipsTable';
import { TipForm } from './TipForm';

/** 情報提供: a volunteer sends a tip and sees whether their tips were received and handled. Nothing else. */
export function VolunteerPage() {
  return (
    <Stack gap="lg" data-testid="volunteer-page">
      <TipForm />
      <MyTipsTable />
    </Stack>
  );
}
