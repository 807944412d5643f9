import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Answers, by question id, for a walk; questions not listed are answered "no". */
export type Scenario = Record<string, string | string[]>;

/** The question on screen: its id from the contract hook. */
export function currentQuestion(): string | null {
  return document.querySelector('[data-question]')?.getAttribute('data-question') ?? null;
}

export async function clickContinue(user: UserEvent) {
  const buttons = document.querySelectorAll<HTMLElement>('[data-action="continue"]');
  if (buttons.length !== 1) throw new Error(`expected one continue control, found ${buttons.length}`);
  await user.click(buttons[0]);
}

/** Chooses the scenario's answer for the current question by its label, as a person would. */
export async function answer(user: UserEvent, scenario: Scenario) {
  const id = currentQuestion()!;
  const fieldset = document.querySelector<HTMLElement>(`[data-question="${id}"]`)!;
  const wanted = scenario[id] ?? 'no';
  for (const value of Array.isArray(wanted) ? wanted : [wanted]) {
    const input = fieldset.querySelector<HTMLInputElement>(`input[value="${value}"]`);
    if (!input) throw new Error(`question ${id} has no answer ${value}`);
    const label = fieldset.querySelector(`label[for="${input.id}"]`)!.textContent!;
    await user.click(within(fieldset).getByLabelText(label));
  }
  await clickContinue(user);
}

/** From the start page through every question to the check-answers page (or an outcome). */
export async function walk(user: UserEvent, scenario: Scenario): Promise<string[]> {
  const asked: string[] = [];
  await clickContinue(user); // start
  for (let i = 0; i < 60 && currentQuestion(); i++) {
    asked.push(currentQuestion()!);
    await answer(user, scenario);
  }
  return asked;
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
