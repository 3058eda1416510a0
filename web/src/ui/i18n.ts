import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { UI_STRINGS } from './ui-strings';

/** The console's two languages; every string exists in both (the bundles are part of the build, nothing is fetched). */
export type Language = 'en' | 'zh';
export const LANGUAGES: Language[] = ['en', 'zh'];
const KEY = 'sandbox.language';

/** Strings of one page or shared piece, in English and Chinese, with the same keys. */
export interface Strings<T extends Record<string, string> = Record<string, string>> {
  en: T;
  zh: { [K in keyof T]: string };
}

/** The language chosen before on this browser, else the browser's own (Chinese for any zh-*), else English. */
export function initialLanguage(): Language {
  const chosen = window.localStorage.getItem(KEY);
  if (chosen === 'en' || chosen === 'zh') return chosen;
  const browser = (window.navigator.languages?.[0] ?? window.navigator.language ?? 'en').toLowerCase();
  return browser.startsWith('zh') ? 'zh' : 'en';
}

/** Adds a page's strings under its own namespace (call at module load, beside the page). */
export function registerStrings(namespace: string, strings: Strings): void {
  for (const lng of LANGUAGES) i18n.addResourceBundle(lng, namespace, strings[lng], true, true);
}

/** Switches the language and remembers the choice. */
export async function switchLanguage(lng: Language): Promise<void> {
  window.localStorage.setItem(KEY, lng);
  document.documentElement.lang = lng === 'zh' ? 'zh-CN' : 'en';
  await i18next.changeLanguage(lng);
}

/** i18next with the shared strings, started when this module first loads so pages can register theirs at once. */
function startI18n(): typeof i18next {
  const lng = initialLanguage();
  document.documentElement.lang = lng === 'zh' ? 'zh-CN' : 'en';
  void i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    defaultNS: 'ui',
    ns: ['ui'],
    resources: { en: { ui: UI_STRINGS.en }, zh: { ui: UI_STRINGS.zh } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18next;
}

export const i18n = startI18n();
