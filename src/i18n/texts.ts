/**
 * Every language's texts, each language its own chunk (vite.config.ts groups a language's files),
 * fetched from the app's own origin only when that language is first chosen.
 */
import type { Resource } from 'i18next';
import { NAMESPACES, type Language } from '../engine/types';

const files = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { import: 'default' });

export async function loadTexts(lang: Language): Promise<Resource[string]> {
  const loaded = await Promise.all(
    NAMESPACES.map(async (ns) => {
      const load = files[`../../locales/${lang}/${ns}.json`];
      if (!load) throw new Error(`no texts for ${lang}/${ns}`);
      return [ns, await load()] as const;
    }),
  );
  return Object.fromEntries(loaded);
}
