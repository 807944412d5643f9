// Issue 4 (8): with JavaScript disabled, the first page still shows the numbers that matter:
// 112 (emergency), 22 33 11 60 (ROSA, 24/7) and 02800 (police, non-emergency).
// Also checks the headers scripts/serve.mjs sends, which the CSP checks elsewhere rely on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, useBrowser } from './lib.mjs';

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

test('serve.mjs sends the security headers, content types and 404s', async () => {
  const base = await baseUrl();
  const res = await fetch(`${base}/`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^text\/html/);
  assert.equal(
    res.headers.get('content-security-policy'),
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  );
  assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(res.headers.get('permissions-policy'), 'camera=(), microphone=(), geolocation=()');
  assert.equal(res.headers.get('cache-control'), 'no-store');
  const html = await res.text();
  const script = /<script[^>]+src="([^"]+)"/.exec(html)?.[1];
  assert.ok(script, 'index.html loads a script');
  const js = await fetch(new URL(script, `${base}/`));
  assert.equal(js.status, 200);
  assert.match(js.headers.get('content-type'), /^text\/javascript/);
  const css = /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/.exec(html)?.[1];
  if (css) assert.match((await fetch(new URL(css, `${base}/`))).headers.get('content-type'), /^text\/css/);
  assert.equal((await fetch(`${base}/no-such-file.js`)).status, 404);
  assert.equal((await fetch(`${base}/../package.json`)).status, 404);
  assert.equal((await fetch(`${base}/%2e%2e/package.json`)).status, 404);
  assert.equal((await fetch(`${base}/?lang=en`)).status, 200);
});
