// The prerendered start screen is on show while the app loads its texts. A person (or a test) who
// presses Start in that moment must not have to press it again: the press is carried out once the
// app is there. The texts chunk is held back here to make the moment long enough to hit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, openPage, useBrowser } from './lib.mjs';

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
