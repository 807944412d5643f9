import i18next, { type i18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { textValues } from '../engine/placeholders';
import { LANGUAGES, type Language } from '../engine/types';
import { bundle } from '../flow-data';

export { LANGUAGES, type Language };
export const DEFAULT_LANGUAGE: Language = LANGUAGES[0];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Only the active language's texts are loaded: each language is its own chunk, fetched from the
 * app's own origin when it is first chosen.
 */
const loaders: Record<Language, () => Promise<{ default: Resource[string] }>> = {
  nb: () => import('./texts-nb'),
  en: () => import('./texts-en'),
};

export function createI18n(): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: {},
    lng: DEFAULT_LANGUAGE,
    fallbackLng: false,
    ns: ['ui'],
    defaultNS: 'ui',
    returnObjects: true,
    // Phone numbers and facts are put into texts from data, never typed into the texts.
    interpolation: { escapeValue: false, defaultVariables: textValues(bundle) },
    initAsync: false,
    react: { useSuspense: false },
  });
  return instance;
}

/** Loads a language's texts if needed, then switches to it. */
export async function loadLanguage(instance: i18n, lang: Language, texts?: Resource[string]): Promise<void> {
  if (!instance.hasResourceBundle(lang, 'ui')) {
    const namespaces = texts ?? (await loaders[lang]()).default;
    for (const [ns, tree] of Object.entries(namespaces)) instance.addResourceBundle(lang, ns, tree, true, true);
  }
  await instance.changeLanguage(lang);
}
