import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/**
 * Answers, by question id, for a walk. A sign not listed is answered "no" (left unticked in a tick
 * list); every other question on the way must be listed.
 */
export type Scenario = Record<string, string | string[]>;

/** The first question on screen: its id from the contract hook. */
export function currentQuestion(): string | null {
  return document.querySelector('[data-question]')?.getAttribute('data-question') ?? null;
}

/** Every question on screen, in order. */
export function questionsShown(): string[] {
  return [...document.querySelectorAll('[data-question]')].map((e) => e.getAttribute('data-question')!);
}

export async function clickContinue(user: UserEvent) {
  const buttons = document.querySelectorAll<HTMLElement>('[data-action="continue"]');
  if (buttons.length !== 1) throw new Error(`expected one continue control, found ${buttons.length}`);
  await user.click(buttons[0]);
}

/** Clicks an input by its visible label, as a person would (and so checks that it has one). */
async function clickByLabel(user: UserEvent, container: HTMLElement, input: HTMLInputElement) {
  const label = container.querySelector(`label[for="${input.id}"]`);
  if (!label?.textContent?.trim()) throw new Error(`input ${input.name}=${input.value} has no visible label`);
  const text = label.textContent.replace(/\s+/g, ' ').trim();
  await user.click(within(container).getByLabelText(text, { selector: `input[value="${input.value}"]` }));
}

/** Answers one question on screen from the scenario. */
async function answerQuestion(user: UserEvent, id: string, scenario: Scenario) {
  const el = document.querySelector<HTMLElement>(`[data-question="${id}"]`)!;
  const sign = el.getAttribute('data-kind') === 'sign';
  const inputs = [...el.querySelectorAll<HTMLInputElement>('input')];
  const wanted = scenario[id] ?? (sign ? 'no' : undefined);
  if (wanted === undefined) throw new Error(`the scenario has no answer to question ${id}`);
  // In a tick list a sign is a checkbox "yes" (and "not sure" beside it): "no" is left unticked.
  if (sign && inputs[0]?.type === 'checkbox' && wanted === 'no') return;
  for (const value of Array.isArray(wanted) ? wanted : [wanted]) {
    const input = inputs.find((i) => i.value === value);
    if (!input) throw new Error(`question ${id} has no answer ${value}`);
    if (!input.checked) await clickByLabel(user, el, input);
  }
}

/**
 * Answers every question on the screen from the scenario, again after each answer so that a
 * follow-up opened in place is answered too; a tick list with nothing ticked gets "none of these".
 * Returns the questions answered, in order.
 */
export async function answerScreen(user: UserEvent, scenario: Scenario): Promise<string[]> {
  const done: string[] = [];
  for (let i = 0; i < 60; i++) {
    const id = questionsShown().find((q) => !done.includes(q));
    if (!id) break;
    done.push(id);
    await answerQuestion(user, id, scenario);
  }
  for (const list of document.querySelectorAll<HTMLElement>('[data-list]')) {
    if (!list.querySelector('input:checked')) await clickByLabel(user, list, list.querySelector<HTMLInputElement>('input[value="none"]')!);
  }
  return done;
}

/** Answers the screen and presses Continue. */
export async function answer(user: UserEvent, scenario: Scenario) {
  await answerScreen(user, scenario);
  await clickContinue(user);
}

/** From the start page through every screen of questions to the check-answers page (or an outcome). Returns the questions of each screen. */
export async function walk(user: UserEvent, scenario: Scenario): Promise<string[][]> {
  const screens: string[][] = [];
  await clickContinue(user); // start
  for (let i = 0; i < 30 && currentQuestion(); i++) {
    screens.push(await answerScreen(user, scenario));
    await clickContinue(user);
  }
  return screens;
}

export function outcomeShown(): string | null {
  return document.querySelector('[data-outcome]')?.getAttribute('data-outcome') ?? null;
}

export function contactsShown(): string[] {
  return [...document.querySelectorAll('[data-outcome] [data-contact]')].map((e) => e.getAttribute('data-contact')!);
}

export function guidanceShown(): string[] {
  return [...document.querySelectorAll('[data-guidance]')].map((e) => e.getAttribute('data-guidance')!);
}

export function heading(): HTMLElement {
  return screen.getByRole('heading', { level: 1 });
}
