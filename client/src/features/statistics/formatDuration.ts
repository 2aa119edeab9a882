import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Durations in seconds as days/hours/minutes, e.g. "3時間12分" / "3 h 12 min". */
export function useFormatDuration() {
  const { t } = useTranslation();
  return useCallback(
    (seconds: number | null | undefined): string => {
      if (seconds === null || seconds === undefined) return t('common.none');
      const minutes = Math.round(seconds / 60);
      if (minutes < 60) return t('statistics.minutes', { m: minutes });
      const hours = Math.floor(minutes / 60);
      if (hours < 48) return t('statistics.hours', { h: hours, m: minutes % 60 });
      return t('statistics.days', { d: Math.floor(hours / 24), h: hours % 24 });
    },
    [t],
  );
}

export function formatShare(share: number | null | undefined, lang: string): string {
  if (share === null || share === undefined) return '—';
  return new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

export function formatCount(n: number, lang: string): string {
  return new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-GB').format(n);
}
