import '../i18n/register';
import { Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { openEscalation } from '../escalationLinks';
import { EscalationsBoard } from './EscalationsBoard';
import { RaiseEscalationModal } from './RaiseEscalationModal';

const ChecklistEditor = lazy(() => import('./ChecklistEditor').then((m) => ({ default: m.ChecklistEditor })));

/** 緊急連絡: the division's board; the chief also edits each kind's procedure. */
export function EscalationsPage() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const [raising, setRaising] = useState(false);
  const [tab, setTab] = useState<string | null>('board');
  const isChief = user.role === 'CHIEF';

  return (
    <Stack gap="md" data-testid="escalations-page">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Title order={2}>{t('escalations.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('escalations.lead')}
          </Text>
        </div>
        <Button color="red" variant="light" onClick={() => setRaising(true)} data-testid="escalation-new">
          {t('escalations.raise.newEscalation')}
        </Button>
      </Group>
      {isChief ? (
        <Tabs value={tab} onChange={setTab} keepMounted={false} variant="pills">
          <Tabs.List mb="sm">
            <Tabs.Tab value="board" data-testid="escalations-tab-board">
              {t('escalations.tabBoard')}
            </Tabs.Tab>
            <Tabs.Tab value="checklists" data-testid="escalations-tab-checklists">
              {t('escalations.tabChecklists')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="board">
            <EscalationsBoard />
          </Tabs.Panel>
          <Tabs.Panel value="checklists">
            <Suspense fallback={null}>
              <ChecklistEditor />
            </Suspense>
          </Tabs.Panel>
        </Tabs>
      ) : (
        <EscalationsBoard />
      )}
      {raising && (
        <RaiseEscalationModal
          kind="SUICIDE_NOTICE"
          allKinds
          onClose={() => setRaising(false)}
          onRaised={(raised) => {
            setRaising(false);
            openEscalation(raised.id);
          }}
        />
      )}
    </Stack>
  );
}
