// The professionals' wording (locales/<lang>/pro.json) is a chunk of its own (scripts/lib/text-chunks.ts),
// in the browser against the build: a walk as self never fetches it; a professional's walk does, in
// the language shown, and a language switch on the checklist brings the new language's wording
// with it, so that no key ever shows and the ticks stay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ROOT, SCENARIOS, advance, answerCurrent, clickContinue, open, openPage, screenKey, useBrowser, walk, walkTo } from './lib.mjs';

const session = useBrowser();
const pro = (lang) => JSON.parse(readFileSync(`${ROOT}locales/${lang}/pro.json`, 'utf8'));
/** The languages whose professional chunk (assets/texts-<lang>-pro-<hash>.js) was fetched, in order. */
const proFetched = (rec) => rec.requests.map((r) => /\/assets\/texts-([a-z]+)-pro-[^/]*\.js$/.exec(r.url)?.[1]).filter(Boolean);
/** A key of pro.json on screen: i18next shows a missing "pro:checklist.title" as "checklist.title". */
const RAW_KEY = new RegExp(`\\b(pro:|(${Object.keys(pro('en')).join('|')})\\.[a-zA-Z])`);
const h1 = (page) => page.locator('h1').first();

test('a walk as self to the outcome fetches none of the professionals’ wording', async () => {
  const { context, page, rec } = await openPage(session.browser);
  try {
    await open(page, 'en');
    const keys = await walk(page, rec, { ...SCENARIOS['exploitation-signs'].answers, role: 'self' });
    assert.equal(keys.at(-1), 'o:exploitation-signs');
    assert.ok(rec.requests.some((r) => /\/assets\/texts-en-help-/.test(r.url)), 'the texts chunks are named as expected');
    assert.deepEqual(proFetched(rec), []);
  } finally {
    await context.close();
  }
});

test('a professional who switches language on the checklist sees it in the new language, ticks kept', async () => {
  const { context, page, rec } = await openPage(session.browser);
  try {
    await open(page, 'en');
    await clickContinue(page, rec);
    const way = { role: 'professional', 'immediate-danger': 'no', 'under-18': 'no', purpose: ['work'] };
    assert.equal(await walkTo(page, rec, way, 'qs:under-18', 8), 'qs:under-18');
    assert.deepEqual(proFetched(rec), ['en'], 'fetched once the role "professional" is chosen');
    await answerCurrent(page, way);
    await advance(page, rec, () => page.locator('[data-action="checklist"]').click());
    await h1(page).filter({ hasText: pro('en').checklist.title }).waitFor({ timeout: 10_000 });
    await page.locator('[data-question="fines"] input[value="yes"]').check();

    await page.locator('[data-action="language"][data-lang="nb"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'nb', null, { timeout: 10_000 });
    assert.equal((await h1(page).textContent()).trim(), pro('nb').checklist.title);
    assert.deepEqual(proFetched(rec), ['en', 'nb']);
    assert.equal(await page.locator('[data-question="fines"] input[value="yes"]').isChecked(), true);
    assert.doesNotMatch(await page.locator('body').innerText(), RAW_KEY);

    await advance(page, rec, () => page.locator('[data-action="continue"]').first().click());
    assert.match(await screenKey(page), /^o:/);
    await page.locator('[data-action="interview"]', { hasText: pro('nb').outcome.interview }).waitFor({ timeout: 10_000 });
    assert.doesNotMatch(await page.locator('body').innerText(), RAW_KEY);
    assert.deepEqual(rec.errors, [], 'uncaught errors');
  } finally {
    await context.close();
  }
});
