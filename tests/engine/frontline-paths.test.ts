import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess';
import { optionsOf } from '../../src/engine/flow';
import { PURPOSES, at, bundle, indicatorIds, nodes, questionOf, walk, type ScreeningActor } from '../fixtures/project';

/**
 * The checklist and the screens of questions are two ways to the same place: with the same
 * indicator answers they reach the same outcome. Driven through the engine, not the DOM, so that
 * many random answer sets run fast.
 */
const answer = fc.constantFrom('yes', 'no', 'unsure');

const scenario = fc.record({
  danger: fc.constantFrom('no', 'unsure'),
  under18: answer,
  purpose: fc.subarray([...PURPOSES], { minLength: 1 }),
  citizenship: fc.constantFrom(...optionsOf(questionOf('citizenship'))),
  wantsToReturn: answer,
  // Signs not in the set are answered "no" on the screens of questions (unticked in a tick list).
  indicators: fc.dictionary(fc.constantFrom(...indicatorIds), answer),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** From the start to the about screen, as a professional. */
function toAbout(s: Scenario): ScreeningActor {
  const { actor } = walk({ role: 'professional', 'immediate-danger': s.danger }, { stopAt: 'about' });
  expect(at(actor)).toBe('about');
  return actor;
}
const aboutAnswer = (s: Scenario) => ({ 'under-18': s.under18, purpose: s.purpose });

/** Walks the screens of questions to the outcome; returns the sign answers they recorded. */
function walkWizard(s: Scenario) {
  const actor = toAbout(s);
  actor.send({ type: 'ANSWER', value: aboutAnswer(s) });
  const { node } = walk({ ...s.indicators, citizenship: s.citizenship, 'wants-to-return': s.wantsToReturn }, { actor });
  expect(nodes.get(node)!.kind).toBe('check');
  const answers = actor.getSnapshot().context.answers;
  const asked = Object.fromEntries(indicatorIds.filter((id) => answers[id] !== undefined).map((id) => [id, answers[id] as string]));
  actor.send({ type: 'NEXT' });
  return { asked, outcome: at(actor) };
}

/** Takes the checklist from the about screen, with the about screen's answers, and sends it. */
function takeChecklist(s: Scenario, checklist: Record<string, string>) {
  const actor = toAbout(s);
  actor.send({ type: 'OFFER', offer: 'checklist', value: aboutAnswer(s) });
  expect(nodes.get(at(actor))!.kind).toBe('checklist');
  // The checklist is its own review: sending it goes straight to the outcome.
  actor.send({ type: 'CHECKLIST_ANSWERS', answers: checklist });
  return { outcome: at(actor), answers: actor.getSnapshot().context.answers };
}

describe('frontline: checklist and wizard agree', () => {
  it('reach the same outcome with the sign answers the wizard actually recorded', () => {
    const outcomes = new Set<string>();
    fc.assert(
      fc.property(scenario, (s) => {
        const wizard = walkWizard(s);
        const checklist = takeChecklist(s, wizard.asked);
        expect(nodes.get(checklist.outcome)!.kind).toBe('outcome');
        expect(checklist.outcome).toBe(wizard.outcome);
        outcomes.add(wizard.outcome);
      }),
      { numRuns: 80 },
    );
    expect(outcomes.size).toBeGreaterThan(1);
  });

  it('counts untouched checklist items as not answered, and scores what was ticked', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { outcome, answers } = takeChecklist(s, s.indicators);
        for (const id of indicatorIds) expect(answers[id]).toBe(s.indicators[id]);
        expect(nodes.get(outcome)!.outcome).toBe(assess(answers, bundle).outcome);
      }),
      { numRuns: 40 },
    );
  });
});
