/**
 * Every language's texts, in chunks of their own (scripts/lib/text-chunks.ts), fetched from the
 * app's own origin only when that language, or the professionals' part of it, is needed.
 */
import type { Resource } from 'i18next';
import { chunks, partOf } from 'virtual:texts';
import type { Language, Namespace } from '../engine/types';

export async function loadTexts(lang: Language, namespaces: readonly Namespace[]): Promise<Resource[string]> {
  const loaded = await Promise.all(
    [...new Set(namespaces.map((ns) => partOf[ns]))].map((part) => {
      const load = chunks[`${lang}/${part}`];
      if (!load) throw new Error(`no texts for ${lang}/${part}`);
      return load();
    }),
  );
  return Object.assign({}, ...loaded.map((m) => m.default));
}
