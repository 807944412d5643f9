/**
 * Writes dist/404.html after `vite build` and the prerender: the page nginx and `vite preview` send,
 * with status 404, for any address that is not a file of the app. Someone may land there from a
 * mistyped or old link while in danger, so it shows the emergency numbers, as links a phone can
 * call, and the quick exit (a plain link: the page has no script).
 *
 * Nothing is typed twice: the numbers come from flows/contacts/no.json, their names, the quick-exit
 * label and the heading of the list from locales/, the exit address from the app. The CSS is the
 * <style> of dist/index.html, copied as it is, so its hash in the CSP (scripts/lib/security-headers.ts)
 * is the same; the page has no inline script. The page is in Norwegian and English: it cannot know
 * which language the visitor chose.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy, inlineStyles, sha256Source } from './lib/security-headers';
import { telHref } from '../src/ui/contact-card';
import { EXIT_URL } from '../src/ui/quick-exit';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dist = join(ROOT, 'dist');
const readJson = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

/** The contacts on the page, in this order. */
const CONTACT_IDS = ['no-112', 'no-02800', 'no-116111', 'no-rosa'];
const LANGS = ['nb', 'en'] as const;

/** The only texts of this page that are not in locales/ (the app has no 404 screen). */
const TEXTS = {
  nb: { title: 'Siden finnes ikke', body: 'Denne adressen finnes ikke i Veiviser.', home: 'Gå til forsiden av Veiviser' },
  en: { title: 'Page not found', body: 'This address does not exist in Veiviser.', home: 'Go to the Veiviser start page' },
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function fail(message: string): never {
  console.error(`not-found-page: ${message}`);
  process.exit(1);
}

const contacts = new Map<string, { id: string; phone?: string; phoneIntl?: string }>(
  (readJson('flows/contacts/no.json').contacts as { id: string; phone?: string }[]).map((c) => [c.id, c]),
);
const phones = CONTACT_IDS.map((id) => {
  const contact = contacts.get(id);
  const href = contact && telHref(contact);
  if (!contact?.phone || !href) fail(`flows/contacts/no.json has no phone for ${id}`);
  return { id, phone: contact.phone, href };
});

function section(lang: (typeof LANGS)[number]): string {
  const names = readJson(`locales/${lang}/contacts.json`) as Record<string, { name?: string }>;
  const ui = readJson(`locales/${lang}/ui.json`) as { start?: { urgentTitle?: string } };
  const urgentTitle = ui.start?.urgentTitle ?? fail(`locales/${lang}/ui.json has no start.urgentTitle`);
  const items = phones.map(({ id, phone, href }) => {
    const name = names[id]?.name ?? fail(`locales/${lang}/contacts.json has no name for ${id}`);
    // The app's contact-card classes, so that the numbers look as they do on the start page.
    return `<p class="contact" data-contact="${esc(id)}"><span class="contact__name">${esc(name)}</span><br /><span class="contact__phone"><a href="${esc(href)}">${esc(phone)}</a></span></p>`;
  });
  const t = TEXTS[lang];
  // Headings: h1 for the first language, h2 below it, so the page has one h1.
  const h = lang === 'nb' ? 'h1' : 'h2';
  return `<section lang="${lang}" aria-labelledby="title-${lang}">
<${h} id="title-${lang}">${esc(t.title)}</${h}>
<p>${esc(t.body)} <a href="/">${esc(t.home)}</a></p>
<h${lang === 'nb' ? 2 : 3}>${esc(urgentTitle)}</h${lang === 'nb' ? 2 : 3}>
<div class="contacts urgent">
${items.join('\n')}
</div>
</section>`;
}

const index = readFileSync(join(dist, 'index.html'), 'utf8');
const styles = inlineStyles(index);
if (styles.length === 0) fail('dist/index.html has no inline <style> to reuse; was it built by vite.config.ts?');
const exitLabel = (readJson('locales/nb/ui.json') as { quickExit?: { label?: string } }).quickExit?.label ?? fail('no quickExit.label');
const csp = contentSecurityPolicy({ hashes: { scripts: [], styles: styles.map(sha256Source) }, meta: true });

const html = `<!doctype html>
<html lang="nb" dir="ltr">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${csp}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <meta name="robots" content="noindex" />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <title>${esc(TEXTS.nb.title)} – Veiviser</title>
${styles.map((s) => `    <style>${s}</style>`).join('\n')}
  </head>
  <body>
    <header class="site-header"><div class="quick-exit"><a class="quick-exit__link" href="${esc(EXIT_URL)}" rel="nofollow noreferrer" data-action="quick-exit">${esc(exitLabel)}</a></div></header>
    <main id="main" class="main">
${LANGS.map(section).join('\n')}
    </main>
  </body>
</html>
`;

// The point of the page: every number must be on it.
for (const { id, phone } of phones) if (!html.includes(`>${esc(phone)}</a>`)) fail(`the page does not show ${id} (${phone})`);
writeFileSync(join(dist, '404.html'), html);
console.log(`not-found-page: dist/404.html written (${phones.map((p) => p.phone).join(', ')})`);
