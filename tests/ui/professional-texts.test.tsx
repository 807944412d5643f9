// @vitest-environment jsdom
/**
 * The professionals' wording (locales/<lang>/pro.json) is a chunk of its own: fetched only once
 * someone answers as a professional, along with a new language when they switch, and never shown
 * as keys while it is on its way.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NAMESPACES, type Language, type Namespace } from '../../src/engine/types';
import { createI18n, loadLanguage, loadProfessionalTexts, preloadLanguage, type TextLoader } from '../../src/i18n/setup';
import { App } from '../../src/ui/app';
import { resetFirstScreen } from '../../src/ui/screen-heading';
import { SCENARIOS } from '../fixtures/scenarios';
import { answer, answerScreen, clickContinue, currentQuestion, heading, outcomeShown, walk } from './walk';

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => cleanup());

// From the project root (vitest's working directory): jsdom's import.meta.url is not a file URL.
const read = (lang: string, ns: string) => JSON.parse(readFileSync(join(process.cwd(), 'locales', lang, `${ns}.json`), 'utf8'));
const proEn = read('en', 'pro');
const proNb = read('nb', 'pro');
/** What a key of pro.json looks like on screen if it were ever shown raw ("checklist.title"). */
const RAW_KEY = new RegExp(`\\b(pro:|(${Object.keys(proEn).join('|')})\\.[a-zA-Z])`);

/**
 * A loader as in the browser, reading the files on disk, that records what it is asked for
 * ("en/ui", "en/pro", …). With `holdPro`, the professionals' wording waits until released.
 */
function recordingLoader({ holdPro = false } = {}) {
  const asked: string[] = [];
  let release = () => {};
  const held = holdPro ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
  const load: TextLoader = async (lang, namespaces) => {
    asked.push(...namespaces.map((ns) => `${lang}/${ns}`));
    if (namespaces.includes('pro')) await held;
    return Object.fromEntries(namespaces.map((ns) => [ns, read(lang, ns)]));
  };
  return { load, asked, release: () => release(), pro: () => asked.filter((a) => a.endsWith('/pro')) };
}

async function renderWith(load: TextLoader, lang: Language = 'en') {
  const i18n = createI18n(load);
  await loadLanguage(i18n, lang);
  resetFirstScreen(false);
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>,
  );
  return { user, i18n };
}

const scenario = SCENARIOS['exploitation-signs'].answers;
const action = (name: string) => document.querySelector<HTMLElement>(`[data-action="${name}"]`);

/** To the screen that offers the checklist, as a professional. */
async function toChecklistOffer(user: UserEvent) {
  await clickContinue(user);
  while (!action('checklist')) await answer(user, { ...scenario, role: 'professional' });
  await answerScreen(user, { ...scenario, role: 'professional' });
}

async function switchTo(user: UserEvent, lang: Language) {
  await user.click(document.querySelector<HTMLElement>(`[data-action="language"][data-lang="${lang}"]`)!);
  await waitFor(() => expect(document.documentElement.lang).toBe(lang));
}

describe('the professionals’ wording is fetched only for professionals', () => {
  it.each(['self', 'other'])('a walk as %s to the outcome, and a language switch there, never fetch it', async (role) => {
    const texts = recordingLoader();
    const { user, i18n } = await renderWith(texts.load);
    expect(texts.asked).toEqual(NAMESPACES.filter((ns) => ns !== 'pro').map((ns) => `en/${ns}`));
    await walk(user, { ...scenario, role });
    await clickContinue(user);
    expect(outcomeShown()).toBe('exploitation-signs');
    await switchTo(user, 'nb');
    expect(texts.pro()).toEqual([]);
    expect(i18n.hasResourceBundle('en', 'pro') || i18n.hasResourceBundle('nb', 'pro')).toBe(false);
  });

  it('choosing the role "professional" fetches it, once, in the language shown', async () => {
    const texts = recordingLoader();
    const { user, i18n } = await renderWith(texts.load);
    await clickContinue(user);
    expect(currentQuestion()).toBe('role');
    expect(texts.pro()).toEqual([]);
    await answer(user, { ...scenario, role: 'professional' });
    await waitFor(() => expect(i18n.hasResourceBundle('en', 'pro')).toBe(true));
    await walk(user, { ...scenario, role: 'professional' });
    expect(texts.pro()).toEqual(['en/pro']);
  });
});

describe('a professional who switches language', () => {
  it('on the checklist, gets the new language’s wording before the switch: never a key, the ticks kept', async () => {
    const texts = recordingLoader();
    const { user, i18n } = await renderWith(texts.load);
    const onSwitch: boolean[] = [];
    i18n.on('languageChanged', (lang) => onSwitch.push(i18n.hasResourceBundle(lang, 'pro')));
    await toChecklistOffer(user);
    await user.click(action('checklist')!);
    await waitFor(() => expect(heading()).toHaveTextContent(proEn.checklist.title));
    await user.click(document.querySelector<HTMLElement>('[data-question="fines"] input[value="yes"]')!);
    await switchTo(user, 'nb');
    expect(onSwitch).toEqual([true]);
    expect(texts.pro()).toEqual(['en/pro', 'nb/pro']);
    expect(heading()).toHaveTextContent(proNb.checklist.title);
    expect(document.querySelector('[data-question="fines"] input[value="yes"]')).toBeChecked();
    expect(document.body.textContent).not.toMatch(RAW_KEY);
  });

  it('on the outcome, sees its professional parts in the new language', async () => {
    const texts = recordingLoader();
    const { user } = await renderWith(texts.load);
    await walk(user, { ...scenario, role: 'professional' });
    await clickContinue(user);
    await waitFor(() => expect(action('interview')).toHaveTextContent(proEn.outcome.interview));
    await switchTo(user, 'nb');
    expect(action('interview')).toHaveTextContent(proNb.outcome.interview);
    expect(screen.getByText(proNb.outcome.assessmentTitle)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(RAW_KEY);
  });
});

describe('until the wording is there', () => {
  it('the checklist says it is loading, never showing a key', async () => {
    const texts = recordingLoader({ holdPro: true });
    const { user } = await renderWith(texts.load);
    await toChecklistOffer(user);
    await user.click(action('checklist')!);
    await screen.findByText('Loading…', { selector: '[role="status"]' });
    expect(document.querySelector('[data-question="fines"]')).toBeNull();
    expect(document.body.textContent).not.toMatch(RAW_KEY);
    texts.release();
    await waitFor(() => expect(heading()).toHaveTextContent(proEn.checklist.title));
  });

  it('the outcome leaves the professional parts out, never showing a key', async () => {
    const texts = recordingLoader({ holdPro: true });
    const { user } = await renderWith(texts.load);
    await walk(user, { ...scenario, role: 'professional' });
    await clickContinue(user);
    expect(outcomeShown()).toBe('exploitation-signs');
    expect(action('interview')).toBeNull();
    expect(document.querySelector('[data-summary]')).toBeNull();
    expect(document.body.textContent).not.toMatch(RAW_KEY);
    texts.release();
    await waitFor(() => expect(action('interview')).toHaveTextContent(proEn.outcome.interview));
    expect(document.querySelector('[data-summary]')).not.toBeNull();
  });
});

describe('setup: which texts come with a language', () => {
  const core = (lang: string) => NAMESPACES.filter((ns: Namespace) => ns !== 'pro').map((ns) => `${lang}/${ns}`);

  it('a language preloaded before the wording was wanted (the language offer) gets it at the switch', async () => {
    const texts = recordingLoader();
    const i18n = createI18n(texts.load);
    await loadLanguage(i18n, 'en');
    await preloadLanguage(i18n, 'nb');
    expect(texts.asked).toEqual([...core('en'), ...core('nb')]);
    await loadProfessionalTexts(i18n);
    await loadProfessionalTexts(i18n);
    await loadLanguage(i18n, 'nb');
    expect(texts.asked).toEqual([...core('en'), ...core('nb'), 'en/pro', 'nb/pro']);
    expect(i18n.language).toBe('nb');
  });

  it('a new language comes whole with the wording, in one call, when the language shown has it', async () => {
    const texts = recordingLoader();
    const i18n = createI18n(texts.load);
    await loadLanguage(i18n, 'en');
    await loadProfessionalTexts(i18n);
    await loadLanguage(i18n, 'nb');
    expect(texts.asked).toEqual([...core('en'), 'en/pro', ...core('nb'), 'nb/pro']);
  });

  it('a switch whose wording fails to come stays in the language shown', async () => {
    const texts = recordingLoader();
    const i18n = createI18n(async (lang, namespaces) => {
      if (lang === 'nb' && namespaces.includes('pro')) throw new Error('offline');
      return texts.load(lang, namespaces);
    });
    await loadLanguage(i18n, 'en');
    await loadProfessionalTexts(i18n);
    await expect(loadLanguage(i18n, 'nb')).rejects.toThrow('offline');
    expect(i18n.language).toBe('en');
  });
});
