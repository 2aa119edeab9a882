import type { Language } from '../i18n';

/** The programme runs in Kumamoto: every time is shown in Japan time, whatever the browser's zone. */
export const DISPLAY_TIME_ZONE = 'Asia/Tokyo';

const LOCALE_BY_LANGUAGE: Record<Language, string> = { ja: 'ja-JP', en: 'en-GB' };

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<Language, Intl.RelativeTimeFormat>();

function dateTimeFormat(lang: Language, seconds: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${seconds}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_BY_LANGUAGE[lang], {
      timeZone: DISPLAY_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      ...(seconds ? { second: '2-digit' as const } : {}),
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    dateTimeFormats.set(key, format);
  }
  return format;
}

function relativeFormat(lang: Language): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(lang);
  if (!format) {
    format = new Intl.RelativeTimeFormat(LOCALE_BY_LANGUAGE[lang], { numeric: 'auto', style: 'short' });
    relativeFormats.set(lang, format);
  }
  return format;
}

/**
 * e.g. "2026/03/05 14:03 JST" (ja) or "05/03/2026, 14:03 GMT+9" (en); with `seconds` (the audit
 * log, sessions) "2026/03/05 14:03:27 JST".
 */
export function formatDateTime(iso: string, lang: Language, options: { seconds?: boolean } = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat(lang, options.seconds ?? false).format(date);
}

/** How long ago `iso` was, relative to `now`, e.g. "12 分前" / "12 min. ago". */
export function formatAge(iso: string, now: number, lang: Language): string {
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return iso;
  const seconds = Math.round((then - now) / 1000);
  const abs = Math.abs(seconds);
  const format = relativeFormat(lang);
  if (abs < 60) return format.format(0, 'second');
  if (abs < 3600) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return format.format(Math.round(seconds / 3600), 'hour');
  return format.format(Math.round(seconds / 86400), 'day');
}

const DAY_MS = 86_400_000;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The instant a Japan-time calendar day ('YYYY-MM-DD') begins, as ISO-8601; null for anything else. */
export function japanDayStart(ymd: string): string | null {
  if (!YMD.test(ymd)) return null;
  const instant = new Date(`${ymd}T00:00:00+09:00`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** The instant a Japan-time calendar day ends (the next day's start): the exclusive end of a range that includes the day. */
export function japanDayEnd(ymd: string): string | null {
  const start = japanDayStart(ymd);
  return start ? new Date(new Date(start).getTime() + DAY_MS).toISOString() : null;
}
