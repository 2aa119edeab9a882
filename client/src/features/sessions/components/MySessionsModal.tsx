import { Alert, Badge, Button, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCloseButtonProps } from '../../../app/components/useCloseButtonProps';
import type { UiError } from '../../../apollo/useErrorMessage';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { useDateTime } from '../../../i18n/useDateTime';
import { useNow } from '../../../lib/useNow';
import { useMySessions } from '../hooks/useMySessions';

interface MySessionsModalProps {
  opened: boolean;
  onClose: () => void;
}

/** ログイン中の端末: every role sees where it is logged in and can end the sessions it does not recognise. */
export function MySessionsModal({ opened, onClose }: MySessionsModalProps) {
  const { t } = useTranslation();
  const closeButtonProps = useCloseButtonProps();
  return (
    <Modal opened={opened} onClose={onClose} title={t('sessions.title')} size="xl" closeButtonProps={closeButtonProps}>
      {/* Mounted only while open, so the list is read afresh each time. */}
      {opened && <MySessionsList />}
    </Modal>
  );
}

function MySessionsList() {
  const { t } = useTranslation();
  const { dateTimeSeconds, age } = useDateTime();
  const now = useNow();
  const { sessions, loading, error: loadError, endSession, endOtherSessions } = useMySessions();
  const [running, setRunning] = useState<string | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const [ended, setEnded] = useState<number | null>(null);
  const others = sessions.filter((s) => !s.current).length;

  async function run(name: string, action: () => Promise<number>) {
    setRunning(name);
    setError(null);
    setEnded(null);
    try {
      setEnded(await action());
    } catch (caught) {
      // NOT_FOUND: the session had already ended (expired, or ended from the other device).
      setError({ error: caught, overrides: { NOT_FOUND: 'sessions.alreadyEnded' } });
    } finally {
      setRunning(null);
    }
  }

  return (
    <Stack gap="md" data-testid="sessions-page">
      <Text size="sm" c="dimmed">
        {t('sessions.lead')}
      </Text>
      {ended !== null && (
        <Alert color="green" variant="light" role="status" data-testid="sessions-result">
          {t('sessions.ended', { count: ended })}
        </Alert>
      )}
      {loadError && <ErrorMessage error={{ error: loadError }} />}
      <ErrorMessage error={error} />
      {loading ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label={t('sessions.title')} data-testid="sessions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sessions.device')}</Table.Th>
                <Table.Th>{t('sessions.createdAt')}</Table.Th>
                <Table.Th>{t('sessions.lastSeenAt')}</Table.Th>
                <Table.Th>{t('sessions.ip')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.map((s) => (
                <Table.Tr key={s.id} data-testid="session-row" data-session-id={s.id} data-current={String(s.current)}>
                  <Table.Td>
                    {s.current ? (
                      <Badge color="blue" variant="filled" tt="none" data-testid="session-current">
                        {t('sessions.thisDevice')}
                      </Badge>
                    ) : (
                      <Text size="sm">{t('sessions.otherDevice')}</Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <time dateTime={s.createdAt}>{dateTimeSeconds(s.createdAt)}</time>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <time dateTime={s.lastSeenAt} title={dateTimeSeconds(s.lastSeenAt)}>
                      {age(s.lastSeenAt, now)}
                    </time>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {s.ip ?? t('common.none')}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>
                    {!s.current && (
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        loading={running === s.id}
                        disabled={running !== null && running !== s.id}
                        onClick={() =>
                          void run(s.id, async () => {
                            await endSession(s.id);
                            return 1;
                          })
                        }
                        data-testid="session-end"
                      >
                        {t('sessions.end')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {t('sessions.hint')}
        </Text>
        <Button
          color="red"
          variant="outline"
          disabled={others === 0 || (running !== null && running !== 'others')}
          loading={running === 'others'}
          onClick={() => void run('others', endOtherSessions)}
          data-testid="sessions-end-others"
        >
          {t('sessions.endOthers')}
        </Button>
      </Group>
    </Stack>
  );
}
