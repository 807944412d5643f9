#!/usr/bin/env node
// `npm run size`: the gzip size of the JavaScript and CSS the first page loads.
//
// Reads dist/index.html for <script src>, the script the inline loader asks for (the build replaces
// the app's script tag with src/boot/loader.inline.js, see vite.config.ts), <link rel="stylesheet">,
// inline <style> (the build inlines the app's CSS) and <link rel="modulepreload">,
// then follows the static imports of each JS file (`import … from "./x.js"`, `import "./x.js"`,
// `export … from "./x.js"`) to the chunks they pull in. Dynamic `import()` is not followed: such
// chunks (the texts of the other language, say) are not needed before the first paint. They are
// listed separately for information.
//
// Sizes are gzip level 9 bytes; 1 kB = 1000 bytes. Warns (exit code 0) when JS > 115 kB gzip, when a
// chunk of a language's texts is over 20 kB gzip, or when a language has no texts chunk;
// SIZE_STRICT=1 (CI) makes each of these an error.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const BUDGET_JS = 115_000;
/** Each chunk of a language's texts (scripts/lib/text-chunks.ts); a slow phone pays for them on a language change. */
const BUDGET_TEXTS = 20_000;
const strict = process.env.SIZE_STRICT === '1';

if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/index.html is missing: run `npm run build` first.');
  process.exit(1);
}

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const attr = (tag, name) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];

/** Maps a URL in index.html or an import specifier to a file in dist/. */
function toFile(url, fromFile) {
  if (/^(https?:)?\/\//i.test(url) || url.startsWith('data:')) return null;
  const clean = url.split(/[?#]/)[0];
  if (clean.startsWith('/')) return join(dist, clean);
  const base = fromFile ? dirname(fromFile) : dist;
  return join(base, clean);
}

const jsEntry = [];
const css = [];
for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
  const src = attr(tag, 'src');
  if (src) jsEntry.push(src);
}
// The loader names the entry as `script.src = "/assets/index-….js"` (the texts it also names are
// each language's, fetched after the first paint as before: they are listed with the dynamic chunks).
for (const [, body] of html.matchAll(/<script>([\s\S]*?)<\/script>/gi)) {
  for (const [, src] of body.matchAll(/\.src\s*=\s*["'](\/assets\/[^"']+\.m?js)["']/g)) jsEntry.push(src);
}
for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
  const rel = (attr(tag, 'rel') ?? '').toLowerCase();
  const href = attr(tag, 'href');
  if (!href) continue;
  if (rel.split(/\s+/).includes('stylesheet')) css.push(href);
  else if (rel === 'modulepreload') jsEntry.push(href);
}

// Static imports in minified ES modules. Strings and comments could in theory hold look-alikes;
// only specifiers that resolve to a file in dist/ are counted, which rules out nearly all of them.
const STATIC_IMPORT = /(?:^|[;}\n\s)])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.m?js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g;

const firstJs = new Set();
const dynamic = new Set();
const missing = [];
const queue = jsEntry.map((u) => toFile(u, null)).filter(Boolean);
while (queue.length) {
  const file = queue.shift();
  if (firstJs.has(file)) continue;
  if (!existsSync(file)) {
    missing.push(relative(root, file));
    continue;
  }
  firstJs.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(STATIC_IMPORT)) {
    const target = toFile(m[1], file);
    if (target && existsSync(target) && !firstJs.has(target)) queue.push(target);
  }
  for (const m of code.matchAll(DYNAMIC_IMPORT)) {
    const target = toFile(m[1], file);
    if (target && existsSync(target)) dynamic.add(target);
  }
}
for (const f of firstJs) dynamic.delete(f);

const cssFiles = css.map((u) => toFile(u, null)).filter((f) => f && existsSync(f));

function sizes(file) {
  const buf = readFileSync(file);
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}
const kb = (n) => `${(n / 1000).toFixed(2).padStart(8)} kB`;
const name = (f) => posix.join(...relative(dist, f).split(/[\\/]/));

function table(title, files) {
  let raw = 0;
  let gzip = 0;
  console.log(`\n${title}`);
  if (files.length === 0) console.log('  (none)');
  for (const f of files) {
    const s = sizes(f);
    raw += s.raw;
    gzip += s.gzip;
    console.log(`  ${name(f).padEnd(44)} ${kb(s.raw)} raw  ${kb(s.gzip)} gzip`);
  }
  console.log(`  ${'total'.padEnd(44)} ${kb(raw)} raw  ${kb(gzip)} gzip`);
  return { raw, gzip };
}

console.log('First-page load of dist/index.html (gzip -9, 1 kB = 1000 bytes)');
const js = table('JavaScript (entry scripts and their static imports)', [...firstJs]);
const linked = table('CSS (stylesheets linked from index.html)', cssFiles);
// Inline <style> elements: part of index.html's bytes, listed here too because they are CSS the
// first page loads.
const inline = html.match(/<style>[\s\S]*?<\/style>/g) ?? [];
const inlineRaw = inline.reduce((n, s) => n + Buffer.byteLength(s), 0);
const inlineGzip = inline.length ? gzipSync(inline.join(''), { level: 9 }).length : 0;
console.log(`  ${`inline <style> in index.html (${inline.length})`.padEnd(44)} ${kb(inlineRaw)} raw  ${kb(inlineGzip)} gzip`);
const styles = { raw: linked.raw + inlineRaw, gzip: linked.gzip + inlineGzip };
const htmlSize = sizes(join(dist, 'index.html'));
console.log(`\nindex.html ${kb(htmlSize.raw)} raw  ${kb(htmlSize.gzip)} gzip`);
console.log(`\nFirst page, JS + CSS: ${kb(js.gzip + styles.gzip)} gzip`);

const texts = [...dynamic].filter((f) => /texts-[a-z]+-/.test(name(f)));
const code = [...dynamic].filter((f) => !texts.includes(f));
if (code.length) table('Code loaded by dynamic import() (not counted above)', code);
table('Texts loaded by dynamic import(), each language in chunks (not counted above)', texts);

const other = readdirSync(join(dist, 'assets'))
  .map((f) => join(dist, 'assets', f))
  .filter((f) => statSync(f).isFile() && /\.(m?js|css)$/.test(f) && !firstJs.has(f) && !dynamic.has(f) && !cssFiles.includes(f));
if (other.length) table('Other JS/CSS in dist/assets (not referenced from the first page)', other);

if (jsEntry.length === 0) {
  console.error('dist/index.html loads no script: neither a <script src> nor a loader naming /assets/….js');
  process.exit(1);
}
if (missing.length) console.warn(`\nwarning: referenced but missing: ${missing.join(', ')}`);
if (js.gzip > BUDGET_JS) {
  const msg = `\nwarning: first-page JavaScript is ${(js.gzip / 1000).toFixed(1)} kB gzip, over the ${BUDGET_JS / 1000} kB budget`;
  console.warn(msg);
  if (strict) process.exitCode = 1;
} else {
  console.log(`\nFirst-page JavaScript is within the ${BUDGET_JS / 1000} kB gzip budget.`);
}
// A chunk not found would pass the budget unchecked (say, after a change of the chunks' names):
// every language must have every part (texts-<lang>-<part>-<hash>.js) that any language has.
const { languages } = JSON.parse(readFileSync(join(root, 'locales', 'languages.json'), 'utf8'));
const parts = new Set(texts.map((f) => /texts-[a-z]+-([a-z]+)-/.exec(name(f))?.[1]));
const without = languages.flatMap((l) =>
  [...parts].filter((part) => !texts.some((f) => name(f).startsWith(`assets/texts-${l.code}-${part}-`))).map((part) => `${l.code}-${part}`),
);
if (!parts.size) without.push('every language');
const overTexts = texts.filter((f) => sizes(f).gzip > BUDGET_TEXTS);
if (without.length) console.warn(`\nwarning: no texts chunk found for ${without.join(', ')}`);
if (overTexts.length) console.warn(`\nwarning: texts chunks over ${BUDGET_TEXTS / 1000} kB gzip: ${overTexts.map(name).join(', ')}`);
if (without.length || overTexts.length) {
  if (strict) process.exitCode = 1;
} else {
  console.log(`Every texts chunk (${texts.length}, for ${languages.length} languages) is within the ${BUDGET_TEXTS / 1000} kB gzip budget.`);
}
