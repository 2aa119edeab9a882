import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCaseDrawer } from '../hooks/useCaseDrawer';

interface CaseOpenButtonProps {
  caseId: string;
  number: number;
  /** Visible text; "詳細" when omitted. */
  label?: string;
}

/** Opens the case detail drawer. Every list row has one (testid case-open-button). */
export function CaseOpenButton({ caseId, number, label }: CaseOpenButtonProps) {
  const { t } = useTranslation();
  const { openCase } = useCaseDrawer();
  return (
    <Button
      variant="default"
      size="compact-sm"
      onClick={() => openCase(caseId)}
      aria-label={t('caseDetail.openLabel', { number })}
      data-testid="case-open-button"
      data-case-id={caseId}
    >
      {label ?? t('caseDetail.open')}
    </Button>
  );
}
