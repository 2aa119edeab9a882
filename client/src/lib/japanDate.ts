import { DISPLAY_TIME_ZONE } from './datetime';

const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: DISPLAY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today as a Japan-time calendar day, 'YYYY-MM-DD', whatever the browser's zone. */
export function japanToday(now = new Date()): string {
  return ymd.format(now);
}

/** The Japan-time month, 'YYYY-MM'. */
export function japanMonth(now = new Date()): string {
  return japanToday(now).slice(0, 7);
}

/** The last day of a 'YYYY-MM' month, 'YYYY-MM-DD'. */
export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

/** 'YYYY-MM' a number of months before `month`. */
export function monthsBefore(month: string, count: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 - count, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}
