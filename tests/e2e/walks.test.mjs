// Issue 4 (1), (4), (5), (9): walks to each of the five outcomes, in nb and en, at a phone
// viewport (360×740) and a desktop viewport (1280×800) — 20 walks. Each walk also checks:
//   - the outcome, contact and guidance ids on the outcome screen;
//   - every screen shows a quick exit, and every screen that is not an outcome a continue button;
//   - every request went to the app's own origin, as a GET of a static file, with no answer in
//     any query (4);
//   - the URL and history.state never carry an answer;
//   - after the walk, localStorage, sessionStorage, IndexedDB and cookies are empty (5);
//   - no Content-Security-Policy violation and no uncaught error (9).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DESKTOP,
  LANGS,
  MOBILE,
  SCENARIOS,
  baseUrl,
  collectCsp,
  locationProblems,
  open,
  openPage,
  outcomeIds,
  requestProblems,
  storageProblems,
  useBrowser,
  walk,
} from './lib.mjs';

const totals = { walks: 0, screens: 0, requests: 0 };
const session = useBrowser(() =>
  console.log(`# walks: ${totals.walks} walks, ${totals.screens} screens, ${totals.requests} requests checked`),
);

const VIEWPORTS = { phone: MOBILE, desktop: DESKTOP };

for (const [vpName, viewport] of Object.entries(VIEWPORTS)) {
  for (const lang of LANGS) {
    describe(`walks at ${vpName} ${viewport.width}×${viewport.height}, ${lang}`, () => {
      for (const [outcome, scenario] of Object.entries(SCENARIOS)) {
        test(`reaches ${outcome}`, async () => {
          const origin = new URL(await baseUrl()).origin;
          const { context, page, rec } = await openPage(session.browser, { viewport });
          try {
            await open(page, lang);
            const screenProblems = [];
            const keys = await walk(page, rec, scenario.answers, {
              onScreen: async (key) => {
                const s = await page.evaluate(() => {
                  const visible = (sel) =>
                    [...document.querySelectorAll(sel)].some(
                      (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
                    );
                  return {
                    exit: visible('a[data-action="quick-exit"]'),
                    cont: visible('[data-action="continue"]'),
                    lang: document.documentElement.lang,
                    dir: document.documentElement.dir,
                  };
                });
                if (!s.exit) screenProblems.push(`${key}: no visible quick-exit link`);
                if (!key.startsWith('o:') && !s.cont) screenProblems.push(`${key}: no visible continue control`);
                if (s.lang !== lang) screenProblems.push(`${key}: <html lang="${s.lang}">, expected ${lang}`);
                if (s.dir && s.dir !== 'ltr') screenProblems.push(`${key}: <html dir="${s.dir}">, expected ltr`);
                screenProblems.push(...(await locationProblems(page)).map((p) => `${key}: ${p}`));
              },
            });
            totals.walks += 1;
            totals.screens += keys.length;
            totals.requests += rec.requests.length;

            const ids = await outcomeIds(page);
            scenario.check(ids, assert);
            assert.deepEqual(screenProblems, [], screenProblems.join('\n'));

            assert.deepEqual(requestProblems(rec, origin), [], 'requests');
            assert.deepEqual(await storageProblems(page, context), [], 'storage after the walk');
            assert.deepEqual(await collectCsp(page, rec), [], 'Content-Security-Policy violations');
            assert.deepEqual(rec.errors, [], 'uncaught errors in the page');
            assert.deepEqual(rec.focusMisses, [], 'each new screen should move focus to its h1');
          } finally {
            await context.close();
          }
        });
      }
    });
  }
}
