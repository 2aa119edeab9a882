import '../i18n/register';
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EscalationKind, EscalationStatus, EscalationUrgency } from '../../../graphql/generated/graphql';
import { KIND_COLOR, STATUS_COLOR } from '../labels';

export function EscalationStatusBadge({ status }: { status: EscalationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" tt="none" style={{ flexShrink: 0, overflow: 'visible' }} data-testid="escalation-status" data-status={status}>
      {t(`escalations.status.${status}`)}
    </Badge>
  );
}

export function EscalationKindBadges({ kind, urgency }: { kind: EscalationKind; urgency: EscalationUrgency }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Badge color={KIND_COLOR[kind]} variant="outline" tt="none" style={{ flexShrink: 0 }} data-testid="escalation-kind" data-kind={kind}>
        {t(`escalations.kind.${kind}`)}
      </Badge>
      {urgency === 'URGENT' && (
        <Badge color="red" variant="filled" tt="none" style={{ flexShrink: 0 }} data-testid="escalation-urgent">
          {t('escalations.urgency.URGENT')}
        </Badge>
      )}
    </Group>
  );
}
