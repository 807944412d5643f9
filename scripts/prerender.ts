/**
 * Renders the start screen (Norwegian) into dist/index.html after `vite build`, so that the first
 * paint needs no JavaScript and the emergency numbers show even where scripts do not run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { createI18n, DEFAULT_LANGUAGE, loadLanguage } from '../src/i18n/setup';
import texts from '../src/i18n/texts-nb';
import { App } from '../src/ui/app';
import { bundle } from '../src/flow-data';
import { ROOT } from './lib/project-files';

const file = join(ROOT, 'dist', 'index.html');
const html = readFileSync(file, 'utf8');
const marker = '<!--prerender-->';
if (!html.includes(marker)) {
  console.error(`prerender: ${file} has no ${marker} marker; was it built from index.html?`);
  process.exit(1);
}
const i18n = createI18n();
await loadLanguage(i18n, DEFAULT_LANGUAGE, texts);
const markup = renderToString(createElement(I18nextProvider, { i18n }, createElement(App)));
// Without JavaScript this page is all there is: every urgent number must be on it.
const contacts = new Map(bundle.contacts.contacts.map((c) => [c.id, c]));
for (const id of bundle.outcomes.urgent) {
  const phone = contacts.get(id)?.phone;
  if (phone && !markup.includes(phone)) {
    console.error(`prerender: the start screen does not show ${id} (${phone})`);
    process.exit(1);
  }
}
writeFileSync(file, html.replace(marker, markup));
console.log(`prerender: start screen written into dist/index.html (${markup.length} characters)`);
