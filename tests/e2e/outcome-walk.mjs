// The walks to the longest page of each outcome and the measures of the first phone screen, shared by
// outcome-layout.test.mjs (nb and en, with focus, print and axe) and outcome-heights-suite.mjs (every
// language). Driven only by the hooks in shared/design/test-contract.md.
import { clickContinue, screenKey } from './lib.mjs';

export const ROLES = ['self', 'other', 'professional'];

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
export const LONGEST = {
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
export const OUTCOMES = Object.keys(LONGEST);

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
export async function walkToOutcome(page, rec, answers) {
  let key = await screenKey(page);
  for (let step = 0; step < 60; step += 1) {
    if (key.startsWith('o:')) return key.slice(2);
    await page.evaluate(answerScreenInPage, { answers, notSigns: NOT_SIGNS });
    key = await clickContinue(page, rec);
  }
  throw new Error(`no outcome after 60 screens (last: ${key})`);
}

/** The sticky bar, the first call link and the page height; with the page scrolled to the top. */
export async function measure(page) {
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
