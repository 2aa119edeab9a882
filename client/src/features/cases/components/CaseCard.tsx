import { Paper, Stack, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface CaseCardProps {
  c: { id: string; number: number; status: string; version: number };
  /** The row's test id, e.g. `approval-row`. */
  testId: string;
  gap?: MantineSpacing;
  /** Extra data- attributes for tests (e.g. who took the case). */
  data?: Record<`data-${string}`, string>;
  children: ReactNode;
}

/** The frame of one case in any work list: an article named by its number, with the case's state for tests. */
export function CaseCard({ c, testId, gap = 'sm', data, children }: CaseCardProps) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-label={t('caseDetail.number', { number: c.number })}
      data-testid={testId}
      data-case-id={c.id}
      data-status={c.status}
      data-version={c.version}
      {...data}
    >
      <Stack gap={gap}>{children}</Stack>
    </Paper>
  );
}
