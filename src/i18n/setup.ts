import i18next, { type i18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { textValues } from '../engine/placeholders';
import { LANGUAGES, NAMESPACES, PRO_NAMESPACE, type Language, type Namespace } from '../engine/types';
import { bundle } from '../flow-data';

export { LANGUAGES, type Language };
export const DEFAULT_LANGUAGE: Language = LANGUAGES[0];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Fetches some of a language's texts (src/i18n/texts.ts in the browser). */
export type TextLoader = (lang: Language, namespaces: readonly Namespace[]) => Promise<Resource[string]>;
/** The loader of the page's one i18n instance (set by createI18n in the browser). */
let textLoader: TextLoader | undefined;

/**
 * @param loadTexts how to fetch a language not yet loaded; without one (the prerender in Node),
 *   every language must be handed over with its texts.
 */
export function createI18n(loadTexts?: TextLoader): i18n {
  const instance = i18next.createInstance();
  if (loadTexts) textLoader = loadTexts;
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

/** Adds the texts of `namespaces` the language lacks: `texts` if handed over, else from the loader. */
async function add(instance: i18n, lang: Language, namespaces: readonly Namespace[], texts?: Resource[string]): Promise<void> {
  const missing = namespaces.filter((ns) => !instance.hasResourceBundle(lang, ns));
  if (!missing.length) return;
  if (!texts && !textLoader) throw new Error(`the texts of "${lang}" were not handed over and there is no loader`);
  for (const [ns, tree] of Object.entries(texts ?? (await textLoader!(lang, missing)))) instance.addResourceBundle(lang, ns, tree, true, true);
}

/**
 * Loads a language's texts without switching to it (to offer it in its own words), from `texts`
 * where they are handed over (the prerender) or else with the instance's loader. The professionals'
 * wording comes along when the language shown has it, so that a switch never shows them a key.
 */
export function preloadLanguage(instance: i18n, lang: Language, texts?: Resource[string]): Promise<void> {
  const pro = instance.hasResourceBundle(instance.language, PRO_NAMESPACE);
  return add(instance, lang, pro ? NAMESPACES : NAMESPACES.filter((ns) => ns !== PRO_NAMESPACE), texts);
}

/** Loads the professionals' wording in the language shown (see PRO_NAMESPACE). */
export function loadProfessionalTexts(instance: i18n): Promise<void> {
  return add(instance, instance.language as Language, [PRO_NAMESPACE]);
}

/** Loads a language's texts if needed, then switches to it. */
export async function loadLanguage(instance: i18n, lang: Language, texts?: Resource[string]): Promise<void> {
  await preloadLanguage(instance, lang, texts);
  await instance.changeLanguage(lang);
}
