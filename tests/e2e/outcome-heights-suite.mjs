// Issue 10, item 4, in every language: at a 360×740 phone viewport, for each outcome (its longest
// page, outcome-walk.mjs) and each language in locales/languages.json,
//   - the first call link inside [data-outcome] belongs to the first contact, is visible, and its
//     bottom is at most 740 px from the top of the page, the sticky bar included (the first screen
//     shows the heading, the lead sentence and the number to call);
//   - with nothing opened the page is at most 2,960 px tall (four screens);
//   - the sticky bar stays at most 64 px tall (a taller bar pushed that link down in Bulgarian);
//   - at 320 px nothing sticks out sideways.
// outcome-layout.test.mjs checks the rest (bar, print, focus, axe) in nb and en.
//
// One walk per outcome, then the language is switched in place on the outcome page, through the
// language list's data-action="language" links, which keep the answers (test contract): fourteen
// walks per outcome would not fit the runner's 240 s per file on two cores. Each walk starts in
// another language, so that every language is also walked from its own start page; switching back
// to that language at the end must give the height measured before any switch (a switch leaves no
// trace in the layout, so the switched figures are those a reader of that language sees).
//
// The files outcome-heights-<role>.test.mjs run one role each and print a table per language:
// "first call link bottom / page height" per outcome, in px.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MOBILE, ROOT, open, openPage, overflow, useBrowser } from './lib.mjs';
import { LONGEST, OUTCOMES, ROLES, measure, walkToOutcome } from './outcome-walk.mjs';

const FIRST_SCREEN = MOBILE.height; // 740
const MAX_PAGE = 4 * FIRST_SCREEN; // 2,960
const MAX_BAR = 64;
const NARROW = { width: 320, height: 640 };

const { languages } = JSON.parse(readFileSync(join(ROOT, 'locales', 'languages.json'), 'utf8'));
const CODES = languages.map((l) => l.code);

const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Waits until the outcome shows in `code`, the professionals' lazy parts included. */
async function settled(page, code, professional) {
  await page.waitForFunction(
    (c) =>
      document.documentElement.lang === c &&
      document.querySelector('[data-action="language"][aria-current="true"]')?.getAttribute('data-lang') === c,
    code,
    { timeout: 10_000 },
  );
  if (professional) await page.locator('[data-summary]').waitFor({ state: 'visible' });
  await frames(page);
}

/** Switches the outcome page to `code` in place, as a reader does from the language list. */
async function switchTo(page, code, professional) {
  await page.locator(`[data-action="language"][data-lang="${code}"]`).first().click();
  await settled(page, code, professional);
}

/** The problems with one language's measures (none: []). */
function problemsOf(code, m, sideways) {
  const p = [];
  if (!m.tel) p.push(`${code}: no call link inside [data-outcome]`);
  else {
    if (!m.tel.visible || !m.tel.inFirstContact) p.push(`${code}: the first call link is not the first contact's, or hidden`);
    if (m.tel.bottom > FIRST_SCREEN) p.push(`${code}: first call link bottom ${Math.round(m.tel.bottom)} px > ${FIRST_SCREEN}`);
  }
  if (m.openDetails !== 0) p.push(`${code}: ${m.openDetails} disclosure(s) open`);
  if (m.page > MAX_PAGE) p.push(`${code}: page ${m.page} px with nothing opened > ${MAX_PAGE}`);
  if (!m.bar || m.bar.height > MAX_BAR) p.push(`${code}: sticky bar ${Math.round(m.bar?.height ?? -1)} px > ${MAX_BAR}`);
  if (sideways) p.push(`${code} at 320 px: ${sideways}`);
  return p;
}

/** The outcomes × languages for one role, each outcome in a test of its own. */
export function heightsSuite(role) {
  const measured = new Map(); // `${code} ${outcome}` → { tel, page }
  const session = useBrowser(() => printTable(role, measured));
  // Three walks at a time: most of a walk is waiting for the next screen.
  describe(`outcome heights at 360×740 in every language, ${role}`, { concurrency: 3 }, () => {
    OUTCOMES.forEach((outcome, i) => {
      // Spread the walks' languages over the roles' files: every language is walked at least once.
      const walkLang = CODES[(ROLES.indexOf(role) * OUTCOMES.length + i) % CODES.length];
      test(`${outcome} (walked in ${walkLang})`, async () => {
        const { context, page, rec } = await openPage(session.browser, { viewport: MOBILE });
        const professional = role === 'professional' && outcome !== 'emergency';
        try {
          await open(page, walkLang);
          const reached = await walkToOutcome(page, rec, { ...LONGEST[outcome], role });
          assert.equal(reached, outcome, `the answers for ${outcome} led to ${reached}`);
          await settled(page, walkLang, professional);
          const walked = await measure(page);

          const problems = [];
          for (const code of [walkLang, ...CODES.filter((c) => c !== walkLang)]) {
            if (code !== walkLang) await switchTo(page, code, professional);
            const m = code === walkLang ? walked : await measure(page);
            await page.setViewportSize(NARROW);
            await frames(page);
            const sideways = await overflow(page);
            await page.setViewportSize(MOBILE);
            await frames(page);
            measured.set(`${code} ${outcome}`, {
              tel: Math.round(m.tel?.bottom ?? -1),
              page: m.page,
              bar: Math.round(m.bar?.height ?? -1),
            });
            problems.push(...problemsOf(code, m, sideways));
          }

          await switchTo(page, walkLang, professional);
          const back = await measure(page);
          assert.equal(back.page, walked.page, `${walkLang}: page height after switching through every language and back`);
          assert.equal(back.tel?.bottom, walked.tel?.bottom, `${walkLang}: call link after switching back`);
          assert.equal(problems.length, 0, `${role} ${outcome}:\n${problems.join('\n')}`);
          assert.deepEqual(rec.errors, [], 'uncaught errors');
        } finally {
          await context.close();
        }
      });
    });
  });
}

/** One row per language: "first call link bottom / page height" per outcome, the worst of each, and the bar. */
function printTable(role, measured) {
  const prefix = `# outcome-heights ${role}:`;
  const cell = (m) => (m ? `${m.tel}/${m.page}` : '–').padEnd(10);
  console.log(`${prefix} first call link bottom / page height at 360×740, px (limits ${FIRST_SCREEN} / ${MAX_PAGE}; bar ${MAX_BAR})`);
  console.log(`${prefix} lang ${OUTCOMES.map((o) => o.slice(0, 10).padEnd(10)).join(' ')} worst      bar`);
  for (const code of CODES) {
    const row = OUTCOMES.map((o) => measured.get(`${code} ${o}`));
    const got = row.filter(Boolean);
    const worst = got.length ? `${Math.max(...got.map((m) => m.tel))}/${Math.max(...got.map((m) => m.page))}` : '–';
    const bar = got.length ? Math.max(...got.map((m) => m.bar)) : '–';
    console.log(`${prefix} ${code.padEnd(4)} ${row.map(cell).join(' ')} ${worst.padEnd(10)} ${bar}`);
  }
}
