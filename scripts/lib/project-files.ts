/** Reads the flow and locale files from disk for the checks, the build and the Node tests. */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FLOW_FILES, LANGUAGES_FILE } from '../../src/engine/schema';
import { LANGUAGES, NAMESPACES } from '../../src/engine/validate';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Every file the check looks at, relative to the project root. */
export function projectFileNames(): string[] {
  return [
    ...Object.values(FLOW_FILES).map((f) => f.file),
    LANGUAGES_FILE,
    ...LANGUAGES.flatMap((lang) => NAMESPACES.map((ns) => `locales/${lang}/${ns}.json`)),
  ];
}

export function readProjectFiles(root = ROOT): Record<string, string | undefined> {
  return Object.fromEntries(
    projectFileNames().map((name) => {
      const path = join(root, name);
      return [name, existsSync(path) ? readFileSync(path, 'utf8') : undefined];
    }),
  );
}
