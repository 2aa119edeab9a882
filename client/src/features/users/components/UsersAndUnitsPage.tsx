import { Stack } from '@mantine/core';
import { UnitsSection } from '../../units/components/UnitsSection';
import { useUnits } from '../../units/hooks/useUnits';
import { UsersSection } from './UsersSection';

/** 利用者・所属: the chief manages who may log in, with which role, in which unit (DESIGN §1). */
export function UsersAndUnitsPage() {
  const units = useUnits();
  const list = units.data?.units ?? [];
  return (
    <Stack gap="lg" data-testid="users-page">
      <UsersSection units={list} />
      <UnitsSection units={list} loading={units.loading && !units.data} error={units.error} />
    </Stack>
  );
}
