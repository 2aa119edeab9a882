import { Button, Kbd, Popover, Table, Text } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { useHotkeys } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NAVIGATION_SHORTCUTS, pressButton, WORKBENCH_SHORTCUTS } from '../shortcuts';

/** The shortcut list (also opened with "?"), and the shortcuts that work on every screen. */
export function ShortcutsHelp() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [opened, setOpened] = useState(false);
  useHotkeys([
    ['shift+?', () => setOpened((o) => !o)],
    ['r', () => void client.refetchQueries({ include: 'active' })],
    ...WORKBENCH_SHORTCUTS.map((s): [string, () => void] => [s.hotkey, () => s.clicks && pressButton(s.clicks)]),
  ]);
  const rows = [
    ...WORKBENCH_SHORTCUTS.map((s) => ({ label: s.label, text: t(s.action) })),
    ...NAVIGATION_SHORTCUTS.map((s) => ({ label: s.label, text: s.n ? t(s.action, { n: s.n }) : t(s.action) })),
  ];
  return (
    <Popover opened={opened} onChange={setOpened} onDismiss={() => setOpened(false)} position="bottom-end" shadow="md" width={380} withinPortal trapFocus returnFocus>
      <Popover.Target>
        <Button
          variant="subtle"
          size="xs"
          onClick={() => setOpened((o) => !o)}
          aria-label={t('shortcuts.title')}
          aria-expanded={opened}
          data-testid="shortcuts-button"
          visibleFrom="md"
        >
          {t('shortcuts.button')} <Kbd ml={6} size="xs">?</Kbd>
        </Button>
      </Popover.Target>
      <Popover.Dropdown data-testid="shortcuts-help" role="dialog" aria-label={t('shortcuts.title')}>
        <Text fw={600} size="sm">
          {t('shortcuts.title')}
        </Text>
        <Text size="xs" c="dimmed" mb="xs">
          {t('shortcuts.lead')}
        </Text>
        <Table fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('shortcuts.key')}</Table.Th>
              <Table.Th>{t('shortcuts.action')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.label}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Kbd size="xs">{r.label}</Kbd>
                </Table.Td>
                <Table.Td>{r.text}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Popover.Dropdown>
    </Popover>
  );
}
