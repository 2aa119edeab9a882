import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAge, formatDateTime } from '../lib/datetime';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from './index';

/** Date formatters bound to the current UI language (re-render on language change). */
export function useDateTime() {
  const { i18n } = useTranslation();
  const resolved = i18n.resolvedLanguage;
  const lang: Language = (LANGUAGES as readonly string[]).includes(resolved ?? '')
    ? (resolved as Language)
    : DEFAULT_LANGUAGE;
  const dateTime = useCallback((iso: string) => formatDateTime(iso, lang), [lang]);
  /** To the second: where the order of close events matters (audit log, sessions). */
  const dateTimeSeconds = useCallback((iso: string) => formatDateTime(iso, lang, { seconds: true }), [lang]);
  const age = useCallback((iso: string, now: number) => formatAge(iso, now, lang), [lang]);
  return { lang, dateTime, dateTimeSeconds, age };
}
