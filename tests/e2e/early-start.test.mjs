// The prerendered start screen is on show while the app's script and texts load (the page's loader
// asks for them only after the first contentful paint: src/boot/loader.inline.js). A person (or a
// test) who presses Start in that moment must not have to press it again: the press is carried out
// once the app is there. The texts chunk is held back here to make the moment long enough to hit.
// In that moment the quick exit must leave as the app's does, without a history entry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXIT_ORIGIN, EXIT_PAGE, baseUrl, openPage, useBrowser } from './lib.mjs';

const session = useBrowser();

test('Start pressed on the prerendered page before the app is ready leads to the first question', async () => {
  const { context, page } = await openPage(session.browser);
  try {
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/\/assets\/texts-nb-.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${await baseUrl()}/`, { waitUntil: 'domcontentloaded' });
    // Still the prerendered page: no question yet, the Start button is there.
    assert.equal(await page.locator('[data-question]').count(), 0);
    await page.locator('[data-action="continue"]').click();
    release();
    await page.locator('[data-question="role"]').waitFor({ timeout: 10_000 });
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus should be on the new screen heading');
  } finally {
    await context.close();
  }
});

test('the app\'s script and texts are asked for only after the first contentful paint, from the page\'s own language', async () => {
  const { context, page } = await openPage(session.browser);
  try {
    await page.goto(`${await baseUrl()}/ro/?lang=xx`, { waitUntil: 'load' });
    await page.locator('html[lang="ro"] [data-action="continue"]').waitFor({ timeout: 10_000 });
    await page.waitForLoadState('networkidle');
    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      scripts: performance
        .getEntriesByType('resource')
        .filter((r) => /\/assets\/.*\.js$/.test(r.name))
        .map((r) => ({ file: new URL(r.name).pathname.replace(/-[\w-]{8}\.js$/, ''), start: r.startTime })),
    }));
    assert.ok(timing.paint > 0, 'a first contentful paint');
    // (The browser's nb-NO is then offered in its own words, so nb's texts follow, later.)
    const files = timing.scripts.map((s) => s.file);
    for (const file of ['/assets/index', '/assets/texts-ro-help', '/assets/texts-ro-screens']) assert.ok(files.includes(file), `${file} in ${files}`);
    for (const s of timing.scripts) assert.ok(s.start >= timing.paint, `${s.file} asked for at ${s.start} ms, before the paint at ${timing.paint} ms`);
  } finally {
    await context.close();
  }
});

test('the quick exit before the app is there leaves without a history entry', async () => {
  const { context, page } = await openPage(session.browser);
  try {
    // The app's script never arrives: only the page and its loader are there.
    await page.route(/\/assets\/index-.*\.js$/, (route) => route.abort());
    await page.route(`${EXIT_ORIGIN}/**`, (route) => route.fulfill(EXIT_PAGE));
    await page.goto('about:blank');
    await page.goto(`${await baseUrl()}/`, { waitUntil: 'load' });
    assert.equal(await page.locator('[data-question]').count(), 0);
    await Promise.all([page.waitForURL(`${EXIT_ORIGIN}/**`, { timeout: 10_000 }), page.locator('a[data-action="quick-exit"]').first().click()]);
    await page.goBack({ waitUntil: 'load' }).catch(() => null);
    assert.equal(page.url(), 'about:blank', 'Back should skip the app page (location.replace)');
  } finally {
    await context.close();
  }
});
