// "Help in ten screens", items 4 and 5: the outcome page starts with what to do, and the sticky bar
// stays small. At a 360×740 phone viewport in Chromium, for each outcome the flow can reach, in nb
// and en, for the roles self, other and professional:
//   - the first call link (a[href^="tel:"]) inside [data-outcome] belongs to the first contact, is
//     visible, and its bottom is at most 740 px from the top of the page (the first screen);
//   - with no <details> open, the page is at most 2,960 px tall (four screens);
//   - the sticky bar (the sticky ancestor of the quick exit) is at most 64 px tall, holds the quick
//     exit and the emergency call link in one row, and the quick exit is the first focusable element;
//   - printing opens every <details> and closing the print closes them again;
//   - Tab through the whole outcome and Shift+Tab back: the bar never covers the focused element
//     (trafficking-signs, the longest page, for self and professional);
//   - with every disclosure opened (as for print), axe finds nothing (trafficking-signs and
//     child-at-risk for self, which hold every guidance topic between them, and trafficking-signs for
//     professional; the a11y suite scans the pages as they open).
// The measured heights are printed per outcome, role and language.
//
// The walks and measures are in outcome-walk.mjs; outcome-heights-*.test.mjs check the heights in
// every other language. Driven only by the hooks in shared/design/test-contract.md.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS, MOBILE, axeReport, open, openPage, useBrowser } from './lib.mjs';
import { LONGEST as SCENARIOS, OUTCOMES, ROLES, measure, walkToOutcome } from './outcome-walk.mjs';

const FIRST_SCREEN = MOBILE.height; // 740
const MAX_PAGE = 4 * FIRST_SCREEN; // 2,960
const MAX_BAR = 64;

const measured = [];
const session = useBrowser(() => {
  console.log('# outcome-layout: heights at 360×740 (first call link bottom / page height with nothing opened / sticky bar)');
  const order = (m) => [LANGS.indexOf(m.lang), ROLES.indexOf(m.role), OUTCOMES.indexOf(m.outcome)];
  const sorted = [...measured].sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
  for (const m of sorted) {
    console.log(
      `# outcome-layout: ${m.lang} ${m.role.padEnd(12)} ${m.outcome.padEnd(18)} first tel bottom ${m.telBottom} px, page ${m.page} px, bar ${m.bar} px, contacts ${m.contacts}, guidance ${m.guidance}`,
    );
  }
});

/**
 * Tabs through every focusable element of the page and back (Shift+Tab), and returns each stop
 * the sticky bar covers (in part) or that is off the bottom of the viewport.
 */
async function focusCovered(page) {
  const problems = [];
  const stops = await page.evaluate(
    () =>
      [...document.querySelectorAll('a[href], button, input, summary, [tabindex="0"]')].filter(
        (el) => el.tabIndex >= 0 && el.checkVisibility(),
      ).length,
  );
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < stops + 2; i += 1) {
      await page.keyboard.press(key);
      const p = await page.evaluate(() => {
        const a = document.activeElement;
        if (!a || a === document.body) return null;
        let bar = document.querySelector('a[data-action="quick-exit"]');
        while (bar && getComputedStyle(bar).position !== 'sticky') bar = bar.parentElement;
        if (!bar || bar.contains(a)) return null;
        const r = a.getBoundingClientRect();
        const barBottom = bar.getBoundingClientRect().bottom;
        if (r.height === 0) return null;
        const label = `<${a.tagName.toLowerCase()}> "${(a.textContent ?? '').trim().slice(0, 30)}"`;
        if (r.top < barBottom - 0.5) return `${label}: top ${Math.round(r.top)} under the bar (bottom ${Math.round(barBottom)})`;
        if (r.bottom > window.innerHeight + 0.5) return `${label}: bottom ${Math.round(r.bottom)} below the viewport`;
        return null;
      });
      if (p) problems.push(`${key}: ${p}`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------- tests

for (const lang of LANGS) {
  for (const role of ROLES) {
    // Three walks at a time: most of a walk is waiting for the next screen, and the file must end within the runner's 240 s.
    describe(`outcome layout at 360×740, ${lang}, ${role}`, { concurrency: 3 }, () => {
      for (const [outcome, answers] of Object.entries(SCENARIOS)) {
        test(outcome, async () => {
          const { context, page, rec } = await openPage(session.browser, { viewport: MOBILE });
          try {
            await open(page, lang);
            const reached = await walkToOutcome(page, rec, { ...answers, role });
            assert.equal(reached, outcome, `the answers for ${outcome} led to ${reached}`);
            // The professionals' parts load lazily: measure once they are there.
            if (role === 'professional' && outcome !== 'emergency') await page.locator('[data-summary]').waitFor({ state: 'visible' });
            const m = await measure(page);
            measured.push({
              lang,
              role,
              outcome,
              telBottom: Math.round(m.tel?.bottom ?? -1),
              page: m.page,
              bar: Math.round(m.bar?.height ?? -1),
              contacts: m.contacts,
              guidance: m.guidance,
            });

            assert.ok(m.tel, 'a call link inside [data-outcome]');
            assert.ok(m.tel.visible && m.tel.inFirstContact, 'the first call link is the first contact’s, and visible');
            assert.ok(m.tel.bottom <= FIRST_SCREEN, `first call link bottom ${Math.round(m.tel.bottom)} px, at most ${FIRST_SCREEN}`);
            assert.equal(m.openDetails, 0, 'no disclosure is open when the outcome shows');
            assert.ok(m.page <= MAX_PAGE, `page height ${m.page} px with nothing opened, at most ${MAX_PAGE}`);
            assert.ok(m.bar, 'the quick exit sits in a sticky bar');
            assert.ok(m.bar.height <= MAX_BAR, `sticky bar ${Math.round(m.bar.height)} px tall, at most ${MAX_BAR}`);
            assert.ok(m.call && m.oneRow, 'the quick exit and the emergency call link are in one row of the bar');
            assert.ok(m.exitFirst, 'the quick exit is the first focusable element');

            // Printing opens every disclosure (emulated print media fires no beforeprint: the media query does it) and closes them after.
            await page.emulateMedia({ media: 'print' });
            await page.waitForFunction(() => [...document.querySelectorAll('[data-outcome] details')].every((d) => d.open), null, {
              timeout: 2_000,
            });
            await page.emulateMedia({ media: 'screen' });
            await page.waitForFunction(() => document.querySelectorAll('[data-outcome] details[open]').length === 0, null, {
              timeout: 2_000,
            });

            // The longest pages, with and without the professionals' parts (a Tab round trip takes a while).
            if (outcome === 'trafficking-signs' && role !== 'other') {
              const covered = await focusCovered(page);
              assert.deepEqual(covered, [], `the sticky bar covers the focused element:\n${covered.join('\n')}`);
            }

            // Between them, these pages hold every guidance topic, the contact cards and the professionals' parts.
            if (
              (role === 'self' && ['trafficking-signs', 'child-at-risk'].includes(outcome)) ||
              (role === 'professional' && outcome === 'trafficking-signs')
            ) {
              // Everything inside the disclosures, opened as for print.
              await page.evaluate(() => document.querySelectorAll('[data-outcome] details').forEach((d) => (d.open = true)));
              const report = await axeReport(page, `${outcome} (${lang}, ${role}) with every disclosure open`);
              assert.equal(report, '', report);
            }
            assert.deepEqual(rec.errors, [], 'uncaught errors');
          } finally {
            await context.close();
          }
        });
      }
    });
  }
}
