// Issue 4 (3): full walks with the keyboard only — Tab to move, Space to check, arrow keys to
// pick within a radio group, Enter on buttons — asserting after every step that focus is on the
// new screen's h1 (document.activeElement is the h1). Group screens are answered whole: every
// question shown, follow-ups opened in place included, with the answers the acceptance suite gives
// (signs in a tick list: Space on "yes" or "not sure"; a list with nothing ticked: Space on "none
// of these").
//
//   en: role=self, danger=yes → emergency → resume (keyboard) → … → trafficking-signs
//   nb: child-at-risk, with checkboxes for purpose
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  SCENARIOS,
  describeActive,
  open,
  openPage,
  outcomeIds,
  plannedAnswer,
  screenKey,
  useBrowser,
  visibleQuestionIds,
  waitForScreenChange,
} from './lib.mjs';

let steps = 0;
/** Key presses that answered: Space on a sign's checkbox, on "none of these", arrows in a radio group. */
const pressed = { sign: 0, none: 0, arrow: 0 };
const session = useBrowser(() => console.log(`# keyboard: ${steps} screens reached by keyboard, focus checked on each`));

// A tick-list screen has two checkboxes a sign, and the language links follow the form.
const MAX_TABS = 150;

async function activeMatches(page, selector) {
  return page.evaluate((sel) => !!document.activeElement && document.activeElement.matches(sel), selector);
}

/** Presses Tab until the focused element matches `selector`. */
async function tabTo(page, selector, where) {
  for (let i = 0; i < MAX_TABS; i += 1) {
    if (await activeMatches(page, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector} on ${where} (focus is on ${await describeActive(page)})`);
}

/** After a key press that should open a new screen: wait for it, then assert focus is on its h1. */
async function expectNewScreen(page, before, action) {
  await waitForScreenChange(page, before, action);
  const key = await screenKey(page);
  // Focus is moved in an effect after render: give it a moment, then assert.
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: 2_000, polling: 'raf' }).catch(() => {});
  const focus = await page.evaluate(() => {
    const a = document.activeElement;
    const h1s = [...document.querySelectorAll('h1')].filter((h) => h.getClientRects().length > 0);
    return { isH1: a?.tagName === 'H1', isScreenH1: h1s.length > 0 && a === h1s[0], h1s: h1s.length };
  });
  assert.ok(
    focus.isH1,
    `after ${action}, the new screen ${key} should have focus on its h1, but focus is on ${await describeActive(page)}`,
  );
  assert.ok(focus.isScreenH1, `after ${action}, focus is on an h1 that is not the screen's heading (${focus.h1s} visible h1)`);
  steps += 1;
  return key;
}

async function pressContinue(page, key) {
  await tabTo(page, '[data-action="continue"]', key);
  await page.keyboard.press('Enter');
  return expectNewScreen(page, key, 'Enter on continue');
}

/** Tabs to the input and presses Space on it: checks a box, or picks a radio Tab landed on. */
async function spaceOn(page, selector, where) {
  await tabTo(page, selector, where);
  await page.keyboard.press('Space');
}

/** The values of the checked inputs named `name`, sorted. */
async function checkedOf(page, name) {
  return (await page.$$eval(`input[name="${name}"]:checked`, (els) => els.map((e) => e.value))).sort();
}

/**
 * Answers every question the screen shows as the acceptance suite does (lib.mjs plannedAnswer),
 * by keyboard only: Tab to a radio group and the arrow keys within it; Tab to a checkbox and
 * Space. Questions are taken in the order they show, again after each answer, so that a
 * follow-up opened in place is answered too; a tick list with nothing ticked gets "none of these",
 * by Space as well.
 */
async function answerByKeyboard(page, key, answers) {
  const done = new Set();
  for (let round = 0; round < 60; round += 1) {
    const id = (await visibleQuestionIds(page)).find((q) => !done.has(q));
    if (!id) break;
    done.add(id);
    const plan = await plannedAnswer(page, id, answers);
    if (plan.type === 'checkbox') {
      for (const v of plan.want) {
        await spaceOn(page, `input[type="checkbox"][name="${id}"][value="${v}"]`, `${key} (${id})`);
        if (plan.sign) pressed.sign += 1;
      }
      assert.deepEqual(await checkedOf(page, id), [...plan.want].sort(), `checkboxes of ${id} on ${key}`);
      continue;
    }
    await tabTo(page, `input[type="radio"][name="${id}"]`, `${key} (${id})`);
    // Tab lands on the first radio of an unanswered group; Space checks it, arrows move and check.
    for (let i = 0; i < 8; i += 1) {
      const v = await page.evaluate(() => document.activeElement.value);
      if (v === plan.want) {
        await page.keyboard.press('Space');
        break;
      }
      await page.keyboard.press('ArrowDown');
      pressed.arrow += 1;
    }
    assert.deepEqual(await checkedOf(page, id), [plan.want], `radio ${id} on ${key}`);
  }
  assert.ok(done.size > 0, `no question answered on ${key}`);
  for (const list of await page.$$eval('[data-list]', (els) => els.map((e) => e.getAttribute('data-list')))) {
    const inList = `[data-list="${list}"]`;
    if ((await page.locator(`${inList} input:checked`).count()) > 0) continue;
    await spaceOn(page, `${inList} input[type="checkbox"][value="none"]`, `${key} (list ${list})`);
    assert.equal(await page.locator(`${inList} input[value="none"]:checked`).count(), 1, `"none of these" in ${list} on ${key}`);
    pressed.none += 1;
  }
}

async function keyboardWalk(page, answers) {
  let key = await screenKey(page);
  let resume = !!answers.resume;
  for (let i = 0; i < 60; i += 1) {
    if (key.startsWith('o:')) {
      if (key === 'o:emergency' && resume) {
        resume = false;
        await tabTo(page, '[data-action="resume"]', key);
        await page.keyboard.press('Enter');
        key = await expectNewScreen(page, key, 'Enter on resume');
        continue;
      }
      return key;
    }
    if (key.startsWith('q:') || key.startsWith('qs:')) await answerByKeyboard(page, key, answers);
    key = await pressContinue(page, key);
  }
  throw new Error('no outcome reached by keyboard');
}

test('keyboard only, en: emergency, resume, trafficking-signs', async () => {
  const { context, page } = await openPage(session.browser);
  try {
    await open(page, 'en');
    const answers = { ...SCENARIOS['trafficking-signs'].answers, 'immediate-danger': 'yes', resume: true };
    const end = await keyboardWalk(page, answers);
    assert.equal(end, 'o:trafficking-signs');
    assert.ok(
      pressed.sign > 0 && pressed.none > 0 && pressed.arrow > 0,
      `signs ticked, a "none of these" and a radio by arrows: ${JSON.stringify(pressed)}`,
    );
    const ids = await outcomeIds(page);
    SCENARIOS['trafficking-signs'].check(ids, assert);
  } finally {
    await context.close();
  }
});

test('keyboard only, nb: child-at-risk with checkboxes', async () => {
  const { context, page } = await openPage(session.browser);
  try {
    await open(page, 'nb');
    const end = await keyboardWalk(page, SCENARIOS['child-at-risk'].answers);
    assert.equal(end, 'o:child-at-risk');
    SCENARIOS['child-at-risk'].check(await outcomeIds(page), assert);
  } finally {
    await context.close();
  }
});
