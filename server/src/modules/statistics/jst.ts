/**
 * Calendar arithmetic in Japan time (Asia/Tokyo, UTC+9 all year: Japan has no daylight saving time).
 * Days are 'YYYY-MM-DD' strings, months 'YYYY-MM'; a post reported at 2026-10-31T16:00Z is on
 * 2026-11-01 in Japan, so it counts for November.
 */
const JST_OFFSET_MS = 9 * 3600_000;
const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** The UTC midnight Date of a day string (for arithmetic only). */
function utc(day: string): Date {
  const m = DAY.exec(day);
  if (!m) throw new Error(`not a day: ${day}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}
const fmt = (d: Date) => d.toISOString().slice(0, 10);

export function isValidDay(day: string): boolean {
  const m = DAY.exec(day);
  if (!m) return false;
  const d = utc(day);
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() + 1 === Number(m[2]) && d.getUTCDate() === Number(m[3]);
}

export function isValidMonth(month: string): boolean {
  const m = MONTH.exec(month);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** The Japan-time day of an instant. */
export function jstDay(at: Date): string {
  return fmt(new Date(at.getTime() + JST_OFFSET_MS));
}

export const jstMonth = (at: Date): string => jstDay(at).slice(0, 7);

/** The instant a Japan-time day starts. */
export function jstDayStart(day: string): Date {
  return new Date(utc(day).getTime() - JST_OFFSET_MS);
}

export function addDays(day: string, n: number): string {
  return fmt(new Date(utc(day).getTime() + n * DAY_MS));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to).getTime() - utc(from).getTime()) / DAY_MS);
}

export const monthOf = (day: string): string => day.slice(0, 7);
export const firstDayOfMonth = (month: string): string => `${month}-01`;

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
}

export function lastDayOfMonth(month: string): string {
  return addDays(firstDayOfMonth(addMonths(month, 1)), -1);
}

/** Monday of the ISO week holding `day`. */
export function mondayOf(day: string): string {
  const dow = (utc(day).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(day, -dow);
}

export function monthsInPeriod(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = monthOf(from); m <= monthOf(to); m = addMonths(m, 1)) out.push(m);
  return out;
}

/** The Monday of every week that overlaps the period (the first and last may be partial). */
export function weeksInPeriod(from: string, to: string): string[] {
  const out: string[] = [];
  for (let w = mondayOf(from); w <= to; w = addDays(w, 7)) out.push(w);
  return out;
}

/**
 * The whole months inside [from, to] as [firstMonthStart, endExclusive) days, or null when none:
 * those months can be read from the monthly rollup, the edges from the daily one.
 */
export function wholeMonths(from: string, to: string): { start: string; end: string } | null {
  const start = from.endsWith('-01') ? from : firstDayOfMonth(addMonths(monthOf(from), 1));
  const end = to === lastDayOfMonth(monthOf(to)) ? addDays(to, 1) : firstDayOfMonth(monthOf(to));
  return start < end ? { start, end } : null;
}
