// The headers and pages as a browser gets them from the server under test: scripts/serve.mjs
// (`vite preview`) in the suite, nginx with deploy/nginx.conf in .ci/run (BASE_URL). Both take the
// headers from scripts/lib/security-headers.ts; this file checks what arrives, not the module:
//   - every response (page, asset, 404, dotfile) carries the security headers;
//   - the header CSP allows the inline script and styles the page has by their hashes, and no
//     'unsafe-inline'; the meta CSP is the header CSP without frame-ancestors;
//   - the start page inlines its CSS and asks for the app's script from one inline loader only
//     (src/boot/loader.inline.js), so that nothing but the HTML comes before the first paint; the
//     script it names is served with the headers and cached for a year;
//   - an unknown address gets status 404 and a page with 112, 02800, 116 111 and ROSA's number
//     (read from flows/contacts/no.json), styled, without any CSP violation, with and without JS.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ROOT, baseUrl, collectCsp, openPage, useBrowser } from './lib.mjs';

const session = useBrowser();

const contacts = JSON.parse(readFileSync(`${ROOT}flows/contacts/no.json`, 'utf8')).contacts;
const NUMBERS = ['no-112', 'no-02800', 'no-116111', 'no-rosa'].map((id) => {
  const phone = contacts.find((c) => c.id === id)?.phone;
  assert.ok(phone, `flows/contacts/no.json has no phone for ${id}`);
  return phone;
});

/** Text with every kind of space made a plain one. */
const normalise = (s) => s.replace(/[\s\u00a0\u2007\u2009\u202f]+/g, ' ');
const hashesOf = (html, tag) =>
  [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map(
    (m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`,
  );
const styleHashes = (html) => hashesOf(html, 'style');
const scriptHashes = (html) => hashesOf(html, 'script');
const sources = (csp, directive) => new RegExp(`(?:^|; )${directive} ([^;]+)`).exec(csp)?.[1].split(' ') ?? [];
const metaCsp = (html) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];

function assertSecurityHeaders(res, what) {
  const h = (name) => res.headers.get(name);
  const csp = h('content-security-policy');
  assert.ok(csp, `${what}: no Content-Security-Policy`);
  assert.match(csp, /(^|; )default-src 'self'(;|$)/, `${what}: CSP default-src`);
  assert.match(csp, /(^|; )script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*(;|$)/, `${what}: CSP script-src must be 'self' and hashes only`);
  assert.match(csp, /(^|; )frame-ancestors 'none'(;|$)/, `${what}: CSP frame-ancestors`);
  assert.match(csp, /(^|; )object-src 'none'(;|$)/, `${what}: CSP object-src`);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, `${what}: CSP allows unsafe-*`);
  assert.equal(h('referrer-policy'), 'no-referrer', `${what}: Referrer-Policy`);
  assert.equal(h('x-content-type-options'), 'nosniff', `${what}: X-Content-Type-Options`);
  assert.equal(h('x-frame-options'), 'DENY', `${what}: X-Frame-Options`);
  assert.match(h('permissions-policy') ?? '', /camera=\(\)/, `${what}: Permissions-Policy`);
  return csp;
}

test('the start page: headers, a CSP that allows its inline style and loader by hash, and no script before the paint', async () => {
  const base = await baseUrl();
  const res = await fetch(`${base}/`);
  assert.equal(res.status, 200);
  const csp = assertSecurityHeaders(res, '/');
  assert.equal(res.headers.get('cache-control'), 'no-store');
  const html = await res.text();

  const hashes = styleHashes(html);
  assert.ok(hashes.length > 0, 'the CSS is inlined as a <style>');
  assert.doesNotMatch(html, /<link[^>]+rel="stylesheet"/, 'no stylesheet download before the first paint');
  const styleSrc = sources(csp, 'style-src');
  for (const hash of hashes) assert.ok(styleSrc.includes(hash), `style-src (${styleSrc.join(' ')}) does not allow the inline style ${hash}`);
  assert.equal(metaCsp(html), csp.replace(/; frame-ancestors 'none'/, ''), 'the meta CSP is the header CSP without frame-ancestors');

  // Nothing the parser fetches: one inline loader, allowed by its hash, names the app's script.
  const tags = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
  assert.deepEqual(tags, [''], `one inline script and no other: ${tags.map((a) => `<script${a}>`).join(' ')}`);
  assert.deepEqual(sources(csp, 'script-src'), ["'self'", ...scriptHashes(html)], 'script-src allows the loader by its hash');
  assert.doesNotMatch(html, /<link[^>]+rel="(modulepreload|preload)"/, 'no preload on the first page');

  const src = /script\.src = "(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  assert.ok(src, 'the loader names the app\'s script');
  const asset = await fetch(new URL(src, `${base}/`));
  assert.equal(asset.status, 200);
  assertSecurityHeaders(asset, src);
  assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
});

test('an unknown address: 404 with the headers and the emergency numbers', async () => {
  const base = await baseUrl();
  for (const path of ['/no-such-page', '/assets/no-such-file.js', '/a/b/c.html', '/.nginx-inline-hashes.conf']) {
    const res = await fetch(`${base}${path}`);
    assert.equal(res.status, 404, path);
    const csp = assertSecurityHeaders(res, path);
    assert.equal(res.headers.get('cache-control'), 'no-store', `${path}: Cache-Control`);
    const html = await res.text();
    const text = normalise(html.replace(/<[^>]+>/g, ' '));
    for (const number of NUMBERS) assert.ok(text.includes(number), `${path}: the 404 page does not show ${number}`);
    for (const hash of styleHashes(html)) assert.ok(csp.includes(hash), `${path}: the CSP does not allow the page's style ${hash}`);
    assert.doesNotMatch(html, /<script/, `${path}: the 404 page has a script`);
  }
});

for (const javaScriptEnabled of [true, false]) {
  test(`the 404 page in Chromium (JavaScript ${javaScriptEnabled ? 'on' : 'off'}): styled, numbers callable, no CSP violation`, async () => {
    const { context, page, rec } = await openPage(session.browser, { javaScriptEnabled });
    try {
      const response = await page.goto(`${await baseUrl()}/no/such/page?lang=en`);
      assert.equal(response.status(), 404);
      const text = normalise(await page.locator('body').innerText());
      for (const number of NUMBERS) assert.ok(text.includes(number), `"${number}" not shown:\n${text.slice(0, 800)}`);
      const tel = await page.$$eval('a[href^="tel:"]', (as) => as.map((a) => a.getAttribute('href').replace(/\D/g, '')));
      for (const number of NUMBERS) {
        const digits = number.replace(/\D/g, '');
        assert.ok(tel.some((t) => t.endsWith(digits)), `no tel: link for ${number} (${tel.join(', ')})`);
      }
      // The inline style applied: the quick-exit link is a coloured button, not a plain link.
      const background = await page.locator('a[data-action="quick-exit"]').evaluate((a) => getComputedStyle(a).backgroundColor);
      assert.notEqual(background, 'rgba(0, 0, 0, 0)', 'the inline style was not applied');
      if (javaScriptEnabled) assert.deepEqual(await collectCsp(page, rec), [], 'CSP violations');
      else assert.deepEqual(rec.csp, [], 'CSP violations');
      assert.deepEqual(rec.errors, [], 'page errors');
      const origin = new URL(await baseUrl()).origin;
      const foreign = rec.requests.filter((r) => new URL(r.url).origin !== origin).map((r) => r.url);
      assert.deepEqual(foreign, [], 'requests to other origins');
    } finally {
      await context.close();
    }
  });
}
