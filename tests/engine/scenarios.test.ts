/**
 * The shared scenarios (tests/fixtures/scenarios.json, walked by the UI and browser tests too)
 * through the engine alone: each reaches its outcome through the real machine, and the outcome's
 * referrals show what the scenario expects.
 */
import { describe, expect, it } from 'vitest';
import { referralsFor } from '../../src/engine/referrals';
import { OUTCOME_IDS } from '../../src/engine/types';
import { bundle, outcomeOf } from '../fixtures/project';
import { SCENARIOS } from '../fixtures/scenarios';

describe('the shared scenarios', () => {
  it('there is one for each outcome', () => {
    expect(Object.values(SCENARIOS).map((s) => s.outcome).sort()).toEqual([...OUTCOME_IDS].sort());
  });

  describe.each(Object.entries(SCENARIOS))('%s', (_name, scenario) => {
    it.each(['self', 'other', 'professional'])('walks through the machine to its outcome as %s, and shows what it expects', (role) => {
      const { outcome, answers } = outcomeOf({ ...scenario.answers, role }, { resume: false });
      expect(outcome).toBe(scenario.outcome);
      const { contacts, guidance } = referralsFor(scenario.outcome, answers, bundle);
      const ids = contacts.map((c) => c.id);
      expect(ids).toEqual(expect.arrayContaining(scenario.contacts.include));
      if (scenario.contacts.first) expect(ids[0]).toBe(scenario.contacts.first);
      if (scenario.contacts.notFirst) expect(ids[0]).not.toBe(scenario.contacts.notFirst);
      expect(guidance).toEqual(expect.arrayContaining(scenario.guidance.include));
      for (const g of scenario.guidance.exclude) expect(guidance).not.toContain(g);
    });

    it('answers only questions its walk is asked: nothing is left over', () => {
      const { answers } = outcomeOf(scenario.answers, { resume: false });
      expect(Object.keys(scenario.answers).filter((q) => answers[q] === undefined)).toEqual([]);
    });
  });
});
