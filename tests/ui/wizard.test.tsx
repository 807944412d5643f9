// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import uiEn from '../../locales/en/ui.json';
import { bundle, nodes } from '../../src/flow-data';
import { SCENARIOS } from '../fixtures/scenarios';
import { renderApp } from './render-app';
import {
  answer,
  clickContinue,
  contactsShown,
  currentQuestion,
  guidanceShown,
  heading,
  outcomeShown,
  questionsShown,
  walk,
  type Scenario,
} from './walk';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});
afterEach(() => cleanup());

const LANGS = ['nb', 'en'] as const;
const ROLES = ['self', 'other', 'professional'];
const adult = { 'immediate-danger': 'no', 'under-18': 'no' };
const sign = (id: string) => document.querySelector<HTMLElement>(`[data-question="${id}"]`);
const input = (id: string, value: string) => document.querySelector<HTMLInputElement>(`[data-question="${id}"] input[value="${value}"]`);
const noneOf = (list: Element) => list.querySelector<HTMLInputElement>('input[value="none"]')!;
/** The emergency number's tel: target, from flows/contacts/no.json. */
const emergencyNumber = () => bundle.contacts.contacts.find((c) => c.id === 'no-112')!.phone!.replace(/\s/g, '');
const checkedIn = (el: Element) => [...el.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => `${i.name}=${i.value}`);
/** The screen on show is this node of flows/screening.json: every question shown is one of its questions. */
const isOn = (id: string) => {
  const own = (nodes.get(id)!.questions ?? [{ id }]).map((q) => q.id);
  const shown = questionsShown();
  return shown.length > 0 && shown.every((q) => own.includes(q));
};

/** From the start to the screen `screen` (a node id), answering from the scenario. */
async function walkTo(user: UserEvent, scenario: Scenario, screen: string) {
  await clickContinue(user);
  for (let i = 0; i < 20 && !isOn(screen); i++) await answer(user, scenario);
  expect(isOn(screen), `on ${screen}`).toBe(true);
}

describe.each(LANGS)('walks to every outcome in %s', (lang) => {
  for (const [name, s] of Object.entries(SCENARIOS)) {
    it.each(ROLES)(`${name} as %s`, async (role) => {
      const { user } = await renderApp(lang);
      await walk(user, { ...s.answers, role });
      if (s.outcome !== 'emergency') {
        expect(heading()).toHaveTextContent(lang === 'en' ? 'Check your answers' : 'Se over svarene');
        await clickContinue(user);
      }
      expect(outcomeShown()).toBe(s.outcome);
      const contacts = contactsShown();
      expect(contacts).toEqual(expect.arrayContaining(s.contacts.include));
      if (s.contacts.first) expect(contacts[0]).toBe(s.contacts.first);
      if (s.contacts.notFirst) expect(contacts[0]).not.toBe(s.contacts.notFirst);
      expect(guidanceShown()).toEqual(expect.arrayContaining(s.guidance.include));
      for (const id of s.guidance.exclude) expect(guidanceShown()).not.toContain(id);
      // Every contact card shows where its facts come from and when they were checked.
      for (const card of document.querySelectorAll('[data-outcome] [data-contact]')) {
        expect(card.textContent).toMatch(lang === 'en' ? /Checked \d+ \w+ \d{4}/ : /Sjekket \d+\. \w+ \d{4}/);
      }
      expect(document.body.textContent).not.toMatch(/you are a victim|du er et offer/i);
    });
  }
});

describe('questions are worded for who is asking', () => {
  it.each([
    ['self', /your passport/i],
    ['other', /their passport/i],
    ['professional', /the person's passport/i],
  ])('%s', async (role, wording) => {
    const { user } = await renderApp('en');
    await walkTo(user, { role, ...adult, purpose: ['work'] }, 'signs-control');
    // In the tick list the question is the label of its "yes" box, and "not sure" is beside it.
    expect(input('documents-withheld', 'yes')).toHaveAccessibleName(wording);
    expect(input('documents-withheld', 'unsure')).toHaveAccessibleName(/^Not sure/);
  });
});

describe('group screens', () => {
  const toSignsWork = async (purpose = ['work']) => {
    const { user } = await renderApp('en');
    await walkTo(user, { role: 'self', ...adult, purpose }, 'signs-work');
    return user;
  };

  it('the about screen asks under-18 and the purpose together, under one heading', async () => {
    const { user } = await renderApp('en');
    await walkTo(user, { role: 'other', ...adult }, 'about');
    expect(questionsShown()).toEqual(['under-18', 'purpose']);
    expect(heading()).toHaveTextContent('About the person');
    expect(within(sign('under-18')!).getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(['yes', 'no', 'unsure']);
    expect(within(sign('purpose')!).getAllByRole('checkbox').length).toBe(nodes.get('about')!.questions![1].options!.length);
  });

  it('on the about screen, Continue with one question unanswered names that one and stays', async () => {
    const { user } = await renderApp('en');
    await walkTo(user, { role: 'other', ...adult }, 'about');
    await user.click(input('under-18', 'no')!);
    await clickContinue(user);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('link')).toHaveLength(1);
    expect(alert).toHaveTextContent(uiEn.error.chooseSome);
    expect(currentQuestion()).toBe('under-18');
    expect(input('under-18', 'no')).toBeChecked();
  });

  it('a tick list: each sign a "yes" box with "not sure" beside it, and an exclusive "None of these"', async () => {
    await toSignsWork();
    const list = document.querySelector('[data-list]')!;
    const signs = [...list.querySelectorAll<HTMLElement>('[data-question]')];
    expect(signs.length).toBeGreaterThan(3);
    for (const el of signs) {
      expect(el).toHaveAttribute('data-kind', 'sign');
      expect([...el.querySelectorAll<HTMLInputElement>('input')].map((i) => [i.type, i.name, i.value])).toEqual([
        ['checkbox', el.dataset.question, 'yes'],
        ['checkbox', el.dataset.question, 'unsure'],
      ]);
    }
    expect(noneOf(list).type).toBe('checkbox');
    expect(checkedIn(list)).toEqual([]);
  });

  it('"None of these" clears the ticks, and a tick clears "None of these"', async () => {
    const user = await toSignsWork();
    const list = document.querySelector('[data-list]')!;
    await user.click(input('excessive-hours', 'yes')!);
    await user.click(input('deceived-job', 'unsure')!);
    expect(checkedIn(list).sort()).toEqual(['deceived-job=unsure', 'excessive-hours=yes']);
    await user.click(noneOf(list));
    expect(checkedIn(list)).toEqual([noneOf(list).name + '=none']);
    await user.click(input('excessive-hours', 'yes')!);
    expect(checkedIn(list)).toEqual(['excessive-hours=yes']);
    // "yes" and "not sure" for one sign exclude each other too.
    await user.click(input('excessive-hours', 'unsure')!);
    expect(checkedIn(list)).toEqual(['excessive-hours=unsure']);
  });

  it('Continue with a tick list left untouched shows an error and stays; "None of these" goes on', async () => {
    const user = await toSignsWork();
    await clickContinue(user);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(uiEn.error.tickSome);
    expect(alert).toHaveFocus();
    expect(isOn('signs-work')).toBe(true);
    const list = document.querySelector<HTMLElement>('[data-list]')!;
    expect(list.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(list.getAttribute('aria-describedby')!)).toHaveTextContent(uiEn.error.tickSome);
    await user.click(noneOf(list));
    expect(screen.queryByRole('alert')).toBeNull();
    await clickContinue(user);
    await waitFor(() => expect(isOn('signs-control')).toBe(true));
  });

  it('a follow-up opens in place under the sign that opens it, and closes again', async () => {
    const user = await toSignsWork();
    expect(sign('wages-withheld')).toBeNull();
    await user.click(input('low-or-no-pay', 'yes')!);
    const shown = questionsShown();
    expect(shown.indexOf('wages-withheld')).toBe(shown.indexOf('low-or-no-pay') + 1);
    expect(sign('wages-withheld')).toHaveAttribute('data-kind', 'sign');
    await user.click(input('low-or-no-pay', 'yes')!);
    expect(sign('wages-withheld')).toBeNull();
    await user.click(input('low-or-no-pay', 'unsure')!);
    expect(sign('wages-withheld')).not.toBeNull();
    expect(isOn('signs-work')).toBe(true);
  });

  it('the purpose decides which signs a tick list shows', async () => {
    await toSignsWork(['sex']);
    expect(sign('hazardous-work')).toBeNull();
    expect(sign('forced-work')).toBeNull();
    cleanup();
    await toSignsWork(['work']);
    expect(sign('hazardous-work')).not.toBeNull();
    expect(sign('forced-work')).not.toBeNull();
  });

  it('the status screen: citizenship first, papers and going home opened in place by the answer', async () => {
    const { user } = await renderApp('en');
    await walkTo(user, { role: 'self', ...adult, purpose: ['work'], fines: 'yes' }, 'status');
    expect(questionsShown()).toEqual(['citizenship']);
    await user.click(input('citizenship', 'eea')!);
    expect(questionsShown()).toEqual(['citizenship', 'wants-to-return']);
    await user.click(input('citizenship', 'other')!);
    expect(questionsShown()).toEqual(['citizenship', 'no-legal-status', 'wants-to-return']);
    // On a "rows" screen a sign is a yes / no / not sure radio row.
    expect(sign('no-legal-status')).toHaveAttribute('data-kind', 'sign');
    expect([...sign('no-legal-status')!.querySelectorAll<HTMLInputElement>('input')].map((i) => [i.type, i.value])).toEqual([
      ['radio', 'yes'],
      ['radio', 'no'],
      ['radio', 'unsure'],
    ]);
    await user.click(input('citizenship', 'norway')!);
    expect(questionsShown()).toEqual(['citizenship']);
  });
});

describe('Back, Change and the language keep the answers', () => {
  it('Back returns to the previous question with its answer still chosen', async () => {
    const { user } = await renderApp('en');
    await clickContinue(user);
    await answer(user, { role: 'other' });
    expect(currentQuestion()).toBe('immediate-danger');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(currentQuestion()).toBe('role'));
    expect(screen.getByLabelText('Someone I know or have seen')).toBeChecked();
  });

  it('Back to a group screen shows its answers, the ticks and the follow-ups they opened', async () => {
    const { user } = await renderApp('en');
    await walkTo(user, { role: 'self', ...adult, purpose: ['work'], 'low-or-no-pay': 'yes', 'wages-withheld': 'unsure' }, 'signs-control');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(isOn('signs-work')).toBe(true));
    expect(input('low-or-no-pay', 'yes')).toBeChecked();
    expect(input('wages-withheld', 'unsure')).toBeChecked();
    expect(noneOf(document.querySelector('[data-list]')!)).not.toBeChecked();
  });

  it('Back to a tick list answered "None of these" shows it ticked again, and Continue goes on', async () => {
    const { user } = await renderApp('en');
    await walk(user, { ...SCENARIOS['no-clear-signs'].answers, role: 'self' });
    expect(heading()).toHaveTextContent('Check your answers');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(isOn('signs-control')).toBe(true));
    expect(noneOf(document.querySelector('[data-list]')!)).toBeChecked();
    await clickContinue(user);
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
  });

  it("the browser Back goes to the previous question too, and the browser's Forward does not move the app", async () => {
    const { user } = await renderApp('en');
    await clickContinue(user);
    await answer(user, { role: 'other' });
    await answer(user, adult);
    expect(currentQuestion()).toBe('under-18');
    window.history.back();
    await waitFor(() => expect(currentQuestion()).toBe('immediate-danger'));
    expect(screen.getByLabelText(/^no/i)).toBeChecked();
    const step = window.history.state.veiviserStep as number;
    const pops: number[] = [];
    const onPop = (e: PopStateEvent) => pops.push(e.state?.veiviserStep);
    window.addEventListener('popstate', onPop);
    window.history.forward();
    // Forward is undone by the app (it has no answer to replay): the browser comes back to this step.
    await waitFor(() => expect(pops).toEqual([step + 1, step]));
    window.removeEventListener('popstate', onPop);
    expect(currentQuestion()).toBe('immediate-danger');
    expect(JSON.stringify(window.history.state)).toMatch(/^\{"veiviserStep":\d+\}$/);
  });

  it('Change on check-answers opens the whole screen and comes back there with the new answers', async () => {
    const { user } = await renderApp('en');
    await walk(user, { ...SCENARIOS['exploitation-signs'].answers, role: 'self' });
    expect(heading()).toHaveTextContent('Check your answers');
    await user.click(document.querySelector<HTMLElement>('[data-change="signs-control"]')!);
    await waitFor(() => expect(isOn('signs-control')).toBe(true));
    expect(checkedIn(document.querySelector('[data-list]')!).filter((x) => !x.endsWith('=none'))).toEqual([]);
    await user.click(input('threats', 'yes')!);
    expect(sign('threats-family')).not.toBeNull();
    await clickContinue(user);
    // The screens after it were answered already (the long hours were a sign): straight back.
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    const card = document.querySelector('[data-change="signs-control"]')!.closest('section')!;
    const row = [...card.querySelectorAll('.summary-list__row')].find((r) => /threatened/i.test(r.querySelector('dt')!.textContent!))!;
    expect(row.querySelector('dd')).toHaveTextContent('Yes');
  });

  it('Change that opens new screens stops at them (a first sign opens the situation and status screens)', async () => {
    const { user } = await renderApp('en');
    await walk(user, { ...SCENARIOS['no-clear-signs'].answers, role: 'self' });
    expect(heading()).toHaveTextContent('Check your answers');
    expect(document.querySelector('[data-change="status"]')).toBeNull();
    await user.click(document.querySelector<HTMLElement>('[data-change="signs-work"]')!);
    await waitFor(() => expect(isOn('signs-work')).toBe(true));
    await user.click(input('excessive-hours', 'yes')!);
    await clickContinue(user);
    await waitFor(() => expect(isOn('signs-situation')).toBe(true));
    await answer(user, {});
    await waitFor(() => expect(currentQuestion()).toBe('citizenship'));
    await answer(user, { citizenship: 'norway' });
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    expect(document.querySelector('[data-change="status"]')).not.toBeNull();
  });

  it('Change that opens no new question goes straight back to check-answers', async () => {
    const { user } = await renderApp('en');
    await walk(user, { ...adult, role: 'self', purpose: ['other'] });
    await user.click(document.querySelector<HTMLElement>('[data-change="about"]')!);
    await waitFor(() => expect(currentQuestion()).toBe('under-18'));
    expect(input('purpose', 'other')).toBeChecked();
    await answer(user, { 'under-18': 'unsure', purpose: ['other'] });
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
  });

  it('switching language keeps the answers and the place', async () => {
    const { user } = await renderApp('en');
    await clickContinue(user);
    await answer(user, { role: 'professional' });
    await answer(user, adult);
    expect(currentQuestion()).toBe('under-18');
    await user.click(input('under-18', 'unsure')!);
    await user.click(document.querySelector<HTMLElement>('[data-action="language"][data-lang="nb"]')!);
    await waitFor(() => expect(document.documentElement.lang).toBe('nb'));
    expect(currentQuestion()).toBe('under-18');
    expect(sign('under-18')!.textContent).toMatch(/18/);
    await user.click(screen.getByRole('button', { name: 'Tilbake' }));
    await waitFor(() => expect(currentQuestion()).toBe('immediate-danger'));
    expect(screen.getByRole('radio', { name: /^nei/i })).toBeChecked();
  });

  it('Continue without an answer shows an error and keeps the person on the question', async () => {
    const { user } = await renderApp('en');
    await clickContinue(user);
    await clickContinue(user);
    expect(currentQuestion()).toBe('role');
    expect(screen.getByRole('alert')).toHaveTextContent(uiEn.error.summaryTitle);
    expect(screen.getByRole('alert')).toHaveFocus();
  });
});

describe('a press on the prerendered Start button before the app is ready', () => {
  it('is carried out once the app is there: the first question shows', async () => {
    await renderApp('en', { begin: true });
    await waitFor(() => expect(currentQuestion()).toBe('role'));
  });
});

describe('focus moves to each new screen heading', () => {
  it('after Continue, the h1 of the next screen has focus, a group screen too', async () => {
    const { user } = await renderApp('en');
    await clickContinue(user);
    expect(heading()).toHaveFocus();
    await answer(user, { role: 'self' });
    expect(heading()).toHaveFocus();
    await answer(user, adult);
    expect(currentQuestion()).toBe('under-18');
    expect(heading()).toHaveFocus();
  });
});

describe('the emergency outcome', () => {
  it('lets the person go on with the questions when it is safe', async () => {
    const { user } = await renderApp('en');
    await walk(user, { role: 'self', 'immediate-danger': 'yes' });
    expect(outcomeShown()).toBe('emergency');
    expect(document.querySelector(`[data-contact="no-112"] a[href="tel:${emergencyNumber()}"]`)).not.toBeNull();
    await user.click(document.querySelector<HTMLElement>('[data-action="resume"]')!);
    expect(currentQuestion()).toBe('under-18');
  });
});

describe('the URL and the browser history hold no answer', () => {
  it('the error summary link moves focus to the answers without touching the URL', async () => {
    const { user } = await renderApp('en');
    await clickContinue(user);
    await clickContinue(user);
    const before = window.location.href;
    await user.click(within(screen.getByRole('alert')).getByRole('link'));
    expect(window.location.href).toBe(before);
    expect(window.location.hash).toBe('');
    expect(currentQuestion()).toBe('role');
    expect(screen.getByLabelText('Me')).toHaveFocus();
  });

  it('Start again rewinds the browser entries, so Back does not walk through the old steps', async () => {
    const { user } = await renderApp('en');
    await walk(user, { role: 'self', 'immediate-danger': 'yes' });
    expect(outcomeShown()).toBe('emergency');
    await user.click(document.querySelector<HTMLElement>('[data-action="restart"]')!);
    await waitFor(() => expect(window.history.state?.veiviserStep ?? 0).toBe(0));
    expect(document.querySelector('[data-action="continue"]')).toHaveTextContent('Start');
  });
});

describe('when a screen fails', () => {
  it('the fallback shows the urgent numbers of the data, a service for children before one for adults only', async () => {
    const { ErrorBoundary } = await import('../../src/ui/error-boundary');
    const Broken = () => {
      throw new Error('broken screen');
    };
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = render(
      <ErrorBoundary labels={{ title: 'Something went wrong', body: 'Call:', names: {} }}>
        <Broken />
      </ErrorBoundary>,
    );
    quiet.mockRestore();
    const ids = [...container.querySelectorAll('[data-contact]')].map((e) => e.getAttribute('data-contact'));
    expect(ids).toEqual(bundle.outcomes.urgent);
    const audience = ids.map((id) => bundle.contacts.contacts.find((c) => c.id === id)!.audience);
    expect(audience).toContain('adults');
    expect(audience.indexOf('children')).toBeGreaterThanOrEqual(0);
    expect(audience.indexOf('children')).toBeLessThan(audience.indexOf('adults'));
    expect(container.querySelector(`a[href="tel:${emergencyNumber()}"]`)).not.toBeNull();
  });
});
