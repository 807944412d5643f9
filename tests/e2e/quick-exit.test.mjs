// Issue 4 (6): quick exit, by click on the link and by pressing Shift three times, in the middle
// of a walk (on a tick list of signs, some ticked). The exit origin (https://www.yr.no) is
// intercepted and answered locally.
// Checks: the page is blanked before it leaves, the URL leaves the app's origin, and
// page.goBack() shows the start screen with no answer kept (after continuing, the role radios
// are all unchecked).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  EXIT_ORIGIN,
  EXIT_PAGE,
  LANGS,
  SCENARIOS,
  answerCurrent,
  baseUrl,
  checkedValues,
  clickContinue,
  collectCsp,
  isBlankInPage,
  open,
  openPage,
  requestProblems,
  screenKey,
  storageProblems,
  useBrowser,
  waitReady,
  walkTo,
} from './lib.mjs';

const session = useBrowser();

/**
 * Walks to the first tick list of signs (the group screen that starts with deceived-job), a few
 * screens of answers in, so that there is something to lose, and ticks signs on it too.
 */
async function walkPartWay(page, rec) {
  const answers = SCENARIOS['trafficking-signs'].answers;
  const stopAt = 'qs:deceived-job';
  const key = await walkTo(page, rec, answers, stopAt, 8);
  assert.equal(key, stopAt, 'the walk should reach the first tick list of signs before the exit');
  // Leave answers on screen too: signs ticked, a follow-up opened in place.
  await answerCurrent(page, answers);
  assert.ok((await page.locator('[data-question] input:checked').count()) > 0, 'signs ticked on screen');
}

// Each method, and how many of its events the blank-check init script reports (the last one is
// the one that triggers the exit).
const METHODS = {
  click: async (page) => {
    await page.locator('a[data-action="quick-exit"]:visible').first().click();
  },
  'Shift×3': async (page) => {
    // Focus the page body as a person would after reading: no control is focused.
    await page.evaluate(() => document.activeElement?.blur());
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  },
};

for (const [method, act] of Object.entries(METHODS)) {
  for (const lang of LANGS) {
    test(`quick exit by ${method}, ${lang}`, async () => {
      const origin = new URL(await baseUrl()).origin;
      const { context, page, rec } = await openPage(session.browser);
      // Is the app page blank the moment the exit starts? A page cannot be evaluated while its
      // navigation is pending (Playwright and CDP both wait), and nothing sent from pagehide
      // arrives. So an init script listens on window, in the bubble phase — after the app's own
      // click and keyup handlers have run and location.replace has been called — and reports
      // through the console, which is delivered at once. The last report before leaving counts.
      const reports = [];
      page.on('console', (m) => {
        const hit = /^veiviser-test:blank=(true|false)$/.exec(m.text());
        if (hit) reports.push(hit[1] === 'true');
      });
      await page.addInitScript({
        content: `window.__isBlank = ${isBlankInPage.toString()};
          const report = () => console.log('veiviser-test:blank=' + window.__isBlank());
          window.addEventListener('click', report);
          window.addEventListener('keyup', (e) => { if (e.key === 'Shift') report(); });`,
      });
      // Hold the exit page back until the reports are in: a document that is replaced loses
      // console messages not yet handed over.
      let expected = Infinity;
      await page.unroute(`${EXIT_ORIGIN}/**`);
      await page.route(`${EXIT_ORIGIN}/**`, async (route) => {
        for (let i = 0; i < 150 && reports.length < expected; i += 1) await new Promise((r) => setTimeout(r, 20));
        await route.fulfill({ ...EXIT_PAGE });
      });
      try {
        await open(page, lang);
        await walkPartWay(page, rec);
        assert.equal(await page.evaluate(isBlankInPage), false, 'the page shows content before the exit');
        await collectCsp(page, rec);

        const reportsBefore = reports.length;
        expected = reportsBefore + (method === 'click' ? 1 : 3);
        await Promise.all([page.waitForURL(`${EXIT_ORIGIN}/**`, { timeout: 10_000 }), act(page)]);
        assert.ok(page.url().startsWith(`${EXIT_ORIGIN}/`), `left for ${page.url()}`);
        assert.ok(reports.length >= expected, `the exit action was seen (${reports.length - reportsBefore} reports)`);
        assert.equal(reports[expected - 1], true, 'the app page should be blank as soon as the exit starts');

        // location.replace: the question page is no longer in history. Back returns to an app
        // entry, which must show the start screen afresh, with no answer kept.
        await page.goBack({ waitUntil: 'load' });
        await waitReady(page);
        assert.equal(new URL(page.url()).origin, origin, `Back went to ${page.url()}`);
        await page.locator('[data-action="continue"]:visible').first().waitFor({ timeout: 10_000 });
        assert.equal(await page.evaluate(isBlankInPage), false, 'after Back, the page should not be blank');
        const key = await screenKey(page);
        assert.ok(!key.startsWith('q:') && !key.startsWith('o:') && key !== 'check', `after Back, expected the start screen, got ${key}`);
        const next = await clickContinue(page, rec);
        assert.equal(next, 'q:role');
        assert.deepEqual(await checkedValues(page, 'role'), [], 'no role should be checked after the quick exit');

        assert.deepEqual(requestProblems(rec, origin, { allowExit: true }), [], 'requests');
        assert.deepEqual(await storageProblems(page, context), [], 'storage');
        assert.deepEqual(await collectCsp(page, rec), [], 'CSP violations');
        assert.deepEqual(rec.errors, [], 'uncaught errors');
      } finally {
        await context.close();
      }
    });
  }
}
