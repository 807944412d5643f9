/**
 * Renders the start screen into dist/index.html (Norwegian) and into dist/<lang>/index.html for
 * every other language after `vite build`, so that the first paint needs no JavaScript and the
 * emergency numbers show even where scripts do not run — in the reader's own language.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { createI18n, loadLanguage } from '../src/i18n/setup';
import { App } from '../src/ui/app';
import { bundle } from '../src/flow-data';
import { NAMESPACES, type LanguagesFile } from '../src/engine/types';
import { ROOT } from './lib/project-files';

const file = join(ROOT, 'dist', 'index.html');
const html = readFileSync(file, 'utf8');
const marker = '<!--prerender-->';
if (!html.includes(marker)) {
  console.error(`prerender: ${file} has no ${marker} marker; was it built from index.html?`);
  process.exit(1);
}
const { languages } = JSON.parse(readFileSync(join(ROOT, 'locales', 'languages.json'), 'utf8')) as LanguagesFile;
const contacts = new Map(bundle.contacts.contacts.map((c) => [c.id, c]));

for (const [index, language] of languages.entries()) {
  const texts = Object.fromEntries(
    NAMESPACES.map((ns) => [ns, JSON.parse(readFileSync(join(ROOT, 'locales', language.code, `${ns}.json`), 'utf8'))]),
  );
  const i18n = createI18n();
  await loadLanguage(i18n, language.code, texts);
  const markup = renderToString(createElement(I18nextProvider, { i18n }, createElement(App)));
  // Without JavaScript this page is all there is: every urgent number must be on it.
  for (const id of bundle.outcomes.urgent) {
    const phone = contacts.get(id)?.phone;
    if (phone && !markup.includes(phone)) {
      console.error(`prerender: the ${language.code} start screen does not show ${id} (${phone})`);
      process.exit(1);
    }
  }
  const page = html
    .replace(/<html lang="[^"]*" dir="[^"]*">/, `<html lang="${language.code}" dir="${language.dir}">`)
    .replace(marker, markup);
  // The first language is the site's own start page; the others live at /<lang>/.
  const out = index === 0 ? file : join(ROOT, 'dist', language.code, 'index.html');
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, page);
  console.log(`prerender: ${language.code} start screen written into ${out.slice(ROOT.length + 1)} (${markup.length} characters)`);
}
