// Issue 4 (8): with JavaScript disabled, the first page still shows the numbers that matter:
// 112 (emergency), 22 33 11 60 (ROSA, 24/7) and 02800 (police, non-emergency).
// Also checks the headers the server sends, which the CSP checks elsewhere rely on, against the one
// definition of them (scripts/lib/security-headers.ts, loaded with tsx), with the hashes of the
// inline loader and styles of the build under test (dist/, or DIST when serve.mjs serves another folder).
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tsImport } from 'tsx/esm/api';
import { ROOT, baseUrl, useBrowser } from './lib.mjs';

const HEADERS = await tsImport(join(ROOT, 'scripts/lib/security-headers.ts'), import.meta.url);
const DIST = process.env.DIST ?? join(ROOT, 'dist');

const session = useBrowser();

/** Text with every kind of space (no-break, narrow no-break, thin) made a plain space. */
const normalise = (s) => s.replace(/[\s\u00a0\u2007\u2009\u202f]+/g, ' ');

for (const viewport of [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
]) {
  test(`without JavaScript the first page shows 112, 22 33 11 60 and 02800 (${viewport.width} px)`, async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false, viewport });
    const page = await context.newPage();
    try {
      const response = await page.goto(`${await baseUrl()}/`);
      assert.equal(response.status(), 200);
      const text = normalise(await page.locator('body').innerText());
      for (const number of ['112', '22 33 11 60', '02800']) {
        assert.ok(text.includes(number), `"${number}" not shown without JavaScript; the page says:\n${text.slice(0, 1500)}`);
      }
      // The numbers should be reachable as links a phone can call.
      const tel = await page.$$eval('a[href^="tel:"]', (as) => as.map((a) => a.getAttribute('href').replace(/\D/g, '')));
      for (const digits of ['112', '22331160', '02800']) {
        assert.ok(
          tel.some((t) => t.endsWith(digits)),
          `no tel: link for ${digits} (tel links: ${tel.join(', ')})`,
        );
      }
    } finally {
      await context.close();
    }
  });
}

test('the server sends the security headers of scripts/lib/security-headers.ts, content types and 404s', async () => {
  const base = await baseUrl();
  const res = await fetch(`${base}/`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^text\/html/);
  const hashes = HEADERS.builtInlineHashes(DIST);
  assert.ok(hashes.styles.length > 0, `the build in ${DIST} inlines its CSS as a <style> (a hash for the CSP)`);
  assert.equal(hashes.scripts.length, 1, `the build in ${DIST} has one inline loader, the same on every page`);
  const expected = HEADERS.securityHeaders(hashes);
  assert.equal(expected['Content-Security-Policy'], HEADERS.contentSecurityPolicy({ hashes }));
  for (const [name, value] of Object.entries(expected)) assert.equal(res.headers.get(name), value, `header ${name}`);
  assert.doesNotMatch(res.headers.get('content-security-policy'), /unsafe-inline|unsafe-eval/);
  assert.equal(res.headers.get('cache-control'), HEADERS.cacheControl('/'));
  assert.equal(HEADERS.cacheControl('/'), 'no-store', 'HTML is never stored (docs/decisions/0003)');
  const html = await res.text();
  const script = /script\.src = "([^"]+)"/.exec(html)?.[1];
  assert.ok(script, "index.html's loader names a script");
  const js = await fetch(new URL(script, `${base}/`));
  assert.equal(js.status, 200);
  assert.match(js.headers.get('content-type'), /^text\/javascript/);
  assert.equal(js.headers.get('cache-control'), HEADERS.cacheControl(new URL(script, `${base}/`).pathname));
  assert.equal(js.headers.get('content-security-policy'), expected['Content-Security-Policy'], 'the same policy on every response');
  const css = /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/.exec(html)?.[1];
  if (css) assert.match((await fetch(new URL(css, `${base}/`))).headers.get('content-type'), /^text\/css/);
  const missing = await fetch(`${base}/no-such-file.js`);
  assert.equal(missing.status, 404);
  assert.equal(missing.headers.get('content-security-policy'), expected['Content-Security-Policy'], 'a 404 carries the policy too');
  assert.equal((await fetch(`${base}/../package.json`)).status, 404);
  assert.equal((await fetch(`${base}/%2e%2e/package.json`)).status, 404);
  assert.equal((await fetch(`${base}/?lang=en`)).status, 200);
});
