/**
 * How each language's texts reach the browser: a few chunks per language, each fetched from the
 * app's own origin only when needed (src/i18n/texts.ts), each under the 20 kB gzip budget of
 * scripts/size.mjs, which a slow phone pays on a language change.
 *
 * The app asks the virtual module `virtual:texts` for a chunk by language and part; each part is a
 * virtual module that imports its JSON files. So the first page holds one loader per chunk, not one
 * per file, and a chunk holds one object of texts.
 */
import type { Plugin } from 'vite';
import { LANGUAGES, NAMESPACES, PRO_NAMESPACE, type Namespace } from '../../src/engine/types';

/**
 * The screens' texts and the help on the outcome are fetched together (in parallel) when a language
 * is chosen: one chunk was too big for the Cyrillic, Thai, Ethiopic and Arabic scripts, which take
 * two or three bytes a letter. The professionals' wording is fetched only for them.
 */
export const TEXT_PARTS: Record<string, readonly Namespace[]> = {
  screens: ['ui', 'questions', 'signs', 'pages'],
  help: ['outcomes', 'contacts', 'guidance'],
  pro: [PRO_NAMESPACE],
};

/** The parts fetched when a language is chosen (src/i18n/setup.ts): all but the professionals'. */
export const START_PARTS: readonly string[] = Object.keys(TEXT_PARTS).filter((part) => !TEXT_PARTS[part].includes(PRO_NAMESPACE));

const MAP = 'virtual:texts';
const PART = /^virtual:texts\/([a-z]{2,3})\/([a-z]+)$/;

/** The chunk a module belongs to (vite.config.ts): texts-<lang>-<part>, or null for any other module. */
export function textChunkName(id: string): string | null {
  const part = PART.exec(id.replace(/^\0/, ''));
  if (part) return `texts-${part[1]}-${part[2]}`;
  const file = /[\\/]locales[\\/]([a-z]{2,3})[\\/]([a-z]+)\.json$/.exec(id);
  const name = file && Object.keys(TEXT_PARTS).find((p) => TEXT_PARTS[p].includes(file[2] as Namespace));
  return name ? `texts-${file![1]}-${name}` : null;
}

export function textChunks(): Plugin {
  const parts = Object.entries(TEXT_PARTS);
  const missing = NAMESPACES.filter((ns) => !parts.some(([, list]) => list.includes(ns)));
  if (missing.length) throw new Error(`text-chunks: no part holds ${missing.join(', ')}`);
  return {
    name: 'veiviser-text-chunks',
    resolveId(id) {
      return id === MAP || PART.test(id) ? `\0${id}` : null;
    },
    load(id) {
      if (id === `\0${MAP}`) {
        const chunks = LANGUAGES.flatMap((lang) => parts.map(([part]) => `${JSON.stringify(`${lang}/${part}`)}: () => import('${MAP}/${lang}/${part}')`));
        const partOf = parts.flatMap(([part, list]) => list.map((ns) => `${ns}: '${part}'`));
        return `export const chunks = {\n${chunks.join(',\n')}\n};\nexport const partOf = { ${partOf.join(', ')} };\n`;
      }
      const part = PART.exec(id.replace(/^\0/, ''));
      if (!part || !id.startsWith('\0')) return null;
      const [, lang, name] = part;
      const list = TEXT_PARTS[name];
      if (!list || !(LANGUAGES as readonly string[]).includes(lang)) throw new Error(`text-chunks: no such chunk ${id}`);
      const imports = list.map((ns, i) => `import t${i} from '/locales/${lang}/${ns}.json';`);
      return `${imports.join('\n')}\nexport default { ${list.map((ns, i) => `${JSON.stringify(ns)}: t${i}`).join(', ')} };\n`;
    },
  };
}
