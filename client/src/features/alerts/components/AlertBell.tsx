import '../../escalations/i18n/register';
import { Badge, Button, Group, Indicator, Menu, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { useDateTime } from '../../../i18n/useDateTime';
import { openEscalation } from '../../escalations/escalationLinks';
import { useAcknowledgeAlert, useMyAlerts } from '../hooks/useAlerts';

/** The header's list of unacknowledged alerts (urgent or not), each with acknowledge and open. */
export function AlertBell() {
  const { t } = useTranslation();
  const { dateTime } = useDateTime();
  const { alerts } = useMyAlerts();
  const { acknowledge, busyId, error } = useAcknowledgeAlert();
  const count = alerts.length;
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={380} closeOnItemClick={false}>
      <Menu.Target>
        <Indicator label={count} size={18} color="red" disabled={count === 0} offset={4} data-testid="alert-bell-count" data-count={count}>
          <Button variant={count > 0 ? 'light' : 'default'} color={count > 0 ? 'red' : undefined} size="xs" aria-label={count > 0 ? t('alerts.bellCount', { count }) : t('alerts.bell')} data-testid="alert-bell">
            {t('alerts.bell')}
          </Button>
        </Indicator>
      </Menu.Target>
      <Menu.Dropdown data-testid="alert-bell-menu">
        <Menu.Label>{count > 0 ? t('alerts.bellCount', { count }) : t('alerts.bellEmpty')}</Menu.Label>
        <ScrollArea.Autosize mah={420}>
          <Stack gap={0}>
            {alerts.map((a) => (
              <Stack key={a.id} gap={4} p="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }} data-testid="alert-bell-item" data-alert-id={a.id} data-escalation-id={a.escalationId}>
                <Group gap={4} wrap="wrap">
                  {a.urgent && (
                    <Badge color="red" size="sm" tt="none">
                      {t('escalations.urgency.URGENT')}
                    </Badge>
                  )}
                  <Text size="sm" fw={700}>
                    {t(`escalations.kind.${a.escalationKind}`)} {a.escalation ? t('escalations.numberShort', { number: a.escalation.number }) : ''}
                  </Text>
                </Group>
                <Text size="xs" c="dimmed">
                  {t(`alerts.reason.${a.reason}`)}・{dateTime(a.createdAt)}
                </Text>
                {a.escalation && (
                  <Text size="sm" lineClamp={2}>
                    {a.escalation.summary}
                  </Text>
                )}
                <Group gap="xs">
                  <Button size="compact-xs" color="red" loading={busyId === a.id} onClick={() => void acknowledge(a.id)} data-testid="alert-bell-acknowledge">
                    {t('alerts.acknowledge')}
                  </Button>
                  <Button size="compact-xs" variant="default" onClick={() => openEscalation(a.escalationId)} data-testid="alert-bell-open">
                    {t('alerts.open')}
                  </Button>
                </Group>
                {error?.alertId === a.id && <ErrorMessage error={error.error} />}
              </Stack>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Menu.Dropdown>
    </Menu>
  );
}
