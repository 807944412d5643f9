import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { assess } from '../../src/engine/assess';
import { nodeMap } from '../../src/engine/flow';
import { compileMachine } from '../../src/engine/machine';
import { bundle } from '../../src/flow-data';

/**
 * The checklist and the step-by-step questions are two ways to the same place: with the same
 * indicator answers they reach the same outcome. Driven through the engine, not the DOM, so that
 * many random answer sets run fast.
 */
const machine = compileMachine(bundle);
const nodes = nodeMap(bundle.screening);
const indicatorIds = bundle.indicators.indicators.map((i) => i.id);
const answer = fc.constantFrom('yes', 'no', 'unsure');

const scenario = fc.record({
  danger: fc.constantFrom('no', 'unsure'),
  under18: answer,
  purpose: fc.subarray(['sex', 'work', 'begging', 'crime', 'marriage', 'organs', 'other'], { minLength: 1 }),
  wantsToReturn: answer,
  // Indicators not in the set are answered "no" by the wizard walk.
  indicators: fc.dictionary(fc.constantFrom(...indicatorIds), answer),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function start(s: Scenario) {
  const actor = createActor(machine).start();
  actor.send({ type: 'NEXT' });
  actor.send({ type: 'ANSWER', value: 'professional' });
  actor.send({ type: 'ANSWER', value: s.danger });
  actor.send({ type: 'ANSWER', value: s.under18 });
  actor.send({ type: 'ANSWER', value: s.purpose });
  expect(String(actor.getSnapshot().value)).toBe('deceived-job');
  return actor;
}

const at = (actor: ReturnType<typeof start>) => String(actor.getSnapshot().value);

/** Walks the wizard from the first indicator to the outcome; returns the indicator answers asked. */
function walkWizard(s: Scenario) {
  const actor = start(s);
  const asked: Record<string, string> = {};
  for (let i = 0; i < 60 && nodes.get(at(actor))!.kind !== 'check'; i++) {
    const id = at(actor);
    const node = nodes.get(id)!;
    if (node.kind === 'indicator') {
      asked[id] = s.indicators[id] ?? 'no';
      actor.send({ type: 'ANSWER', value: asked[id] });
    } else if (id === 'wants-to-return') {
      actor.send({ type: 'ANSWER', value: s.wantsToReturn });
    } else {
      throw new Error(`unexpected node ${id}`);
    }
  }
  expect(nodes.get(at(actor))!.kind).toBe('check');
  actor.send({ type: 'NEXT' });
  return { asked, outcome: at(actor) };
}

function takeChecklist(s: Scenario, checklist: Record<string, string>) {
  const actor = start(s);
  actor.send({ type: 'OFFER', offer: 'checklist' });
  expect(nodes.get(at(actor))!.kind).toBe('checklist');
  // The checklist is its own review: sending it goes straight to the outcome.
  actor.send({ type: 'CHECKLIST_ANSWERS', answers: checklist });
  return { outcome: at(actor), answers: actor.getSnapshot().context.answers };
}

describe('frontline: checklist and wizard agree', () => {
  it('reach the same outcome with the answers the wizard actually asked', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const wizard = walkWizard(s);
        const checklist = takeChecklist(s, wizard.asked);
        expect(nodes.get(checklist.outcome)!.kind).toBe('outcome');
        expect(checklist.outcome).toBe(wizard.outcome);
      }),
      { numRuns: 50 },
    );
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
