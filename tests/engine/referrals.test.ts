/**
 * referralsFor(): which contacts and guidance topics each outcome shows, from flows/outcomes.json.
 */
import { describe, expect, it } from 'vitest';
import { referralsFor } from '../../src/engine/referrals';
import type { Answers, OutcomeId } from '../../src/engine/types';
import { GUIDANCE_IDS, OUTCOME_IDS } from '../../src/engine/types';
import { PURPOSES, bundle } from '../fixtures/project';

const ASSESSED = ['child-at-risk', 'trafficking-signs', 'exploitation-signs'] as const;
const base: Answers = { role: 'self', 'immediate-danger': 'no', 'under-18': 'no', purpose: ['work'] };
const refer = (outcome: OutcomeId, answers: Answers = {}) => referralsFor(outcome, { ...base, ...answers }, bundle);
const contactIds = (outcome: OutcomeId, answers: Answers = {}) => refer(outcome, answers).contacts.map((c) => c.id);
const guidance = (outcome: OutcomeId, answers: Answers = {}) => refer(outcome, answers).guidance;

describe('emergency', () => {
  it('lists no-112 first, whatever the answers', () => {
    for (const role of ['self', 'other', 'professional']) {
      for (const age of ['yes', 'no', 'unsure']) {
        expect(contactIds('emergency', { role, 'under-18': age })[0]).toBe('no-112');
      }
    }
  });

  it('offers the medical emergency number and the police', () => {
    expect(contactIds('emergency')).toEqual(expect.arrayContaining(['no-112', 'no-113', 'no-02800']));
  });

  it('tells how to hide the visit', () => {
    expect(guidance('emergency')).toContain('hide-your-visit');
  });
});

describe('child-at-risk', () => {
  it('leads with no-116111', () => {
    expect(contactIds('child-at-risk', { 'under-18': 'yes' })[0]).toBe('no-116111');
  });

  it('leads with no-112 when there is immediate danger, then no-116111', () => {
    expect(contactIds('child-at-risk', { 'under-18': 'yes', 'immediate-danger': 'yes' }).slice(0, 2)).toEqual(['no-112', 'no-116111']);
  });

  it.each(['yes', 'unsure'])('includes child welfare (no-bvv) and child-protection guidance (under-18 %s)', (age) => {
    expect(contactIds('child-at-risk', { 'under-18': age })).toContain('no-bvv');
    expect(guidance('child-at-risk', { 'under-18': age })).toContain('child-protection');
  });

  it('lists ROSA only when the age is unsure, and never first', () => {
    expect(contactIds('child-at-risk', { 'under-18': 'yes' })).not.toContain('no-rosa');
    const unsure = contactIds('child-at-risk', { 'under-18': 'unsure' });
    expect(unsure).toContain('no-rosa');
    expect(unsure[0]).not.toBe('no-rosa');
  });

  it('gives professionals the Bufdir line and others the police tip form', () => {
    expect(contactIds('child-at-risk', { 'under-18': 'yes', role: 'professional' })).toEqual(
      expect.arrayContaining(['no-bufdir', 'no-kripos-tips']),
    );
    expect(contactIds('child-at-risk', { 'under-18': 'yes', role: 'other' })).toContain('no-kripos-tips');
    expect(contactIds('child-at-risk', { 'under-18': 'yes', role: 'self' })).not.toContain('no-kripos-tips');
  });
});

describe('trafficking-signs', () => {
  it('includes the Labour Inspection (no-at) when the purpose is work', () => {
    expect(contactIds('trafficking-signs', { purpose: ['work'] })).toContain('no-at');
  });

  it('includes no-at when labour signs were answered, whatever the purpose', () => {
    expect(contactIds('trafficking-signs', { purpose: ['sex'], 'excessive-hours': 'yes' })).toContain('no-at');
  });

  it('leaves no-at out for sexual exploitation with no labour signs', () => {
    expect(contactIds('trafficking-signs', { purpose: ['sex'], 'excessive-hours': 'no', 'low-or-no-pay': 'no' })).not.toContain('no-at');
  });

  it('leads with ROSA for an adult, and with no-112 in danger', () => {
    expect(contactIds('trafficking-signs')[0]).toBe('no-rosa');
    expect(contactIds('trafficking-signs', { 'immediate-danger': 'yes' }).slice(0, 2)).toEqual(['no-112', 'no-rosa']);
  });

  it('puts the children’s line before ROSA when the age is unsure', () => {
    const ids = contactIds('trafficking-signs', { 'under-18': 'unsure' });
    expect(ids.indexOf('no-116111')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('no-116111')).toBeLessThan(ids.indexOf('no-rosa'));
  });
});

describe('guidance that depends on the answers', () => {
  describe.each(ASSESSED)('%s', (outcome) => {
    it.each([
      ['yes', true],
      ['unsure', true],
      ['no', false],
      [undefined, false],
    ])('reflection-period with no-legal-status %s: %s', (value, shown) => {
      const answers: Answers = value === undefined ? {} : { 'no-legal-status': value };
      expect(guidance(outcome, answers).includes('reflection-period')).toBe(shown);
      if (outcome !== 'child-at-risk') expect(contactIds(outcome, answers).includes('no-udi')).toBe(shown);
    });

    it.each([
      ['yes', true],
      ['unsure', true],
      ['no', false],
      [undefined, false],
    ])('safe-return (and IOM) with wants-to-return %s: %s', (value, shown) => {
      const answers = { 'no-legal-status': 'yes', ...(value === undefined ? {} : { 'wants-to-return': value }) };
      expect(guidance(outcome, answers).includes('safe-return')).toBe(shown);
      if (outcome !== 'child-at-risk') expect(contactIds(outcome, answers).includes('no-iom')).toBe(shown);
    });

    it.each(PURPOSES)('consent-irrelevant whatever the purpose (%s): consent never excuses exploitation', (purpose) => {
      expect(guidance(outcome, { purpose: [purpose] })).toContain('consent-irrelevant');
    });

    it.each(['eea', 'other', 'unsure'])(
      'reflection-period and UDI with a sign about papers or the authorities, for citizenship %s',
      (citizenship) => {
        for (const sign of ['no-legal-status', 'threat-authorities']) {
          expect(guidance(outcome, { citizenship, [sign]: 'yes' })).toContain('reflection-period');
          if (outcome !== 'child-at-risk') expect(contactIds(outcome, { citizenship, [sign]: 'yes' })).toContain('no-udi');
        }
      },
    );

    it('a Norwegian citizen is not pointed to residence, the reflection period or a safe return', () => {
      const answers = { citizenship: 'norway', 'threat-authorities': 'yes', 'wants-to-return': 'yes' };
      for (const g of ['reflection-period', 'safe-return']) expect(guidance(outcome, answers)).not.toContain(g);
      for (const c of ['no-udi', 'no-iom']) expect(contactIds(outcome, answers)).not.toContain(c);
    });

    it('consent-irrelevant when forced sex was answered, whatever the purpose', () => {
      expect(guidance(outcome, { purpose: ['other'], 'forced-sex': 'unsure' })).toContain('consent-irrelevant');
    });

    it('hide-your-visit only for someone asking about themselves', () => {
      expect(guidance(outcome, { role: 'self' })).toContain('hide-your-visit');
      expect(guidance(outcome, { role: 'other' })).not.toContain('hide-your-visit');
      expect(guidance(outcome, { role: 'professional' })).not.toContain('hide-your-visit');
    });
  });

  it('no IOM for a child-at-risk outcome, but safe-return guidance still follows wants-to-return', () => {
    expect(guidance('child-at-risk', { 'wants-to-return': 'yes' })).toContain('safe-return');
  });
});

describe('no-clear-signs', () => {
  it('always gives the police number', () => {
    expect(contactIds('no-clear-signs')).toContain('no-02800');
  });

  it('gives ROSA to adults and to unsure ages, not to someone surely under 18', () => {
    expect(contactIds('no-clear-signs', { 'under-18': 'no' })).toContain('no-rosa');
    expect(contactIds('no-clear-signs', { 'under-18': 'unsure' })).toContain('no-rosa');
    expect(contactIds('no-clear-signs', { 'under-18': 'yes' })).not.toContain('no-rosa');
  });

  it('gives the children’s line and child-protection guidance to a possible child', () => {
    expect(contactIds('no-clear-signs', { 'under-18': 'yes' })).toContain('no-116111');
    expect(guidance('no-clear-signs', { 'under-18': 'unsure' })).toContain('child-protection');
    expect(contactIds('no-clear-signs', { 'under-18': 'no' })).not.toContain('no-116111');
  });
});

describe('the data in outcomes.json', () => {
  const mappings = bundle.outcomes.outcomes;
  const contacts = new Map(bundle.contacts.contacts.map((c) => [c.id, c]));
  const usedIds = [...new Set(Object.values(mappings).flatMap((m) => m.contacts.map((p) => p.id)))];

  it('maps every outcome', () => {
    expect(Object.keys(mappings).sort()).toEqual([...OUTCOME_IDS].sort());
  });

  it.each(usedIds)('contact %s exists and has a source and a verifiedOn date', (id) => {
    const contact = contacts.get(id);
    expect(contact).toBeDefined();
    expect(contact!.source.trim()).not.toBe('');
    expect(contact!.verifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(new Date(contact!.verifiedOn).getTime())).toBe(false);
    expect(['yes', 'partly']).toContain(contact!.verified);
  });

  it('uses only known guidance topics', () => {
    for (const m of Object.values(mappings)) for (const g of m.guidance) expect(GUIDANCE_IDS).toContain(g.id);
  });

  it('keeps the order of outcomes.json and resolves each id to the contact', () => {
    const all = { ...base, 'immediate-danger': 'yes', 'under-18': 'unsure', role: 'professional' };
    const expected = mappings['child-at-risk'].contacts.map((p) => p.id);
    const got = referralsFor('child-at-risk', all, bundle).contacts;
    expect(got.map((c) => c.id)).toEqual(expected);
    expect(got[0]).toBe(contacts.get(expected[0]));
  });

  it('an outcome with no mapping gives nothing', () => {
    expect(referralsFor('no-such-outcome' as OutcomeId, base, bundle)).toEqual({ contacts: [], guidance: [] });
  });
});
