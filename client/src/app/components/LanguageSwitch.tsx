import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage, type Language } from '../../i18n';

/**
 * One button that switches between 日本語 and English. It names the language it switches to,
 * in that language, so someone who cannot read the current one can still find it.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current: Language = i18n.resolvedLanguage === 'en' ? 'en' : currentLanguage();
  const next: Language = current === 'ja' ? 'en' : 'ja';
  return (
    <Button
      variant="default"
      size="xs"
      lang={next}
      title={t('language.switchLabel')}
      onClick={() => void setLanguage(next)}
      data-testid="lang-switch"
      data-lang={current}
    >
      {t(`language.${next}`)}
    </Button>
  );
}
