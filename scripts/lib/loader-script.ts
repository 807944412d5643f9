/**
 * The text of the inline <script> that loads the app (src/boot/loader.inline.js), with the entry's
 * address and the files of each language's texts put in. Used by the build (vite.config.ts) and by the loader's tests, so that both run the
 * same text.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRY = "'__APP_ENTRY__'";
const TEXTS = '{ __TEXTS__: [] }';

/** Each language's texts chunks, by language code: what the app loads for a language at start. */
export type TextsFiles = Record<string, readonly string[]>;

/** Comments and indentation are left out (the browser never needs them); each statement keeps its line. */
export function loaderScript(entry: string, texts: TextsFiles = {}): string {
  const source = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../src/boot/loader.inline.js'), 'utf8');
  for (const placeholder of [ENTRY, TEXTS]) {
    if (!source.includes(placeholder)) throw new Error(`src/boot/loader.inline.js: no ${placeholder} to fill in`);
  }
  const text = source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n')
    // Replacer functions: a "$&" or "$1" in a file name must not be read as a pattern.
    .replace(ENTRY, () => JSON.stringify(entry))
    .replace(TEXTS, () => JSON.stringify(texts));
  if (text.includes('</script')) throw new Error('the loader cannot be inlined: it contains "</script"');
  return text;
}
