/**
 * Warnings are to be posted promptly (速やかに, DESIGN §3): how long a case has waited since its
 * first report is shown in three bands. The thresholds are the programme's working targets.
 */
export const SLA_WARNING_AFTER_SECONDS = 60 * 60;
export const SLA_OVERDUE_AFTER_SECONDS = 4 * 60 * 60;

export type SlaLevel = 'normal' | 'warning' | 'overdue';

export function slaLevel(ageSeconds: number): SlaLevel {
  if (ageSeconds > SLA_OVERDUE_AFTER_SECONDS) return 'overdue';
  if (ageSeconds >= SLA_WARNING_AFTER_SECONDS) return 'warning';
  return 'normal';
}
