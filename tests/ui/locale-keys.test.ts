import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/project-files';
import { LANGUAGES } from '../../src/engine/validate';

/** Every t('literal.key') in the UI code, with its namespace ("ui" unless "ns:key"). */
function keysUsedInUi(): { file: string; ns: string; key: string }[] {
  const dir = join(ROOT, 'src', 'ui');
  const found: { file: string; ns: string; key: string }[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsx') || f.endsWith('.ts'))) {
    const code = readFileSync(join(dir, file), 'utf8');
    for (const m of code.matchAll(/\bt\(\s*'([^'`$]+)'/g)) {
      const [ns, key] = m[1].includes(':') ? m[1].split(':') : ['ui', m[1]];
      found.push({ file, ns, key });
    }
  }
  return found;
}

function lookup(tree: unknown, key: string): unknown {
  let node = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    const obj = node as Record<string, unknown>;
    // i18next plural keys: "pressesLeft" is present as pressesLeft_one / pressesLeft_other.
    node = part in obj ? obj[part] : obj[`${part}_other`];
  }
  return node;
}

describe('every text key the UI uses exists in every language', () => {
  const used = keysUsedInUi();
  it('finds the keys', () => {
    expect(used.length).toBeGreaterThan(30);
  });
  describe.each(LANGUAGES)('%s', (lang) => {
    it.each(used.map((u) => [`${u.ns}:${u.key}`, u] as const))('%s', (_, u) => {
      const tree = JSON.parse(readFileSync(join(ROOT, 'locales', lang, `${u.ns}.json`), 'utf8'));
      expect(lookup(tree, u.key), `${u.file} uses ${u.ns}:${u.key}`).toBeDefined();
    });
  });
});
