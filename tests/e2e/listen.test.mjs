// Read aloud, in Chromium with a stubbed speechSynthesis (the test machine has no voices): a voice on
// the device shows the Listen button and is the one used; with no voice, or only a remote voice
// (localService false, which would send the text off the device), there is no button. It never
// plays by itself, and it stops on a new screen and on quick exit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MOBILE, SCENARIOS, answerCurrent, clickContinue, open, openPage, useBrowser } from './lib.mjs';

const session = useBrowser();

/** Replaces speechSynthesis with a recorder offering these voices. */
function stubSpeech(voices) {
  const calls = [];
  const synth = new EventTarget();
  synth.getVoices = () => voices;
  synth.speak = (u) => calls.push({ type: 'speak', text: u.text, voice: u.voice?.name ?? null, local: u.voice?.localService ?? null });
  synth.cancel = () => {
    calls.push({ type: 'cancel' });
    // Reported to the test as it happens: the quick exit leaves the page right after.
    window.__speechCancelled?.();
  };
  synth.speaking = false;
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = class {
    constructor(text) {
      this.text = text;
    }
  };
  window.__speech = calls;
}

async function atFirstQuestion(voices, lang = 'en') {
  const { context, page, rec } = await openPage(session.browser, { viewport: MOBILE });
  await page.addInitScript(stubSpeech, voices);
  await open(page, lang);
  await clickContinue(page, rec);
  return { context, page, rec };
}

const speech = (page) => page.evaluate(() => window.__speech);

test('a voice on the device: Listen reads the screen with it, only when pressed', async () => {
  const { context, page } = await atFirstQuestion([
    { name: 'Remote English', lang: 'en-US', localService: false },
    { name: 'Local English', lang: 'en-GB', localService: true },
  ]);
  try {
    const listen = page.locator('[data-action="listen"]');
    await listen.waitFor({ state: 'visible' });
    assert.deepEqual((await speech(page)).filter((c) => c.type === 'speak'), [], 'never plays by itself');
    await listen.click();
    const spoken = (await speech(page)).filter((c) => c.type === 'speak');
    assert.equal(spoken.length, 1);
    assert.equal(spoken[0].voice, 'Local English');
    assert.equal(spoken[0].local, true);
    const h1 = await page.locator('h1').innerText();
    assert.ok(spoken[0].text.includes(h1), `reads the heading: ${spoken[0].text}`);
  } finally {
    await context.close();
  }
});

test('no voice for the language: no Listen button', async () => {
  const { context, page } = await atFirstQuestion([{ name: 'Local Norwegian', lang: 'nb-NO', localService: true }]);
  try {
    assert.equal(await page.locator('[data-action="listen"]').count(), 0);
  } finally {
    await context.close();
  }
});

test('only a remote voice: no Listen button, nothing sent', async () => {
  const { context, page } = await atFirstQuestion([{ name: 'Cloud English', lang: 'en-US', localService: false }]);
  try {
    assert.equal(await page.locator('[data-action="listen"]').count(), 0);
    assert.deepEqual((await speech(page)).filter((c) => c.type === 'speak'), []);
  } finally {
    await context.close();
  }
});

test('a Norwegian voice is used for Bokmål (no-NO counts as nb)', async () => {
  const { context, page } = await atFirstQuestion([{ name: 'Local Norsk', lang: 'no-NO', localService: true }], 'nb');
  try {
    await page.locator('[data-action="listen"]').click();
    assert.equal((await speech(page)).find((c) => c.type === 'speak')?.voice, 'Local Norsk');
  } finally {
    await context.close();
  }
});

test('reading stops on the next screen and on quick exit', async () => {
  const { context, page, rec } = await atFirstQuestion([{ name: 'Local English', lang: 'en-GB', localService: true }]);
  try {
    await page.locator('[data-action="listen"]').click();
    const before = (await speech(page)).length;
    await answerCurrent(page, SCENARIOS['no-clear-signs'].answers);
    await clickContinue(page, rec);
    const afterScreen = (await speech(page)).slice(before);
    assert.ok(afterScreen.some((c) => c.type === 'cancel'), `cancelled on the new screen: ${JSON.stringify(afterScreen)}`);
    let cancelled = 0;
    await page.exposeFunction('__speechCancelled', () => {
      cancelled += 1;
    });
    await page.locator('[data-action="quick-exit"]').click();
    await page.waitForURL(/yr\.no/);
    assert.ok(cancelled > 0, 'the quick exit stopped the voice');
  } finally {
    await context.close();
  }
});
