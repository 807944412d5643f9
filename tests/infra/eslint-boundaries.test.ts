/**
 * The import boundaries in eslint.config.js (ui → i18n → engine), run through ESLint's Node API on
 * snippets, so that a change to the config that stops catching a wrong import fails here, and one
 * that catches a right import too.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The no-restricted-imports messages ESLint gives for `code` in the file `filePath`. */
async function boundaryErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports' && m.severity === 2).map((m) => m.message);
}

describe('ESLint import boundaries', () => {
  test('the engine may not import the UI', { timeout: 30_000 }, async () => {
    const errors = await boundaryErrors("import { App } from '../ui/app';\nexport const x = App;\n", 'src/engine/x.ts');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('the engine must not import the UI: dependencies point ui → engine');
  });

  test.each([
    ["import { createI18n } from '../i18n/setup';", 'i18n'],
    ["import { useState } from 'react';", 'React'],
    ["import { createRoot } from 'react-dom/client';", 'React'],
    ["import { useTranslation } from 'react-i18next';", 'React'],
  ])('the engine may not: %s', async (line, what) => {
    const errors = await boundaryErrors(`${line}\nexport const x = 1;\n`, 'src/engine/x.ts');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`the engine must not import ${what}`);
  });

  test('i18n may not import the UI', async () => {
    const errors = await boundaryErrors("import { App } from '../ui/app';\nexport const x = App;\n", 'src/i18n/x.ts');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('i18n must not import the UI');
  });

  test.each([
    ['src/engine/x.ts', "import { setup } from 'xstate';\nimport type { Contact } from './types';\nexport const x: Contact | typeof setup | null = null;\n"],
    ['src/i18n/x.ts', "import i18next from 'i18next';\nimport { LANGUAGES } from '../engine/types';\nexport const x = [i18next, LANGUAGES];\n"],
    ['src/ui/x.tsx', "import { useState } from 'react';\nimport { createI18n } from '../i18n/setup';\nimport type { Contact } from '../engine/types';\nexport const x: [typeof useState, typeof createI18n, Contact | null] = [useState, createI18n, null];\n"],
  ])('imports that follow the direction are allowed (%s)', async (file, code) => {
    expect(await boundaryErrors(code, file)).toEqual([]);
  });
});
