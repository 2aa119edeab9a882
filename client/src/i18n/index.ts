import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import ja, { type Messages } from './ja';

export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Japanese first: officers read Japanese; English is a switch, never the default. */
export const DEFAULT_LANGUAGE: Language = 'ja';
export const LANGUAGE_STORAGE_KEY = 'patrol-desk.lang';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be unavailable (privacy settings); the default is the right answer then.
    return DEFAULT_LANGUAGE;
  }
}

function applyLanguage(lng: string): void {
  document.documentElement.lang = lng;
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // Not persisting the choice is acceptable; the switch still works for this page load.
  }
}

i18n.on('languageChanged', applyLanguage);

void i18n.use(initReactI18next).init({
  resources: {
    ja: { translation: ja },
  },
  // English loads on demand (see loadLanguage): Japanese is the default, and the initial bundle stays small.
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: LANGUAGES,
  defaultNS: 'translation',
  // Resources are bundled, so initialise synchronously and render translated text on first paint.
  initAsync: false,
  // React escapes output itself.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
}

// Tracked here rather than with hasResourceBundle: a lazily loaded feature may already have added its
// own English messages to the bundle (see features/escalations/i18n/register.ts).
let englishLoaded = false;

async function loadLanguage(lng: Language): Promise<void> {
  if (lng === 'en' && !englishLoaded) {
    const { default: en } = await import('./en');
    i18n.addResourceBundle('en', 'translation', en, true, true);
    englishLoaded = true;
  }
}

export async function setLanguage(lng: Language): Promise<unknown> {
  await loadLanguage(lng);
  return i18n.changeLanguage(lng);
}

/** Resolves once the stored language is loaded and applied; render after it to avoid a flash of Japanese. */
export const i18nReady: Promise<unknown> = (async () => {
  const stored = readStoredLanguage();
  if (stored === DEFAULT_LANGUAGE) return applyLanguage(DEFAULT_LANGUAGE);
  try {
    await setLanguage(stored);
  } catch {
    // The English chunk failed to load (offline): Japanese, the default, is always there.
  }
})();

export default i18n;
