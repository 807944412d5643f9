// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app';
import { answer, clickContinue, contactsShown, currentQuestion, guidanceShown, heading, outcomeShown, walk, type Scenario } from './walk';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});
afterEach(() => cleanup());

const LANGS = ['nb', 'en'] as const;

interface Case {
  name: string;
  scenario: Scenario;
  outcome: string;
  contactsInclude: string[];
  firstContact?: string;
  notFirst?: string;
  guidanceInclude?: string[];
  guidanceExclude?: string[];
}

const adult = { 'immediate-danger': 'no', 'under-18': 'no' };
const trafficking = {
  ...adult,
  purpose: ['work'],
  'deceived-job': 'yes',
  'deceived-conditions': 'yes',
  'excessive-hours': 'yes',
  'low-or-no-pay': 'yes',
  'documents-withheld': 'yes',
  'debt-bondage': 'yes',
  'no-legal-status': 'yes',
  'wants-to-return': 'yes',
};

const cases: (Case & { roles: string[] })[] = [
  {
    name: 'emergency',
    roles: ['self', 'other', 'professional'],
    scenario: { 'immediate-danger': 'yes' },
    outcome: 'emergency',
    contactsInclude: ['no-112', 'no-02800', 'no-rosa', 'no-116111'],
    firstContact: 'no-112',
  },
  {
    name: 'child-at-risk',
    roles: ['self', 'other', 'professional'],
    scenario: { 'immediate-danger': 'no', 'under-18': 'yes', purpose: ['begging'], 'forced-crime': 'yes' },
    outcome: 'child-at-risk',
    contactsInclude: ['no-116111', 'no-bvv', 'no-02800'],
    firstContact: 'no-116111',
    notFirst: 'no-rosa',
    guidanceInclude: ['child-protection'],
  },
  {
    name: 'trafficking-signs',
    roles: ['self', 'other', 'professional'],
    scenario: trafficking,
    outcome: 'trafficking-signs',
    contactsInclude: ['no-rosa', 'no-02800', 'no-at', 'no-iom', 'no-udi'],
    guidanceInclude: ['reflection-period', 'safe-return', 'labour-rights', 'legal-aid', 'safe-housing'],
  },
  {
    name: 'exploitation-signs',
    roles: ['self', 'other', 'professional'],
    scenario: { ...adult, purpose: ['work'], 'excessive-hours': 'yes', 'low-or-no-pay': 'yes' },
    outcome: 'exploitation-signs',
    contactsInclude: ['no-at', 'no-rosa'],
    guidanceInclude: ['labour-rights'],
    guidanceExclude: ['reflection-period', 'safe-return'],
  },
  {
    name: 'no-clear-signs',
    roles: ['self', 'other', 'professional'],
    scenario: { ...adult, purpose: ['other'] },
    outcome: 'no-clear-signs',
    contactsInclude: ['no-rosa', 'no-02800'],
    guidanceExclude: ['reflection-period'],
  },
];

describe.each(LANGS)('walks to every outcome in %s', (lang) => {
  for (const c of cases) {
    it.each(c.roles)(`${c.name} as %s`, async (role) => {
      const { user } = await renderApp(lang);
      await walk(user, { ...c.scenario, role });
      if (c.outcome !== 'emergency') {
        expect(heading()).toHaveTextContent(lang === 'en' ? 'Check your answers' : 'Se over svarene');
        await clickContinue(user);
      }
      expect(outcomeShown()).toBe(c.outcome);
      const contacts = contactsShown();
      for (const id of c.contactsInclude) expect(contacts).toContain(id);
      if (c.firstContact) expect(contacts[0]).toBe(c.firstContact);
      if (c.notFirst) expect(contacts[0]).not.toBe(c.notFirst);
      for (const id of c.guidanceInclude ?? []) expect(guidanceShown()).toContain(id);
      for (const id of c.guidanceExclude ?? []) expect(guidanceShown()).not.toContain(id);
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
    await clickContinue(user);
    for (let i = 0; i < 30 && currentQuestion() !== 'documents-withheld'; i++) await answer(user, { role, ...adult, purpose: ['work'] });
    expect(heading()).toHaveTextContent(wording);
    // The question is the legend of its fieldset, and each answer has a visible label.
    expect(screen.getByRole('group', { name: wording })).toBeInTheDocument();
    expect(screen.getByLabelText('Not sure')).toBeInTheDocument();
  });
});

describe('Back, Change and the language keep the answers', () => {
  it('Back returns to the previous question with its answer still chosen', async () => {
    const { user } = await renderApp('en');
    await clickContinue(user);
    await answer(user, { role: 'other' });
    expect(currentQuestion()).toBe('immediate-danger');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await vi.waitFor(() => expect(currentQuestion()).toBe('role'));
    expect(screen.getByLabelText('Someone I know or have seen')).toBeChecked();
  });

  it("the browser Back goes to the previous question too, and the browser's Forward does not move the app", async () => {
    const { user } = await renderApp('en');
    await clickContinue(user);
    await answer(user, { role: 'other' });
    await answer(user, adult);
    expect(currentQuestion()).toBe('under-18');
    window.history.back();
    await vi.waitFor(() => expect(currentQuestion()).toBe('immediate-danger'));
    expect(screen.getByLabelText(/^no/i)).toBeChecked();
    window.history.forward();
    // Forward is undone by the app (it has no answer to replay): it stays where it is.
    await new Promise((r) => setTimeout(r, 50));
    await vi.waitFor(() => expect(currentQuestion()).toBe('immediate-danger'));
    expect(JSON.stringify(window.history.state)).toMatch(/^\{"veiviserStep":\d+\}$/);
  });

  it('Change on check-answers comes back there with the new answer', async () => {
    const { user } = await renderApp('en');
    await walk(user, { ...adult, role: 'self', purpose: ['work'], 'excessive-hours': 'yes', 'low-or-no-pay': 'yes' });
    expect(heading()).toHaveTextContent('Check your answers');
    await user.click(document.querySelector<HTMLElement>('[data-change="threats"]')!);
    expect(currentQuestion()).toBe('threats');
    expect(screen.getByLabelText('No')).toBeChecked();
    await answer(user, { threats: 'yes' });
    // threats now opens follow-ups (threats-family, …): they are asked before returning; violence was
    // already asked (long hours are a sign) and is passed over.
    expect(currentQuestion()).toBe('threats-family');
    for (let i = 0; i < 20 && currentQuestion(); i++) await answer(user, {});
    expect(heading()).toHaveTextContent('Check your answers');
    const row = document.querySelector('[data-change="threats"]')!.closest('.summary-list__row')!;
    expect(row.textContent).toContain('Yes');
  });

  it('Change that opens no new question goes straight back to check-answers', async () => {
    const { user } = await renderApp('en');
    await walk(user, { ...adult, role: 'self', purpose: ['other'] });
    await user.click(document.querySelector<HTMLElement>('[data-change="under-18"]')!);
    await answer(user, { 'under-18': 'unsure' });
    expect(heading()).toHaveTextContent('Check your answers');
  });

  it('switching language keeps the answers and the place', async () => {
    const { user } = await renderApp('en');
    await clickContinue(user);
    await answer(user, { role: 'professional' });
    await answer(user, adult);
    expect(currentQuestion()).toBe('under-18');
    await user.click(document.querySelector<HTMLElement>('[data-action="language"][data-lang="nb"]')!);
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('nb'));
    expect(currentQuestion()).toBe('under-18');
    expect(heading().textContent).toMatch(/18/);
    await user.click(screen.getByRole('button', { name: 'Tilbake' }));
    await vi.waitFor(() => expect(currentQuestion()).toBe('immediate-danger'));
    expect(screen.getByRole('radio', { name: /^nei/i })).toBeChecked();
  });

  it('Continue without an answer shows an error and keeps the person on the question', async () => {
    const { user } = await renderApp('en');
    await clickContinue(user);
    await clickContinue(user);
    expect(currentQuestion()).toBe('role');
    expect(screen.getByRole('alert')).toHaveTextContent('There is a problem');
    expect(screen.getByRole('alert')).toHaveFocus();
  });
});

describe('a press on the prerendered Start button before the app is ready', () => {
  it('is carried out once the app is there: the first question shows', async () => {
    await renderApp('en', { begin: true });
    await vi.waitFor(() => expect(currentQuestion()).toBe('role'));
  });
});

describe('focus moves to each new screen heading', () => {
  it('after Continue, the h1 of the next screen has focus', async () => {
    const { user } = await renderApp('en');
    await clickContinue(user);
    expect(heading()).toHaveFocus();
    await answer(user, { role: 'self' });
    expect(heading()).toHaveFocus();
  });
});

describe('the emergency outcome', () => {
  it('lets the person go on with the questions when it is safe', async () => {
    const { user } = await renderApp('en');
    await walk(user, { role: 'self', 'immediate-danger': 'yes' });
    expect(outcomeShown()).toBe('emergency');
    expect(document.querySelector('[data-contact="no-112"] a[href="tel:112"]')).not.toBeNull();
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
    await vi.waitFor(() => expect(window.history.state?.veiviserStep ?? 0).toBe(0));
    expect(document.querySelector('[data-action="continue"]')).toHaveTextContent('Start');
  });
});

describe('when a screen fails', () => {
  it('the fallback shows the urgent numbers, the child helpline before ROSA', async () => {
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
    expect(ids).toEqual(['no-112', 'no-02800', 'no-116111', 'no-rosa']);
    expect(container.querySelector('a[href="tel:112"]')).not.toBeNull();
  });
});
