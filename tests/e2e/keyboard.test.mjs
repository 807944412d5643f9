// Issue 4 (3): full walks with the keyboard only — Tab to move, Space to check, arrow keys to
// pick within a radio group, Enter on buttons — asserting after every step that focus is on the
// new screen's h1 (document.activeElement is the h1).
//
//   en: role=self, danger=yes → emergency → resume (keyboard) → … → trafficking-signs
//   nb: child-at-risk, with checkboxes for purpose
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SCENARIOS, describeActive, open, openPage, outcomeIds, screenKey, useBrowser, waitForScreenChange } from './lib.mjs';

let steps = 0;
const session = useBrowser(() => console.log(`# keyboard: ${steps} screens reached by keyboard, focus checked on each`));

const MAX_TABS = 60;

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

async function answerByKeyboard(page, key, answers) {
  const id = key.slice(2);
  const type = await page.locator(`[data-question="${id}"] input`).first().getAttribute('type');
  if (type === 'checkbox') {
    const want = answers[id] ?? ['other'];
    // Tab through the boxes in order and press Space on each one wanted.
    const seen = new Set();
    for (let i = 0; i < MAX_TABS; i += 1) {
      await page.keyboard.press('Tab');
      const v = await page.evaluate((name) => {
        const a = document.activeElement;
        return a && a.tagName === 'INPUT' && a.name === name ? { value: a.value, checked: a.checked } : null;
      }, id);
      if (!v) {
        if (seen.size > 0) break;
        continue;
      }
      seen.add(v.value);
      if (want.includes(v.value) && !v.checked) await page.keyboard.press('Space');
    }
    const checked = await page.$$eval(`input[name="${id}"]:checked`, (els) => els.map((e) => e.value));
    assert.deepEqual(checked.sort(), [...want].sort(), `checkboxes on ${key}`);
    return;
  }
  const want = answers[id] ?? 'no';
  await tabTo(page, `input[type="radio"][name="${id}"]`, key);
  // Tab lands on the first radio of an unanswered group; Space checks it, arrows move and check.
  for (let i = 0; i < 8; i += 1) {
    const v = await page.evaluate(() => document.activeElement.value);
    if (v === want) {
      await page.keyboard.press('Space');
      break;
    }
    await page.keyboard.press('ArrowDown');
  }
  const checked = await page.$$eval(`input[name="${id}"]:checked`, (els) => els.map((e) => e.value));
  assert.deepEqual(checked, [want], `radio on ${key}`);
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
    if (key.startsWith('q:')) await answerByKeyboard(page, key, answers);
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
