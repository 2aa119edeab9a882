import { Alert, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../../i18n/ja';
import { CaseOpenButton } from './CaseOpenButton';

export interface ActionOutcome {
  caseId: string;
  number: number;
  messageKey: MessageKey;
}

/**
 * What just happened to a case that has left the list (e.g. approved, closed), with a way to
 * open it: the user can still check the result.
 */
export function ActionResult({ outcome, onClose }: { outcome: ActionOutcome | null; onClose: () => void }) {
  const { t } = useTranslation();
  if (!outcome) return null;
  return (
    <Alert
      color="green"
      variant="light"
      role="status"
      withCloseButton
      closeButtonLabel={t('caseDetail.close')}
      onClose={onClose}
      data-testid="action-result"
      data-case-id={outcome.caseId}
    >
      <Group gap="sm" justify="space-between" wrap="nowrap">
        <Text size="sm">
          <Text span fw={700} size="sm">
            {t('caseDetail.number', { number: outcome.number })}
          </Text>{' '}
          {t(outcome.messageKey)}
        </Text>
        <CaseOpenButton caseId={outcome.caseId} number={outcome.number} />
      </Group>
    </Alert>
  );
}

/** The last action's outcome on a work list, and the banner that shows it. */
export function useActionOutcome() {
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  return { onOutcome: setOutcome, banner: <ActionResult outcome={outcome} onClose={() => setOutcome(null)} /> };
}
