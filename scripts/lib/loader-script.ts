/**
 * The text of the inline <script> that loads the app (src/boot/loader.inline.js), with the entry's
 * address put in. Used by the build (vite.config.ts) and by the loader's tests, so that both run the
 * same text.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PLACEHOLDER = "'__APP_ENTRY__'";

/** Comments and indentation are left out (the browser never needs them); each statement keeps its line. */
export function loaderScript(entry: string): string {
  const source = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../src/boot/loader.inline.js'), 'utf8');
  if (!source.includes(PLACEHOLDER)) throw new Error(`src/boot/loader.inline.js: no ${PLACEHOLDER} to put the entry in`);
  const text = source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n')
    .replace(PLACEHOLDER, JSON.stringify(entry));
  if (text.includes('</script')) throw new Error('the loader cannot be inlined: it contains "</script"');
  return text;
}
