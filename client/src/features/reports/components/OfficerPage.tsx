import { Stack } from '@mantine/core';
import { MyRaisedEscalations } from '../../escalations/components/MyRaisedEscalations';
import { RaiseEscalationButtons } from '../../escalations/components/RaiseEscalationButtons';
import { ReportForm } from './ReportForm';
import { UnitReportsTable } from './UnitReportsTable';

/** 発見報告: submit a found post, then follow the unit's reports. */
export function OfficerPage() {
  return (
    <Stack gap="lg" data-testid="officer-page">
      <RaiseEscalationButtons framed />
      <ReportForm />
      <UnitReportsTable />
      <MyRaisedEscalations />
    </Stack>
  );
}
