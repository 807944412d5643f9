// @vitest-environment jsdom
/**
 * The outcome page starts with what to do: the heading, the lead, then the contacts (the first
 * contact's call link before anything else), then the steps; longer guidance and lower-priority
 * contacts sit in closed <details> that carry their hooks, and printing opens them all.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assess } from '../../src/engine/assess';
import { referralsFor } from '../../src/engine/referrals';
import type { Answers, OutcomeId, Role } from '../../src/engine/types';
import { bundle } from '../../src/flow-data';
import { createI18n, loadLanguage, type Language } from '../../src/i18n/setup';
import textsEn from '../../src/i18n/texts-en';
import textsNb from '../../src/i18n/texts-nb';
import { CONTACTS_SHOWN, OutcomePage } from '../../src/ui/outcome-page';
import { resetFirstScreen } from '../../src/ui/screen-heading';

afterEach(cleanup);

/** Answers that reach each outcome with many contacts and guidance topics (danger "not sure"). */
const ANSWERS: Record<OutcomeId, Answers> = {
  emergency: { 'immediate-danger': 'yes' },
  'child-at-risk': { 'immediate-danger': 'unsure', 'under-18': 'yes', purpose: ['sex', 'work'], 'forced-sex': 'yes', violence: 'yes' },
  'trafficking-signs': {
    'immediate-danger': 'unsure',
    'under-18': 'no',
    purpose: ['sex', 'work'],
    'deceived-job': 'yes',
    'deceived-conditions': 'yes',
    'excessive-hours': 'yes',
    'low-or-no-pay': 'yes',
    'documents-withheld': 'yes',
    'debt-bondage': 'yes',
    'no-legal-status': 'yes',
    'wants-to-return': 'yes',
  },
  // Coercion (passport kept, violence) and long hours, but not enough signs of exploitation itself
  // for § 257: exploitation-signs, with the labour, control and violence contacts.
  'exploitation-signs': {
    'immediate-danger': 'unsure',
    'under-18': 'no',
    purpose: ['work'],
    'excessive-hours': 'yes',
    'documents-withheld': 'yes',
    violence: 'yes',
  },
  'no-clear-signs': { 'immediate-danger': 'unsure', 'under-18': 'no', purpose: ['work', 'marriage'] },
};

async function renderOutcome(outcome: OutcomeId, role: Role, lang: Language = 'en') {
  const answers = { ...ANSWERS[outcome], role };
  const assessment = outcome === 'emergency' ? null : assess(answers, bundle);
  if (assessment) expect(assessment.outcome, 'the fixture answers reach the outcome').toBe(outcome);
  const i18n = createI18n();
  await loadLanguage(i18n, lang, lang === 'en' ? textsEn : textsNb);
  resetFirstScreen(true);
  const noop = () => {};
  render(
    <I18nextProvider i18n={i18n}>
      <OutcomePage outcome={outcome} role={role} answers={answers} assessment={assessment} onRestart={noop} onSafety={noop} onBack={noop} />
    </I18nextProvider>,
  );
  const page = document.querySelector<HTMLElement>(`[data-outcome="${outcome}"]`)!;
  // The professionals' parts are a lazy chunk.
  if (role === 'professional' && outcome !== 'emergency')
    await vi.waitFor(() => expect(page.querySelector('[data-summary]')).not.toBeNull());
  return { page, answers, t: i18n.t, i18n };
}

/** a comes before b in the document. */
const before = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

const OUTCOMES = Object.keys(ANSWERS) as OutcomeId[];
const ROLES: Role[] = ['self', 'other', 'professional'];

describe.each(ROLES)('the outcome page for %s', (role) => {
  it.each(OUTCOMES)('%s: heading, lead, the first contact’s call link, then the steps and the guidance', async (outcome) => {
    const { page, t, i18n } = await renderOutcome(outcome, role);
    const h1 = screen.getByRole('heading', { level: 1 });
    const lead = h1.nextElementSibling!;
    expect(lead.tagName).toBe('P');
    const raw = t(`outcomes:${outcome}.lead`, { returnObjects: true }) as string | Record<Role, string>;
    const text = typeof raw === 'string' ? raw : raw[role];
    expect(lead).toHaveTextContent(i18n.services.interpolator.interpolate(text, {}, i18n.language, {}));
    const firstContact = page.querySelector('[data-contact]')!;
    const firstCall = page.querySelector('a[href^="tel:"]')!;
    expect(firstContact.contains(firstCall), 'the first call link is the first contact’s').toBe(true);
    const steps = screen.getByRole('heading', { level: 2, name: t('outcome.stepsTitle') });
    expect(before(h1, lead) && before(lead, firstCall) && before(firstCall, steps)).toBe(true);
    // Nothing but the contacts between the lead and the first call link: no paragraph of the page's own.
    const between = [...page.querySelectorAll('p, ul, ol, details')].filter((el) => before(lead, el) && before(el, firstCall));
    expect(between.filter((el) => !firstContact.contains(el))).toEqual([]);
    for (const g of page.querySelectorAll('[data-guidance]')) expect(before(steps, g), g.getAttribute('data-guidance')!).toBe(true);
  });

  it.each(OUTCOMES)('%s: each guidance topic is a closed <details> with data-guidance, its title in the summary', async (outcome) => {
    const { page, answers, t } = await renderOutcome(outcome, role);
    const { guidance } = referralsFor(outcome, answers, bundle);
    expect(guidance.length).toBeGreaterThan(0);
    const shown = [...page.querySelectorAll<HTMLElement>('[data-guidance]')];
    expect(shown.map((el) => el.getAttribute('data-guidance'))).toEqual(guidance);
    for (const el of shown) {
      expect(el.tagName).toBe('DETAILS');
      expect((el as HTMLDetailsElement).open).toBe(false);
      expect(el.querySelector(':scope > summary')).toHaveTextContent(t(`guidance:${el.getAttribute('data-guidance')}.title`));
    }
  });

  it.each(OUTCOMES)(
    '%s: the first contacts are cards, the others closed <details> with data-contact, in the data’s order',
    async (outcome) => {
      const { page, answers } = await renderOutcome(outcome, role);
      const { contacts } = referralsFor(outcome, answers, bundle);
      const shown = [...page.querySelectorAll<HTMLElement>('[data-contact]')];
      expect(shown.map((el) => el.getAttribute('data-contact'))).toEqual(contacts.map((c) => c.id));
      shown.forEach((el, i) => {
        if (i < CONTACTS_SHOWN[role]) expect(el.tagName, el.getAttribute('data-contact')!).toBe('ARTICLE');
        else {
          expect(el.tagName).toBe('DETAILS');
          expect((el as HTMLDetailsElement).open).toBe(false);
          expect(el.querySelector(':scope > summary')).not.toBeNull();
        }
      });
    },
  );

  it('keeps the headings in order (trafficking-signs and child-at-risk, nb)', async () => {
    for (const outcome of ['trafficking-signs', 'child-at-risk'] as const) {
      await renderOutcome(outcome, role, 'nb');
      const levels = [...document.querySelectorAll('h1, h2, h3, h4')].map((h) => Number(h.tagName[1]));
      expect(levels[0]).toBe(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1], `heading ${i}`).toBeLessThanOrEqual(1);
      cleanup();
    }
  });
});

describe('printing the outcome page', () => {
  it('opens every disclosure before printing and closes again, after, those that were closed', async () => {
    const { page } = await renderOutcome('trafficking-signs', 'self');
    const details = [...page.querySelectorAll('details')];
    expect(details.length).toBeGreaterThan(3);
    details[1].open = true; // opened by the reader before printing: stays open after
    window.dispatchEvent(new Event('beforeprint'));
    expect(details.every((d) => d.open)).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(details.map((d) => d.open)).toEqual(details.map((_, i) => i === 1));
  });

  it('the professional case summary: a closed <details data-summary>, with Print and Copy outside it', async () => {
    const { page } = await renderOutcome('trafficking-signs', 'professional');
    const summary = page.querySelector<HTMLDetailsElement>('[data-summary]')!;
    expect(summary.tagName).toBe('DETAILS');
    expect(summary.open).toBe(false);
    for (const action of ['print', 'copy', 'interview']) {
      const control = page.querySelector(`[data-action="${action}"]`);
      expect(control, action).not.toBeNull();
      expect(control!.closest('details'), `${action} stays visible`).toBeNull();
    }
    window.dispatchEvent(new Event('beforeprint'));
    expect(summary.open).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(summary.open).toBe(false);
  });
});
