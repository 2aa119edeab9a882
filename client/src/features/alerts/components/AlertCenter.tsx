import '../../escalations/i18n/register';
import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { useDateTime } from '../../../i18n/useDateTime';
import { EscalationDrawerHost } from '../../escalations/components/EscalationDrawerHost';
import { openEscalation } from '../../escalations/escalationLinks';
import { ALERT_RAISED_SUBSCRIPTION } from '../graphql/alerts';
import { useAcknowledgeAlert, useMyAlerts } from '../hooks/useAlerts';

/** How many urgent alerts the banner shows at once; the rest are in the bell menu. */
const BANNER_MAX = 3;
const RESUBSCRIBE_MS = 5_000;

/**
 * For the officers in charge and the chief: listens for alerts live (graphql-ws), shows the urgent
 * unacknowledged ones as a red banner above every screen (no sound), and hosts the escalation drawer.
 */
export function AlertCenter() {
  const { t } = useTranslation();
  const { dateTime } = useDateTime();
  const client = useApolloClient();
  const [offline, setOffline] = useState(false);
  const retry = useRef<number | null>(null);
  const { alerts } = useMyAlerts();
  const { acknowledge, busyId, error } = useAcknowledgeAlert();
  const subscription = useSubscription(ALERT_RAISED_SUBSCRIPTION, {
    ignoreResults: true,
    onData: () => {
      setOffline(false);
      void client.refetchQueries({ include: ['MyAlerts', 'Escalations'] });
    },
    onError: () => setOffline(true),
  });
  const { restart } = subscription;
  // A fatal close (e.g. the session was checked again and ended) stops the subscription: try again.
  useEffect(() => {
    if (!offline) return;
    retry.current = window.setTimeout(() => {
      setOffline(false);
      restart();
    }, RESUBSCRIBE_MS);
    return () => {
      if (retry.current) window.clearTimeout(retry.current);
    };
  }, [offline, restart]);

  const urgent = alerts.filter((a) => a.urgent);
  const shown = urgent.slice(0, BANNER_MAX);

  return (
    <>
      {(shown.length > 0 || offline) && (
        <Stack gap="xs" mb="md" style={{ position: 'sticky', top: 'calc(var(--app-shell-header-height, 60px) + 4px)', zIndex: 150 }} data-testid="alert-banners">
          {offline && (
            <Alert color="orange" variant="light" p="xs" role="status" data-testid="alerts-offline">
              <Text size="sm">{t('alerts.offline')}</Text>
            </Alert>
          )}
          {shown.map((a) => (
            <Alert
              key={a.id}
              color="red"
              variant="filled"
              role="alert"
              p="sm"
              data-testid="alert-banner"
              data-alert-id={a.id}
              data-escalation-id={a.escalationId}
              data-kind={a.escalationKind}
            >
              <Group justify="space-between" align="center" wrap="wrap" gap="sm">
                <Stack gap={2} style={{ flex: 1, minWidth: 260 }}>
                  <Group gap="xs" wrap="wrap">
                    <Text fw={700} size="md" c="white">
                      {t('alerts.bannerTitle', { kind: t(`escalations.kind.${a.escalationKind}`), number: a.escalation?.number ?? '' })}
                    </Text>
                    {a.reason !== 'ESCALATION_RAISED' && (
                      <Badge color="white" c="red.9" variant="filled" tt="none">
                        {t(`alerts.reason.${a.reason}`)}
                      </Badge>
                    )}
                    {(a.currentStep ?? 0) > 0 && (
                      <Badge color="white" c="red.9" variant="filled" tt="none" data-testid="alert-step">
                        {t('alerts.bannerRepeat', { step: (a.currentStep ?? 0) + 1 })}
                      </Badge>
                    )}
                  </Group>
                  {a.escalation && (
                    <Text size="sm" c="white" lineClamp={2} data-testid="alert-summary">
                      {a.escalation.summary}
                    </Text>
                  )}
                  <Text size="xs" c="white" opacity={0.9}>
                    {t('alerts.raisedBy', { unit: a.escalation?.raisedUnit.name ?? '', who: a.raisedBy?.displayName ?? '', at: dateTime(a.createdAt) })}
                  </Text>
                </Stack>
                <Group gap="xs" wrap="nowrap">
                  <Button color="white" c="red.9" variant="filled" loading={busyId === a.id} onClick={() => void acknowledge(a.id)} data-testid="alert-acknowledge">
                    {t('alerts.acknowledge')}
                  </Button>
                  <Button variant="outline" color="white" onClick={() => openEscalation(a.escalationId)} data-testid="alert-open">
                    {t('alerts.open')}
                  </Button>
                </Group>
              </Group>
              {error?.alertId === a.id && (
                <div style={{ marginTop: 8 }}>
                  <ErrorMessage error={error.error} />
                </div>
              )}
            </Alert>
          ))}
          {urgent.length > BANNER_MAX && (
            <Text size="sm" c="red.8" fw={600} data-testid="alert-banner-more">
              {t('alerts.more', { count: urgent.length - BANNER_MAX })}
            </Text>
          )}
        </Stack>
      )}
      <EscalationDrawerHost />
    </>
  );
}
