// Every language (locales/languages.json): the five outcomes walked at a phone viewport with axe on
// each outcome and on the first tick-list screen; <html lang dir> on every screen; no text sticking
// out at 320 px; a static start page per language that works without JavaScript; the browser's
// language offered, never switched to; right to left for real in Arabic and Urdu (mirrored layout,
// quick exit first, phone numbers kept left to right, keyboard walk, 320 px at 200 % zoom).
import { describe, test } from 'node:test';
import { readdirSync } from 'node:fs';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  MOBILE,
  ROOT,
  SCENARIOS,
  answerCurrent,
  axeReport,
  baseUrl,
  advance,
  open,
  openPage,
  outcomeIds,
  overflow,
  screenKey,
  useBrowser,
  walk,
} from './lib.mjs';

const { languages } = JSON.parse(readFileSync(join(ROOT, 'locales', 'languages.json'), 'utf8'));
const RTL = languages.filter((l) => l.dir === 'rtl').map((l) => l.code);

/**
 * The suite for some languages. The languages are spread over several files (languages-<a>-<b>.test.mjs)
 * so that each file stays within the runner's time per file; `coverage()` checks that together they
 * name every language in locales/languages.json.
 */
export function languageSuite(codes) {
  const totals = { walks: 0, axe: 0 };
  const session = useBrowser(() =>
    console.log(`# languages ${codes.join(' ')}: ${totals.walks} walks, ${totals.axe} screens scanned by axe`),
  );
  for (const { code, dir } of languages.filter((l) => codes.includes(l.code))) {
    describe(`${code}`, () => {
      for (const [outcome, scenario] of Object.entries(SCENARIOS)) {
        test(`reaches ${outcome} at 360 px with axe clean`, async () => {
          const { context, page, rec } = await openPage(session.browser, { viewport: MOBILE });
          try {
            await open(page, code);
            const problems = [];
            let scannedList = false;
            await walk(page, rec, scenario.answers, {
              onScreen: async (key) => {
                const html = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
                if (html.lang !== code || html.dir !== dir) problems.push(`${key}: <html lang="${html.lang}" dir="${html.dir}">`);
                // One tick-list screen per walk is scanned as well as the outcome.
                if (!scannedList && (await page.locator('[data-list]').count()) > 0) {
                  scannedList = true;
                  const report = await axeReport(page, `${code} ${key}`);
                  totals.axe += 1;
                  if (report) problems.push(report);
                }
              },
            });
            totals.walks += 1;
            scenario.check(await outcomeIds(page), assert);
            const report = await axeReport(page, `${code} outcome ${outcome}`);
            totals.axe += 1;
            if (report) problems.push(report);
            assert.deepEqual(problems, [], problems.join('\n'));
            assert.deepEqual(rec.errors, [], 'uncaught errors in the page');
          } finally {
            await context.close();
          }
        });
      }

      test('no text sticks out at 320 px (start, a tick list, an outcome)', async () => {
        const { context, page, rec } = await openPage(session.browser, { viewport: { width: 320, height: 640 } });
        try {
          await open(page, code);
          const problems = [];
          const check = async (what) => {
            const o = await overflow(page);
            if (o) problems.push(`${what}: ${o}`);
          };
          await check('start');
          await walk(page, rec, SCENARIOS['trafficking-signs'].answers, {
            onScreen: async (key) => {
              if (key.startsWith('qs:') || key.startsWith('o:')) await check(key);
            },
          });
          assert.deepEqual(problems, [], problems.join('\n'));
        } finally {
          await context.close();
        }
      });

      test(`its static start page works without JavaScript`, async () => {
        const { context, page } = await openPage(session.browser, { javaScriptEnabled: false });
        try {
          const path = code === languages[0].code ? '/' : `/${code}/`;
          const response = await page.goto(`${await baseUrl()}${path}`);
          assert.equal(response?.status(), 200);
          const html = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
          assert.deepEqual(html, { lang: code, dir });
          const tel = await page.$$eval('a[href^="tel:"]', (as) => as.map((a) => a.getAttribute('href')));
          for (const number of ['tel:112', 'tel:02800', 'tel:116111']) assert.ok(tel.includes(number), `${number} on /${code}/: ${tel}`);
          const links = await page.$$eval('[data-action="language"]', (as) => as.map((a) => a.getAttribute('href')));
          assert.equal(links.length, languages.length, 'every language is linked from the static page');
        } finally {
          await context.close();
        }
      });
    });
  }
  if (codes.some((c) => RTL.includes(c)))
    rtlSuite(
      session,
      codes.filter((c) => RTL.includes(c)),
    );
  return session;
}

/** The languages the files languages-<a>-<b>.test.mjs name between them. */
export function coverage() {
  test('every language in locales/languages.json is walked by one of the languages-*.test.mjs files', () => {
    const named = readdirSync(join(ROOT, 'tests', 'e2e'))
      .map((f) => /^languages-([a-z-]+)\.test\.mjs$/.exec(f)?.[1].split('-') ?? [])
      .flat();
    assert.deepEqual([...new Set(named)].sort(), languages.map((l) => l.code).sort());
    assert.deepEqual(RTL.sort(), ['ar', 'ur'], 'right-to-left languages are Arabic and Urdu');
  });
}

/** The browser's language offered, never switched to (needs a browser from a suite). */
export function offerSuite(session) {
  test('a browser that prefers Romanian is offered Romanian in Romanian, and the page stays in Bokmål', async () => {
    const context = await session.browser.newContext({ viewport: MOBILE, locale: 'ro-RO' });
    const page = await context.newPage();
    try {
      await page.goto(`${await baseUrl()}/`);
      const offer = page.locator('.language-offer [data-action="language"][data-lang="ro"]');
      await offer.waitFor({ state: 'visible' });
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'nb', 'never switches on its own');
      assert.equal(await page.locator('.language-offer').getAttribute('lang'), 'ro');
      await offer.click();
      await page.waitForFunction(() => document.documentElement.lang === 'ro');
    } finally {
      await context.close();
    }
  });

  test('a Filipino browser (fil) is offered Tagalog (tl)', async () => {
    const context = await session.browser.newContext({ viewport: MOBILE, locale: 'fil-PH' });
    const page = await context.newPage();
    try {
      await page.goto(`${await baseUrl()}/`);
      await page.locator('.language-offer [data-lang="tl"]').waitFor({ state: 'visible' });
    } finally {
      await context.close();
    }
  });
}

function rtlSuite(session, rtl) {
  for (const code of rtl) {
    describe(`right to left: ${code}`, () => {
      test('the layout mirrors, quick exit stays first, phone numbers stay left to right', async () => {
        const { context, page } = await openPage(session.browser, { viewport: MOBILE });
        try {
          await open(page, code);
          const layout = await page.evaluate(() => {
            const h1 = document.querySelector('h1').getBoundingClientRect();
            const numbers = [...document.querySelectorAll('a[href^="tel:"]')].map((a) => ({
              text: a.textContent,
              // The digits of each number sit in an isolate that runs left to right.
              ltr: [...a.querySelectorAll('bdi, [dir="ltr"]')].some(
                (el) => getComputedStyle(el).direction === 'ltr' && /\d/.test(el.textContent),
              ),
            }));
            return { h1Right: h1.right, width: document.documentElement.clientWidth, numbers };
          });
          assert.ok(
            layout.width - layout.h1Right < 40,
            `the heading starts at the right edge (right ${layout.h1Right} of ${layout.width})`,
          );
          const unisolated = layout.numbers.filter((n) => !n.ltr).map((n) => n.text);
          assert.deepEqual(unisolated, [], 'phone numbers not isolated left to right');
          await page.keyboard.press('Tab');
          assert.equal(
            await page.evaluate(() => document.activeElement?.getAttribute('data-action')),
            'quick-exit',
            'quick exit is the first stop',
          );
        } finally {
          await context.close();
        }
      });

      test('Continue by keyboard to an outcome, and 320 px at 200 % zoom without sideways scrolling', async () => {
        const { context, page, rec } = await openPage(session.browser, { viewport: { width: 640, height: 800 }, deviceScaleFactor: 2 });
        try {
          await open(page, code);
          // 200 % zoom of a 640 px window is a 320 CSS px layout.
          await page.evaluate(() => (document.documentElement.style.zoom = '2'));
          assert.equal(await overflow(page), null);
          await page.evaluate(() => (document.documentElement.style.zoom = ''));
          let key = await screenKey(page);
          for (let i = 0; i < 20 && !key.startsWith('o:'); i += 1) {
            if (key.startsWith('q:') || key.startsWith('qs:')) await answerCurrent(page, SCENARIOS['exploitation-signs'].answers);
            await page.locator('[data-action="continue"]:visible').first().focus();
            key = await advance(page, rec, () => page.keyboard.press('Enter'));
          }
          assert.ok(key.startsWith('o:'), `reached an outcome: ${key}`);
        } finally {
          await context.close();
        }
      });
    });
  }
}
