import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../graphql/enums';

/** Colour by how much attention the case still needs: warm while it waits on us, green once replied. */
const STATUS_COLOR: Record<CaseStatus, MantineColor> = {
  RECEIVED: 'blue',
  SCREENING: 'yellow',
  AWAITING_APPROVAL: 'orange',
  WARNING_QUEUED: 'cyan',
  WARNING_POSTED: 'green',
  WARNING_FAILED: 'red',
  REPORTED: 'teal',
  CLOSED: 'gray',
};

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" tt="none" maw="none" styles={{ label: { overflow: "visible" } }} data-testid="case-status" data-status={status}>
      {t(`caseStatus.${status}`)}
    </Badge>
  );
}
