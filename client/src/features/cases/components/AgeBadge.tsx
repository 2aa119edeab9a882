import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { slaLevel, type SlaLevel } from '../sla';

const SLA_COLOR: Record<SlaLevel, MantineColor> = { normal: 'gray', warning: 'yellow', overdue: 'red' };
const SLA_VARIANT: Record<SlaLevel, 'light' | 'filled'> = { normal: 'light', warning: 'filled', overdue: 'filled' };

/** How long since the first report, coloured by the SLA band (see sla.ts). */
export function AgeBadge({ ageSeconds }: { ageSeconds: number }) {
  const { t } = useTranslation();
  const level = slaLevel(ageSeconds);
  const minutesTotal = Math.floor(ageSeconds / 60);
  const days = Math.floor(minutesTotal / 1440);
  const hours = Math.floor((minutesTotal % 1440) / 60);
  const minutes = minutesTotal % 60;
  const label =
    days > 0
      ? t('age.daysHours', { days, hours })
      : hours > 0
        ? t('age.hoursMinutes', { hours, minutes })
        : t('age.minutes', { minutes });
  return (
    <Badge
      color={SLA_COLOR[level]}
      variant={SLA_VARIANT[level]}
      c={level === 'warning' ? 'dark' : undefined}
      tt="none"
      title={t(`sla.${level}`)}
      data-testid="case-age"
      data-sla={level}
      data-age-seconds={ageSeconds}
    >
      {t('review.age')} {label}
    </Badge>
  );
}
