// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import axe from 'axe-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import proEn from '../../locales/en/pro.json';
import questionsEn from '../../locales/en/questions.json';
import { bundle } from '../../src/flow-data';
import { renderApp } from './render-app';
import { answer, answerScreen, clickContinue, currentQuestion, heading, outcomeShown } from './walk';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const indicatorIds = bundle.indicators.indicators.map((i) => i.id);
const action = (name: string) => document.querySelector<HTMLElement>(`[data-action="${name}"]`);
/** A contact's phone number as flows/contacts/no.json gives it. */
const phoneOf = (id: string) => bundle.contacts.contacts.find((c) => c.id === id)!.phone!;
/** A legal fact as flows/facts/no.json gives it. */
const factOf = (id: string) => bundle.facts.facts.find((f) => f.id === id)!.value;
/** A sign's short label, as the locale gives it. */
const short = (id: string) => (questionsEn as Record<string, { short: string }>)[id].short;
/** The screen that offers the checklist, from the data. */
const OFFERED_ON = bundle.screening.nodes.find((n) => n.offers?.some((o) => o.event === 'checklist'))!;
const offeredOnFirst = OFFERED_ON.questions?.[0].id ?? OFFERED_ON.id;
/** A text's key shown in its place: i18next shows a missing "pro:checklist.title" as "checklist.title". */
const RAW_KEY = new RegExp(`frontline\\.|pro:|signs:|questions:|\\b(${Object.keys(proEn).join('|')})\\.[a-zA-Z]`);

/** From the start page to the screen that offers the checklist, answering as the role given; fills in its answers. */
async function toChecklistOffer(user: UserEvent, role: string, under18 = 'no') {
  await clickContinue(user);
  const scenario = { role, 'immediate-danger': 'no', 'under-18': under18, purpose: ['work'] };
  while (currentQuestion() !== offeredOnFirst) await answer(user, scenario);
  await answerScreen(user, scenario);
}

async function tick(user: UserEvent, id: string, value: string) {
  await user.click(document.querySelector<HTMLInputElement>(`[data-question="${id}"] input[value="${value}"]`)!);
}

const five = {
  'deceived-job': 'yes',
  'excessive-hours': 'yes',
  'documents-withheld': 'yes',
  'debt-bondage': 'yes',
  'no-legal-status': 'unsure',
};

/** Takes the way into the checklist and waits for it: the professionals' parts are a lazy chunk. */
async function openChecklist(user: UserEvent) {
  await user.click(action('checklist')!);
  await waitFor(() => expect(document.querySelector('[data-question="deceived-job"] input')).not.toBeNull());
}

async function toProfessionalOutcome(user: UserEvent, ticks: Record<string, string> = five, under18 = 'no') {
  await toChecklistOffer(user, 'professional', under18);
  await openChecklist(user);
  for (const [id, value] of Object.entries(ticks)) await tick(user, id, value);
  // The checklist is its own review: Continue goes straight to the outcome.
  await clickContinue(user);
  await waitFor(() => expect(document.querySelector('[data-summary]')).not.toBeNull());
}

describe('frontline: the way into the checklist', () => {
  it('is offered on the about screen to professionals only, and nowhere after it', async () => {
    expect(OFFERED_ON.id).toBe('about');
    const { user } = await renderApp('en');
    await toChecklistOffer(user, 'professional');
    expect(action('checklist')).toBeInTheDocument();
    await clickContinue(user);
    await waitFor(() => expect(currentQuestion()).not.toBe(offeredOnFirst));
    expect(action('checklist')).toBeNull();
  });

  it('is not offered to someone asking for themselves or another person', async () => {
    for (const role of ['self', 'other']) {
      const { user } = await renderApp('en');
      await toChecklistOffer(user, role);
      expect(action('checklist')).toBeNull();
      cleanup();
    }
  });
});

describe('frontline: the checklist page', () => {
  it('lists every indicator, grouped by dimension, with yes / no / not sure radios named by id', async () => {
    const { user } = await renderApp('en');
    await toChecklistOffer(user, 'professional');
    await openChecklist(user);
    expect(heading()).toHaveFocus();
    for (const id of indicatorIds) {
      const group = document.querySelector<HTMLElement>(`[data-question="${id}"]`)!;
      expect(group, id).not.toBeNull();
      const radios = within(group).getAllByRole('radio') as HTMLInputElement[];
      expect(radios.map((r) => [r.name, r.value])).toEqual([
        [id, 'yes'],
        [id, 'no'],
        [id, 'unsure'],
      ]);
      for (const r of radios) expect(r).not.toBeChecked();
    }
    // One h2 per dimension that has indicators, and the live panel's h2 (the language list's is not the checklist's).
    expect(screen.getAllByRole('heading', { level: 2 }).filter((h) => !h.closest('nav')).length).toBe(
      new Set(bundle.indicators.indicators.map((i) => i.dimension)).size + 1,
    );
    expect(document.querySelectorAll('[data-action="continue"]').length).toBe(1);
  });

  it('shows the assessment live, and an answered item can be set to another value or cleared with the whole list', async () => {
    const { user } = await renderApp('en');
    await toChecklistOffer(user, 'professional');
    await openChecklist(user);
    const live = screen.getByRole('region', { name: 'Signs found so far' });
    // What is announced as it changes is the result alone.
    expect(within(live).getByRole('status')).toHaveTextContent('no clear signs of human trafficking so far');
    expect(live).toHaveTextContent('No signs marked yet');
    expect(live).toHaveTextContent('no clear signs of human trafficking so far');

    await tick(user, 'documents-withheld', 'yes');
    await tick(user, 'debt-bondage', 'yes');
    expect(live).toHaveTextContent('Control and pressure');
    expect(live).toHaveTextContent('Passport or ID kept by someone else — strong sign');
    expect(live).toHaveTextContent('enough signs to count in this area');
    expect(live).toHaveTextContent('signs of exploitation');

    await tick(user, 'debt-bondage', 'no');
    expect(document.querySelector('input[name="debt-bondage"][value="no"]')).toBeChecked();
    expect(live).not.toHaveTextContent('enough signs to count in this area');

    await user.click(action('reset')!);
    expect(document.querySelectorAll('[data-question] input:checked').length).toBe(0);
    expect(live).toHaveTextContent('No signs marked yet');
  });

  it('sends only the items touched: the rest stay "not answered", and Back returns to the list as it was', async () => {
    const { user } = await renderApp('en');
    await toChecklistOffer(user, 'professional');
    await openChecklist(user);
    await tick(user, 'violence', 'yes');
    await tick(user, 'threats', 'unsure');
    await clickContinue(user);

    expect(outcomeShown()).toBe('exploitation-signs');
    const summary = await waitFor(() => {
      const el = document.querySelector<HTMLElement>('[data-summary]');
      expect(el).not.toBeNull();
      return el!;
    });
    // Untouched items are not answered: they are not listed (as "No" or otherwise).
    expect(summary).not.toHaveTextContent(short('fines'));

    await user.click(action('back')!);
    expect(document.querySelector('input[name="violence"][value="yes"]')).toBeChecked();
    expect(document.querySelector('input[name="threats"][value="unsure"]')).toBeChecked();
    expect(document.querySelector('input[name="fines"]:checked')).toBeNull();
    await tick(user, 'violence', 'no');
    await tick(user, 'threats', 'no');
    await clickContinue(user);
    expect(outcomeShown()).toBe('no-clear-signs');
  });

  it('opens the interview guidance and comes back with the ticks kept', async () => {
    const { user } = await renderApp('en');
    await toChecklistOffer(user, 'professional');
    await openChecklist(user);
    await tick(user, 'fines', 'yes');
    await user.click(action('interview')!);
    expect(heading()).toHaveTextContent('Talking with a possible victim');
    expect(heading()).toHaveFocus();
    await clickContinue(user);
    expect(document.querySelector('[data-question="fines"]')).not.toBeNull();
    expect(heading()).toHaveFocus();
    expect(document.querySelector('input[name="fines"][value="yes"]')).toBeChecked();
  });
});

describe('frontline: the professional outcome', () => {
  it('adds the signs by dimension with weights, the law, next steps and the professionals’ contacts', async () => {
    const { user } = await renderApp('en');
    await toProfessionalOutcome(user);
    expect(outcomeShown()).toBe('exploitation-signs');
    const page = document.querySelector<HTMLElement>('[data-outcome]')!;
    expect(page).toHaveTextContent('Signs found, by area');
    expect(page).toHaveTextContent('A debt that grows or never ends — strong sign');
    expect(page).toHaveTextContent(`${short('no-legal-status')} — medium sign, answered “not sure”`);
    expect(page).toHaveTextContent('§ 257');
    expect(page).toHaveTextContent(`up to ${factOf('penaltyYears')} years`);
    expect(page).toHaveTextContent(`up to ${factOf('aggravatedPenaltyYears')} years`);
    expect(page).toHaveTextContent('A reasoned suspicion is enough');
    expect(page).toHaveTextContent(phoneOf('no-rosa'));
    const contacts = [...page.querySelectorAll('[data-contact]')].map((e) => e.getAttribute('data-contact'));
    expect(contacts).toEqual(expect.arrayContaining(['no-rosa', 'no-kripos-tips']));
    // Bufdir's line on minor victims is for a person who may be under 18 only.
    expect(contacts).not.toContain('no-bufdir');
  });

  it('for a person who may be under 18, adds Bufdir’s line for professionals, after the children’s services', async () => {
    const { user } = await renderApp('en');
    await toProfessionalOutcome(user, five, 'unsure');
    expect(outcomeShown()).toBe('child-at-risk');
    const page = document.querySelector<HTMLElement>('[data-outcome]')!;
    const contacts = [...page.querySelectorAll('[data-contact]')].map((e) => e.getAttribute('data-contact')!);
    expect(contacts).toContain('no-bufdir');
    expect(contacts.indexOf('no-116111')).toBeLessThan(contacts.indexOf('no-bufdir'));
    expect(page).toHaveTextContent(phoneOf('no-bufdir'));
  });

  it('is not shown to other roles', async () => {
    const { user } = await renderApp('en');
    await clickContinue(user);
    const scenario = {
      role: 'other',
      'immediate-danger': 'no',
      'under-18': 'no',
      purpose: ['work'],
      citizenship: 'other',
      'wants-to-return': 'no',
      ...Object.fromEntries(Object.keys(five).map((k) => [k, 'yes'])),
    };
    for (let i = 0; i < 60 && currentQuestion(); i++) await answer(user, scenario);
    await clickContinue(user);
    expect(outcomeShown()).toBe('exploitation-signs');
    expect(document.querySelector('[data-summary]')).toBeNull();
    expect(action('interview')).toBeNull();
  });

  it('opens the interview guidance, whose Continue returns to the outcome', async () => {
    const { user } = await renderApp('en');
    await toProfessionalOutcome(user);
    await user.click(action('interview')!);
    // A part of the professionals' chunk, shown once React has taken it in.
    await waitFor(() => expect(heading()).toHaveTextContent('Talking with a possible victim'));
    expect(heading()).toHaveFocus();
    await clickContinue(user);
    expect(outcomeShown()).toBe('exploitation-signs');
    expect(heading()).toHaveFocus();
  });
});

describe('frontline: the case summary', () => {
  it('holds the assessment and the referrals, and no field for personal details', async () => {
    const { user } = await renderApp('en');
    await toProfessionalOutcome(user);
    const summary = document.querySelector<HTMLElement>('[data-summary]')!;
    expect(summary).not.toBeNull();
    expect(summary.querySelectorAll('input, textarea, select, [contenteditable]').length).toBe(0);
    expect(summary).toHaveTextContent('screening for signs of human trafficking, not an identification');
    expect(summary).toHaveTextContent(/Made\s*\S+/);
    expect(summary).toHaveTextContent('signs of exploitation');
    expect(summary).toHaveTextContent('Control and pressure');
    expect(summary).toHaveTextContent(phoneOf('no-rosa'));
    expect(summary).toHaveTextContent(phoneOf('no-at'));
  });

  // In the order the flow asks them: the screens' questions, the checklist's answers in their place.
  it('lists every answer given, the about screen’s and the checklist’s included, on the page and in the copy', async () => {
    const { user } = await renderApp('en');
    await toProfessionalOutcome(user);
    const summary = document.querySelector<HTMLElement>('[data-summary]')!;
    const rows = [...summary.querySelectorAll('.case-summary__answers div')].map((r) => [
      r.querySelector('dt')!.textContent,
      r.querySelector('dd')!.textContent,
    ]);
    expect(rows).toEqual([
      [short('role'), 'Someone I meet in my work'],
      [short('immediate-danger'), 'No, not right now'],
      [short('under-18'), expect.any(String)],
      [short('purpose'), expect.any(String)],
      [short('deceived-job'), 'Yes'],
      [short('excessive-hours'), 'Yes'],
      [short('debt-bondage'), 'Yes'],
      [short('documents-withheld'), 'Yes'],
      [short('no-legal-status'), 'Not sure'],
    ]);
    const write = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(action('copy')!);
    const text = write.mock.calls[0][0];
    expect(text).toContain(`- ${short('documents-withheld')}: Yes`);
    expect(text).toContain(`- ${short('no-legal-status')}: Not sure`);
  });

  it('copies as plain text with a visible "Copied" status, and prints', async () => {
    const { user } = await renderApp('en');
    await toProfessionalOutcome(user);
    const write = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(action('copy')!);
    expect(write).toHaveBeenCalledTimes(1);
    const text = write.mock.calls[0][0];
    expect(text).toContain('not an identification');
    expect(text).toContain(`- ${short('role')}: Someone I meet in my work`);
    expect(text).toContain(phoneOf('no-rosa'));
    expect(text).not.toMatch(/<[a-z]/i);
    expect(within(action('copy')!.parentElement!).getByRole('status')).toHaveTextContent('Copied');

    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await user.click(action('print')!);
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('is reached from the start page in a counted number of actions with five ticks', async () => {
    const { user } = await renderApp('en');
    let actions = 0;
    const act = async (el: Element | null) => {
      actions += 1;
      await user.click(el as HTMLElement);
    };
    const pick = (id: string, value: string) => document.querySelector(`[data-question="${id}"] input[value="${value}"]`);
    const cont = () => document.querySelector('[data-action="continue"]');

    await act(cont()); // Start
    const afterStart = actions;
    await act(pick('role', 'professional'));
    await act(cont());
    await act(pick('immediate-danger', 'no'));
    await act(cont());
    // The about screen: age and purpose, and the way into the checklist answers both: no Continue.
    await act(pick('under-18', 'no'));
    await act(pick('purpose', 'work'));
    await act(action('checklist'));
    await waitFor(() => expect(document.querySelector('[data-question="deceived-job"] input')).not.toBeNull());
    for (const [id, value] of Object.entries(five)) await act(pick(id, value));
    await act(cont()); // the checklist is its own review: straight to the outcome
    await waitFor(() => expect(document.querySelector('[data-summary]')).not.toBeNull());
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await act(action('print'));
    expect(print).toHaveBeenCalledOnce();
    // 14 after Start, printing included: role and danger (2 × 2), the about screen's two answers and
    // the way in (3), 5 ticks, Continue, Print.
    expect(actions - afterStart).toBe(14);
  });

  it('the way in on the about screen needs its answers, and records them', async () => {
    const { user } = await renderApp('en');
    await clickContinue(user);
    await answer(user, { role: 'professional' });
    await answer(user, { 'immediate-danger': 'no' });
    expect(currentQuestion()).toBe('under-18');
    await user.click(action('checklist')!);
    expect(currentQuestion()).toBe('under-18');
    // Both questions unanswered: the error summary names both.
    expect(within(await screen.findByRole('alert')).getAllByRole('link')).toHaveLength(2);
    await user.click(document.querySelector<HTMLElement>('[data-question="under-18"] input[value="unsure"]')!);
    await user.click(screen.getByLabelText(/^Begging/));
    await user.click(action('checklist')!);
    await waitFor(() => expect(document.querySelector('[data-question="forced-crime"] input')).not.toBeNull());
    // Back from the checklist returns to the about screen, its answers still chosen.
    await user.click(action('back')!);
    await waitFor(() => expect(currentQuestion()).toBe('under-18'));
    expect(screen.getByLabelText(/^Begging/)).toBeChecked();
    expect(document.querySelector('[data-question="under-18"] input[value="unsure"]')).toBeChecked();
  });
});

describe('frontline: both languages and accessibility', () => {
  it.each(['nb', 'en'] as const)('shows no missing text on the checklist and the outcome (%s)', async (lang) => {
    const { user } = await renderApp(lang);
    await toChecklistOffer(user, 'professional');
    expect(document.body.textContent).not.toMatch(/frontline\./);
    await openChecklist(user);
    expect(document.body.textContent).not.toMatch(RAW_KEY);
    for (const [id, value] of Object.entries(five)) await tick(user, id, value);
    await clickContinue(user);
    expect(outcomeShown()).toBe('exploitation-signs');
    expect(document.body.textContent).not.toMatch(RAW_KEY);
  });

  it('passes axe on the checklist and on the professional outcome (jsdom; colour contrast is left to the browser)', async () => {
    const { user } = await renderApp('en');
    const check = async () => {
      const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    };
    await toChecklistOffer(user, 'professional');
    await openChecklist(user);
    await tick(user, 'violence', 'yes');
    await check();
    await clickContinue(user);
    await check();
  }, 20_000);

  it('keeps headings in order on the professional outcome', async () => {
    const { user } = await renderApp('en');
    await toProfessionalOutcome(user, five, 'unsure');
    expect(outcomeShown()).toBe('child-at-risk');
    const levels = [...document.querySelectorAll('main h1, main h2, main h3, main h4')].map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);
  });
});

describe('frontline: print stylesheet', () => {
  // Parsed from the source: jsdom applies no print media. The real check in Chromium (emulated
  // print media) belongs to the browser tests.
  const entry = readFileSync(resolve(process.cwd(), 'src/styles.css'), 'utf8');
  const parts = [...entry.matchAll(/@import '\.\/([^']+)'/g)].map((m) => m[1]);
  const css = parts.map((part) => readFileSync(resolve(process.cwd(), 'src', part), 'utf8')).join('\n');
  const printBlocks = [...css.matchAll(/@media print\s*\{([\s\S]*?)\n\}/g)].map((m) => m[1]).join('\n');

  it('reads every part of the stylesheet', () => {
    expect(parts.length).toBeGreaterThan(1);
  });

  it('hides every control and everything outside the summary when a summary is on the page', () => {
    expect(printBlocks).toMatch(/\[data-action\][^{]*\{[^}]*display:\s*none/);
    expect(printBlocks).toMatch(
      /body:has\(\[data-summary\]\) \*:not\(\[data-summary\], \[data-summary\] \*, :has\(\[data-summary\]\)\)\s*\{\s*display:\s*none !important;/,
    );
    expect(printBlocks).toMatch(/\ba\s*\{[^}]*text-decoration:\s*none/);
    expect(css).toMatch(/@page\s*\{[^}]*size:\s*A4/);
  });
});
