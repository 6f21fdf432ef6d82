import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ar } from './locales/ar';
import { en } from './locales/en';
import { fr } from './locales/fr';

/**
 * Three languages. The choice is remembered in localStorage (`vigie.language`); the first visit follows
 * the browser's language when it is one of these, else French (the working language of the Fes
 * services). Arabic is written right to left: `<html dir="rtl" lang="ar">`, and the layout mirrors
 * through CSS logical properties.
 */
export const LANGUAGES = ['ar', 'fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fr';
export const LANGUAGE_STORAGE_KEY = 'vigie.language';

export const LANGUAGE_NAMES: Record<Language, string> = { ar: 'العربية', fr: 'Français', en: 'English' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function directionOf(language: Language): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/** The stored choice, else the first browser language we have, else French. */
export function initialLanguage(
  storage: Pick<Storage, 'getItem'> | undefined = safeStorage(),
  browserLanguages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language],
): Language {
  const stored = storage?.getItem(LANGUAGE_STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  for (const tag of browserLanguages) {
    const base = tag?.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Sets `lang` and `dir` on <html> so the browser, screen readers and CSS follow the language. */
export function applyDocumentLanguage(language: Language, root: HTMLElement | undefined = globalThis.document?.documentElement): void {
  if (!root) return;
  root.lang = language;
  root.dir = directionOf(language);
}

export const i18n: I18n = i18next.createInstance();

/**
 * Every key looked up and not found in the current language (and every vocabulary value labelOf had to
 * spell itself), kept on the page: the browser tests walk every screen in Arabic and French and fail
 * when this is not empty. Probes that give their own default (`defaultValue`) are not misses.
 */
export const missingTranslations: Set<string> = ((globalThis as { __vigieMissingTranslations?: Set<string> }).__vigieMissingTranslations ??= new Set());

export function recordMissingTranslation(key: string, language: string = i18n.language): void {
  missingTranslations.add(`${language}:${key}`);
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, fr: { translation: fr }, ar: { translation: ar } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
  saveMissing: true,
  missingKeyHandler: (_languages, _namespace, key, _fallback, _update, options) => {
    if ((options as { defaultValue?: unknown } | undefined)?.defaultValue === undefined) recordMissingTranslation(key);
  },
});
applyDocumentLanguage(currentLanguage());
i18n.on('languageChanged', (language) => {
  if (isLanguage(language)) applyDocumentLanguage(language);
});

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** Switches the language, remembers it and flips the page direction. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    safeStorage()?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  await i18n.changeLanguage(language);
}

/** Translation outside React (tooltips drawn by Leaflet, error messages). */
export function t(key: string, options?: Record<string, unknown>): string {
  return String(i18n.t(key, options as never));
}
