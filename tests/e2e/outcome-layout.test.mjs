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
// The walk answers every visible [data-question] on each screen (radio or checkbox; again after each
// round, so a follow-up revealed in place is answered too), ticks an exclusive value="none" box in a
// list where nothing else is ticked, and presses Continue. It keeps working when the flow groups
// several questions on one screen. Driven only by the hooks in shared/design/test-contract.md.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS, MOBILE, axeReport, clickContinue, open, openPage, screenKey, useBrowser } from './lib.mjs';

const FIRST_SCREEN = MOBILE.height; // 740
const MAX_PAGE = 4 * FIRST_SCREEN; // 2,960
const MAX_BAR = 64;

const measured = [];
const session = useBrowser(() => {
  console.log('# outcome-layout: heights at 360×740 (first call link bottom / page height with nothing opened / sticky bar)');
  const order = (m) => [LANGS.indexOf(m.lang), ROLES.indexOf(m.role), Object.keys(SCENARIOS).indexOf(m.outcome)];
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

/** Questions that are not signs (the contract's named questions); every other yes/no/unsure question is a sign. */
const NOT_SIGNS = ['role', 'immediate-danger', 'under-18', 'purpose', 'has-residence-permit', 'wants-to-return'];

/**
 * Answers for each outcome, chosen to show as many contacts and guidance topics as the outcome can
 * (the longest page): danger "not sure", sexual and labour exploitation, no residence permit, wanting
 * to go home. A sign not listed is answered "no", any other question "not sure".
 */
const HEAVY = {
  'immediate-danger': 'unsure',
  'under-18': 'no',
  purpose: ['sex', 'work'],
  'no-legal-status': 'yes',
  'wants-to-return': 'yes',
};
const SCENARIOS = {
  emergency: { 'immediate-danger': 'yes' },
  'child-at-risk': { ...HEAVY, 'under-18': 'yes', 'forced-sex': 'yes', 'excessive-hours': 'yes', violence: 'yes' },
  'trafficking-signs': {
    ...HEAVY,
    'deceived-job': 'yes',
    'deceived-conditions': 'yes',
    'excessive-hours': 'yes',
    'low-or-no-pay': 'yes',
    'documents-withheld': 'yes',
    'debt-bondage': 'yes',
    violence: 'yes',
    'forced-sex': 'yes',
  },
  // Dimensions 4 and 5 but none of 1–3: exploitation, not trafficking.
  // Exploitative conditions and deception, but no firm sign of coercion: not trafficking by § 257.
  'exploitation-signs': {
    ...HEAVY,
    'deceived-job': 'yes',
    'deceived-conditions': 'yes',
    'excessive-hours': 'yes',
    'low-or-no-pay': 'yes',
    'wages-withheld': 'yes',
    threats: 'unsure',
  },
  'no-clear-signs': { 'immediate-danger': 'unsure', 'under-18': 'no', purpose: ['work', 'marriage'] },
};
const ROLES = ['self', 'other', 'professional'];

// ---------------------------------------------------------------- the walk

/**
 * Answers every visible, not yet answered question on the screen, in the page (one round trip):
 * again after each round, so a follow-up revealed in place is answered too; then ticks each visible
 * "none of these" box whose list has nothing else ticked. Returns the ids answered.
 */
function answerScreenInPage({ answers, notSigns }) {
  const visible = (el) => el.checkVisibility() && getComputedStyle(el).visibility !== 'hidden';
  const done = new Set();
  for (let round = 0; round < 20; round += 1) {
    const pending = [...document.querySelectorAll('[data-question]')].filter(
      (el) => visible(el) && !done.has(el.getAttribute('data-question')),
    );
    if (pending.length === 0) break;
    for (const el of pending) {
      const id = el.getAttribute('data-question');
      done.add(id);
      const inputs = [...el.querySelectorAll('input[type="radio"], input[type="checkbox"]')];
      const values = inputs.map((i) => i.value);
      const type = inputs[0]?.type;
      const sign =
        el.getAttribute('data-kind') === 'sign' || (!notSigns.includes(id) && values.every((v) => ['yes', 'no', 'unsure'].includes(v)));
      const want = answers[id] ?? (sign ? 'no' : 'unsure');
      const tick = (value) => {
        const input = inputs.find((i) => i.value === value);
        if (!input) throw new Error(`question ${id} has no answer "${value}" (answers: ${values.join(', ')})`);
        if (!input.checked) input.click();
      };
      if (type === 'radio') tick(values.includes(want) ? want : 'unsure');
      else if (type === 'checkbox' && sign) {
        // A row of a tick list: ticked "yes" means yes, unticked means no; "not sure" is its own box.
        if (want === 'yes' || (want === 'unsure' && !values.includes('unsure'))) tick('yes');
        else if (want === 'unsure') tick('unsure');
      } else if (type === 'checkbox') {
        const wanted = (Array.isArray(want) ? want : [want]).filter((v) => values.includes(v));
        const fallback = ['none', 'unsure', 'other'].find((v) => values.includes(v));
        for (const v of wanted.length > 0 ? wanted : [fallback]) tick(v);
      }
    }
  }
  for (const box of document.querySelectorAll('input[type="checkbox"][value="none"]')) {
    if (box.checked || !visible(box)) continue;
    const list = box.closest('fieldset') ?? box.closest('[data-question]')?.parentElement ?? box.parentElement;
    if (![...list.querySelectorAll('input[type="checkbox"]')].some((b) => b !== box && b.checked)) box.click();
  }
  return [...done];
}

/** From the start screen to an outcome; returns the outcome id. */
async function walkToOutcome(page, rec, answers) {
  let key = await screenKey(page);
  for (let step = 0; step < 60; step += 1) {
    if (key.startsWith('o:')) return key.slice(2);
    await page.evaluate(answerScreenInPage, { answers, notSigns: NOT_SIGNS });
    key = await clickContinue(page, rec);
  }
  throw new Error(`no outcome after 60 screens (last: ${key})`);
}

// ---------------------------------------------------------------- measures

/** The sticky bar, the first call link and the page height; with the page scrolled to the top. */
async function measure(page) {
  return page.evaluate(() => {
    window.scrollTo(0, 0);
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY, height: r.height };
    };
    const outcome = document.querySelector('[data-outcome]');
    const tel = outcome.querySelector('a[href^="tel:"]');
    const firstContact = outcome.querySelector('[data-contact]');
    const exit = document.querySelector('a[data-action="quick-exit"]');
    let bar = exit;
    while (bar && !['sticky', 'fixed'].includes(getComputedStyle(bar).position)) bar = bar.parentElement;
    const call = bar ? bar.querySelector('a[href^="tel:"]') : null;
    const focusable = [
      ...document.querySelectorAll('a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, [tabindex]'),
    ].filter((el) => el.tabIndex >= 0 && el.checkVisibility());
    const e = exit.getBoundingClientRect();
    const c = call?.getBoundingClientRect();
    return {
      tel: tel ? { ...box(tel), visible: tel.checkVisibility(), inFirstContact: !!firstContact && firstContact.contains(tel) } : null,
      page: document.documentElement.scrollHeight,
      openDetails: document.querySelectorAll('details[open]').length,
      bar: bar ? { ...box(bar), sticky: true } : null,
      call: !!call,
      // One row: the two boxes share a horizontal band.
      oneRow: !!c && e.top < c.bottom && c.top < e.bottom,
      exitFirst: focusable[0] === exit,
      contacts: outcome.querySelectorAll('[data-contact]').length,
      guidance: outcome.querySelectorAll('[data-guidance]').length,
    };
  });
}

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
