// Moving about without losing the way: the Back control and the browser's Back go to the previous
// screen with its answers kept (a group screen keeps every answer on it); the language links at
// the foot keep answers and set <html lang>; Change on check-answers goes to the question and comes
// back; Restart forgets everything; after the emergency outcome, Resume goes on to the screen that
// asks under-18.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  SCENARIOS,
  advance,
  answerCurrent,
  checkedValues,
  clickContinue,
  open,
  openPage,
  outcomeIds,
  screenKey,
  storageProblems,
  useBrowser,
  walk,
  walkTo,
} from './lib.mjs';

const session = useBrowser();

/** start → role=other → immediate-danger=no → the group screen that asks under-18 (and purpose) */
async function toUnder18(page, rec) {
  await clickContinue(page, rec);
  await answerCurrent(page, { role: 'other' });
  await clickContinue(page, rec);
  await answerCurrent(page, { 'immediate-danger': 'no' });
  const key = await clickContinue(page, rec);
  assert.equal(key, 'qs:under-18');
}

test('Back control and browser Back return to the previous screen with its answers', async () => {
  const { context, page, rec } = await openPage(session.browser);
  try {
    await open(page, 'en');
    await toUnder18(page, rec);
    const back = page.locator('[data-action="back"]:visible').first();
    assert.equal(await back.count(), 1, 'a visible data-action="back" on a question page');
    let key = await advance(page, rec, () => back.click());
    assert.equal(key, 'q:immediate-danger');
    assert.deepEqual(await checkedValues(page, 'immediate-danger'), ['no']);
    key = await clickContinue(page, rec);
    assert.equal(key, 'qs:under-18');

    // A group screen: every answer on it comes back after Back.
    await answerCurrent(page, { 'under-18': 'no', purpose: ['work', 'begging'] });
    key = await clickContinue(page, rec);
    assert.equal(key, 'qs:deceived-job');
    key = await advance(page, rec, () => page.locator('[data-action="back"]:visible').first().click());
    assert.equal(key, 'qs:under-18');
    assert.deepEqual(await checkedValues(page, 'under-18'), ['no']);
    assert.deepEqual((await checkedValues(page, 'purpose')).sort(), ['begging', 'work']);
    key = await clickContinue(page, rec);
    assert.equal(key, 'qs:deceived-job');
    key = await advance(page, rec, () => page.goBack());
    assert.equal(key, 'qs:under-18', 'browser Back goes to the previous screen');
    assert.deepEqual((await checkedValues(page, 'purpose')).sort(), ['begging', 'work']);

    key = await advance(page, rec, () => page.goBack());
    assert.equal(key, 'q:immediate-danger', 'browser Back goes to the previous question');
    assert.deepEqual(await checkedValues(page, 'immediate-danger'), ['no']);
    key = await advance(page, rec, () => page.goBack());
    assert.equal(key, 'q:role', 'browser Back again');
    assert.deepEqual(await checkedValues(page, 'role'), ['other']);
    assert.deepEqual(rec.errors, []);
  } finally {
    await context.close();
  }
});

test('the language picker keeps the answers and sets <html lang>', async () => {
  const { context, page, rec } = await openPage(session.browser);
  try {
    await open(page, 'nb');
    await toUnder18(page, rec);
    await answerCurrent(page, { 'under-18': 'unsure', purpose: ['sex'] });
    const h1Before = await page.locator('h1').first().innerText();
    const urlBefore = page.url();
    // Every language is a link at the foot of the screen; the switch happens in place.
    const link = page.locator('a[data-action="language"][data-lang="en"]');
    assert.equal(await link.count(), 1, 'one language link for en');
    await link.click();
    await page
      .waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: 10_000 })
      .catch(() => {
        throw new Error(`<html lang> did not become "en" after the click; console errors: ${rec.consoleErrors.join(' | ') || 'none'}`);
      });
    await page.waitForFunction((t) => document.querySelector('h1')?.innerText !== t, h1Before, { timeout: 10_000 });
    assert.equal(page.url(), urlBefore, 'no navigation to the static page of the language');
    assert.equal(await screenKey(page), 'qs:under-18', 'still on the same screen');
    assert.deepEqual(await checkedValues(page, 'under-18'), ['unsure'], 'the answers on screen are kept');
    assert.deepEqual(await checkedValues(page, 'purpose'), ['sex'], 'the answers on screen are kept');
    const key = await advance(page, rec, () => page.locator('[data-action="back"]:visible').first().click());
    assert.equal(key, 'q:immediate-danger');
    assert.deepEqual(await checkedValues(page, 'immediate-danger'), ['no'], 'earlier answers are kept');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.deepEqual(await storageProblems(page, context), [], 'the language choice is not stored either');
  } finally {
    await context.close();
  }
});

test('Change on check-answers goes to the question and back to check-answers', async () => {
  const { context, page, rec } = await openPage(session.browser);
  try {
    await open(page, 'en');
    const answers = SCENARIOS['no-clear-signs'].answers;
    // Walk to check-answers (stop before its continue).
    let key = await walkTo(page, rec, answers, 'check', 40);
    assert.equal(key, 'check');
    const change = page.locator('[data-action="change"][data-change="role"]:visible').first();
    assert.equal(await change.count(), 1, 'a Change control for role');
    key = await advance(page, rec, () => change.click());
    assert.equal(key, 'q:role');
    assert.deepEqual(await checkedValues(page, 'role'), ['other']);
    await answerCurrent(page, { role: 'professional' });
    key = await clickContinue(page, rec);
    // Answered questions are passed over on the way back.
    for (let i = 0; i < 40 && key !== 'check' && (key.startsWith('q:') || key.startsWith('qs:')); i += 1) {
      await answerCurrent(page, answers);
      key = await clickContinue(page, rec);
    }
    assert.equal(key, 'check', 'back on check-answers after the change');
    key = await clickContinue(page, rec);
    assert.equal(key, 'o:no-clear-signs');
  } finally {
    await context.close();
  }
});

test('Restart forgets every answer', async () => {
  const { context, page, rec } = await openPage(session.browser);
  try {
    await open(page, 'en');
    await walk(page, rec, SCENARIOS['exploitation-signs'].answers);
    const restart = page.locator('[data-action="restart"]:visible').first();
    assert.equal(await restart.count(), 1, 'a visible data-action="restart" on the outcome');
    let key = await advance(page, rec, () => restart.click());
    if (!key.startsWith('q:')) key = await clickContinue(page, rec);
    assert.equal(key, 'q:role');
    assert.deepEqual(await checkedValues(page, 'role'), []);
  } finally {
    await context.close();
  }
});

test('after the emergency outcome, resume goes on to the under-18 screen and a full outcome', async () => {
  const { context, page, rec } = await openPage(session.browser);
  try {
    await open(page, 'nb');
    const answers = { ...SCENARIOS['child-at-risk'].answers, 'immediate-danger': 'yes', resume: true };
    const keys = await walk(page, rec, answers);
    const i = keys.indexOf('o:emergency');
    assert.ok(i > 0, `emergency reached: ${keys.join(' → ')}`);
    assert.equal(keys[i + 1], 'qs:under-18');
    const ids = await outcomeIds(page);
    assert.equal(ids.outcome, 'child-at-risk');
    assert.ok(ids.contacts.includes('no-112'), `with danger, child-at-risk lists 112 (${ids.contacts})`);
  } finally {
    await context.close();
  }
});
