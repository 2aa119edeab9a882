import '../i18n/register';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** "42分" / "3時間5分" / "2日4時間": how long an escalation has been open. */
export function useEscalationAge() {
  const { t } = useTranslation();
  return useCallback(
    (minutes: number): string => {
      if (minutes < 60) return t('escalations.ageMinutes', { count: minutes });
      if (minutes < 24 * 60) return t('escalations.ageHours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
      return t('escalations.ageDays', { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60) });
    },
    [t],
  );
}
