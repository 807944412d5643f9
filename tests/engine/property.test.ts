/**
 * Property-based tests (fast-check): random walks through the real machine, and assess() and
 * referralsFor() on arbitrary answers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isQuestion, isValidAnswer, optionsOf } from '../../src/engine/flow';
import type { ScreeningEvent } from '../../src/engine/machine';
import { referralsFor } from '../../src/engine/referrals';
import type { Answers } from '../../src/engine/types';
import { ASSESSED_OUTCOMES, INDICATOR_VALUES, OUTCOME_IDS, ROLES } from '../../src/engine/types';
import { OUTCOME_RANK, at, bundle, indicatorIds, judge, nodes, outcomeNodeIds, startActor, walk } from '../fixtures/project';

type Gen = fc.GeneratorValue;

const MAX_DETOURS = 6;

/**
 * Walks the machine, at each step sending a random valid event for the node it is at, and now and
 * then a detour: Back, Change on check-answers, Restart, the checklist, or an invalid answer. The
 * walk always ends by going forward, so it ends on an outcome screen.
 */
function randomWalk(g: Gen) {
  const actor = startActor();
  const events: ScreeningEvent[] = [];
  const send = (event: ScreeningEvent) => {
    events.push(event);
    actor.send(event);
  };
  let detours = 0;
  const detour = () => detours < MAX_DETOURS && g(fc.integer, { min: 0, max: 7 }) === 0 && ++detours > 0;

  for (let step = 0; step < 400; step++) {
    const node = nodes.get(at(actor))!;
    const context = actor.getSnapshot().context;

    if (node.kind === 'outcome') {
      if (node.resume && g(fc.boolean)) send({ type: 'RESUME' });
      else break;
      continue;
    }
    if (node.kind !== 'check' && detour()) {
      const kind = g(fc.constantFrom, 'back', 'back', 'back', 'invalid', 'restart');
      if (kind === 'back') send({ type: 'BACK' });
      else if (kind === 'restart') send({ type: 'RESTART' });
      else send({ type: 'ANSWER', value: g(fc.constantFrom, 'maybe', '', 'YES') });
      continue;
    }
    if (node.offers?.length && g(fc.integer, { min: 0, max: 3 }) === 0) {
      send({ type: 'OFFER', offer: node.offers[0].event });
      if (at(actor) !== node.id) continue;
    }
    switch (node.kind) {
      case 'info':
        send({ type: 'NEXT' });
        break;
      case 'single':
      case 'indicator':
        send({ type: 'ANSWER', value: g(fc.constantFrom, ...optionsOf(node)) });
        break;
      case 'multiple':
        send({ type: 'ANSWER', value: g(fc.subarray, [...optionsOf(node)], { minLength: 1 }) });
        break;
      case 'checklist': {
        const ticked = g(fc.subarray, indicatorIds);
        send({ type: 'CHECKLIST_ANSWERS', answers: Object.fromEntries(ticked.map((id) => [id, g(fc.constantFrom, ...INDICATOR_VALUES)])) });
        break;
      }
      case 'check': {
        const changeable = context.history.filter((id) => isQuestion(nodes.get(id)!) || nodes.get(id)!.kind === 'checklist');
        if (changeable.length && detour()) send({ type: 'CHANGE', question: g(fc.constantFrom, ...changeable) });
        else send({ type: 'NEXT' });
        break;
      }
    }
  }
  return { actor, events };
}

describe('random walks through the machine', () => {
  it('never throw, keep only valid answers, and end on an outcome screen; assessed outcomes agree with assess()', () => {
    const ends = new Set<string>();
    const used = new Set<string>();
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const { actor, events } = randomWalk(g);
        const snapshot = actor.getSnapshot();
        const end = snapshot.value as string;
        ends.add(end);
        for (const e of events) used.add(e.type);
        expect(outcomeNodeIds, JSON.stringify(events)).toContain(end);
        for (const [q, value] of Object.entries(snapshot.context.answers)) {
          const node = nodes.get(q);
          if (node && isQuestion(node)) expect(isValidAnswer(node, value), `${q}: ${JSON.stringify(value)}`).toBe(true);
        }
        if (end !== 'emergency') expect(end).toBe(judge(snapshot.context.answers).outcome);
      }),
      { numRuns: 1500 },
    );
    // The walks did explore: every outcome was reached and every kind of event was sent.
    expect([...ends].sort()).toEqual([...outcomeNodeIds].sort());
    expect([...used].sort()).toEqual(['ANSWER', 'BACK', 'CHANGE', 'CHECKLIST_ANSWERS', 'NEXT', 'OFFER', 'RESTART', 'RESUME']);
  });

  it('at check-answers, every answer belongs to a question on the path (or to the checklist)', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const { actor } = randomWalk(g);
        const { history, answers } = actor.getSnapshot().context;
        if (!history.includes('check-answers')) return;
        const viaChecklist = history.includes('checklist');
        for (const q of Object.keys(answers)) {
          expect(history.includes(q) || (viaChecklist && indicatorIds.includes(q)), q).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

const indicatorAnswers = fc.dictionary(fc.constantFrom(...indicatorIds), fc.constantFrom(...INDICATOR_VALUES), {
  maxKeys: indicatorIds.length,
});
const anyAnswers: fc.Arbitrary<Answers> = fc.dictionary(
  fc.oneof(fc.constantFrom(...indicatorIds, 'under-18', 'role', 'purpose', 'immediate-danger', 'wants-to-return'), fc.string()),
  fc.oneof(fc.constantFrom(...INDICATOR_VALUES), fc.string(), fc.array(fc.string(), { maxLength: 3 })),
);
const routing = fc.record(
  {
    role: fc.constantFrom(...ROLES),
    'immediate-danger': fc.constantFrom('yes', 'no', 'unsure'),
    'under-18': fc.constantFrom('yes', 'no', 'unsure'),
    purpose: fc.subarray(['sex', 'work', 'begging', 'crime', 'marriage', 'organs', 'other'], { minLength: 1 }),
    'wants-to-return': fc.constantFrom('yes', 'no', 'unsure'),
  },
  { requiredKeys: [] },
);
const fullAnswers = fc.tuple(routing, indicatorAnswers).map(([r, i]) => ({ ...r, ...i }) as Answers);

describe('assess() on arbitrary answers', () => {
  it('never throws and gives one of the four assessed outcomes, with consistent dimensions', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = judge(answers);
        expect(ASSESSED_OUTCOMES).toContain(result.outcome);
        expect(result.dimensions.map((d) => d.dimension)).toEqual([1, 2, 3, 4, 5, 6]);
        for (const d of result.positiveDimensions) expect(result.possibleDimensions).toContain(d);
        for (const d of result.dimensions) for (const s of d.signs) expect(['yes', 'unsure']).toContain(s.answer);
      }),
      { numRuns: 2000 },
    );
  });

  it('an adult is never child-at-risk; trafficking-signs needs positive dimensions from every group', () => {
    fc.assert(
      fc.property(indicatorAnswers, (answers) => {
        const result = judge({ ...answers, 'under-18': 'no' });
        expect(result.outcome).not.toBe('child-at-risk');
        if (result.outcome === 'trafficking-signs') {
          for (const group of bundle.scoring.trafficking) expect(group.some((d) => result.positiveDimensions.includes(d as 1))).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('"not sure" alone never makes trafficking-signs', () => {
    fc.assert(
      fc.property(fc.subarray(indicatorIds), fc.constantFrom('no', undefined), (ids, age) => {
        const answers = Object.fromEntries(ids.map((id) => [id, 'unsure']));
        expect(judge(age ? { ...answers, 'under-18': age } : answers).outcome).not.toBe('trafficking-signs');
      }),
      { numRuns: 500 },
    );
  });

  it('monotone for adults: turning any "no" into "yes" never lowers the outcome', () => {
    fc.assert(
      fc.property(indicatorAnswers, fc.nat(), (answers, pick) => {
        const adult = { ...answers, 'under-18': 'no' };
        const noes = Object.keys(answers).filter((k) => answers[k] === 'no');
        fc.pre(noes.length > 0);
        const flipped = { ...adult, [noes[pick % noes.length]]: 'yes' };
        expect(OUTCOME_RANK[judge(flipped).outcome]).toBeGreaterThanOrEqual(OUTCOME_RANK[judge(adult).outcome]);
      }),
      { numRuns: 2000 },
    );
  });

  it('monotone for adults: a new "yes" or "not sure" never lowers the outcome, nor does "not sure" → "yes"', () => {
    fc.assert(
      fc.property(indicatorAnswers, fc.constantFrom(...indicatorIds), fc.constantFrom('yes', 'unsure'), (answers, id, value) => {
        const adult = { ...answers, 'under-18': 'no' };
        const before = OUTCOME_RANK[judge(adult).outcome];
        if (answers[id] === undefined || answers[id] === 'no') {
          expect(OUTCOME_RANK[judge({ ...adult, [id]: value }).outcome]).toBeGreaterThanOrEqual(before);
        } else if (answers[id] === 'unsure') {
          expect(OUTCOME_RANK[judge({ ...adult, [id]: 'yes' }).outcome]).toBeGreaterThanOrEqual(before);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('for a possible child, once child-at-risk, more signs keep it child-at-risk', () => {
    fc.assert(
      fc.property(indicatorAnswers, fc.constantFrom('yes', 'unsure'), fc.constantFrom(...indicatorIds), (answers, age, id) => {
        const child = { ...answers, 'under-18': age };
        fc.pre(judge(child).outcome === 'child-at-risk');
        expect(judge({ ...child, [id]: 'yes' }).outcome).toBe('child-at-risk');
      }),
      { numRuns: 500 },
    );
  });
});

describe('referralsFor() on arbitrary answers', () => {
  it('child-at-risk never puts no-rosa first', () => {
    fc.assert(
      fc.property(fullAnswers, (answers) => {
        expect(referralsFor('child-at-risk', answers, bundle).contacts[0]?.id).not.toBe('no-rosa');
      }),
      { numRuns: 1000 },
    );
  });

  it('every outcome gives at least one contact with a phone number, and no contact twice', () => {
    fc.assert(
      fc.property(fullAnswers, fc.constantFrom(...OUTCOME_IDS), (answers, outcome) => {
        const { contacts, guidance } = referralsFor(outcome, answers, bundle);
        expect(contacts.some((c) => typeof c.phone === 'string' && c.phone.length > 0)).toBe(true);
        expect(new Set(contacts.map((c) => c.id)).size).toBe(contacts.length);
        expect(new Set(guidance).size).toBe(guidance.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('immediate danger always puts no-112 first', () => {
    fc.assert(
      fc.property(fullAnswers, fc.constantFrom(...OUTCOME_IDS), (answers, outcome) => {
        const contacts = referralsFor(outcome, { ...answers, 'immediate-danger': 'yes' }, bundle).contacts;
        expect(contacts[0].id).toBe('no-112');
      }),
      { numRuns: 500 },
    );
  });

  it('someone surely under 18 is never sent to adults-only services', () => {
    fc.assert(
      fc.property(fullAnswers, fc.constantFrom('child-at-risk' as const, 'no-clear-signs' as const), (answers, outcome) => {
        const contacts = referralsFor(outcome, { ...answers, 'under-18': 'yes' }, bundle).contacts;
        expect(contacts.filter((c) => c.audience === 'adults')).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('after Change or Back, the path is the one the answers lead to', () => {
  const fullSet = fc.tuple(routing, fc.dictionary(fc.constantFrom(...indicatorIds), fc.constantFrom(...INDICATOR_VALUES))).map(
    ([r, i]) =>
      ({
        role: 'self',
        'immediate-danger': 'no',
        'under-18': 'no',
        purpose: ['other'],
        'wants-to-return': 'no',
        ...Object.fromEntries(indicatorIds.map((id) => [id, 'no'])),
        ...r,
        ...i,
      }) as Answers,
  );
  /** A different valid answer for a question, picked by `pick`. */
  const otherAnswer = (question: string, pick: number): string | string[] => {
    const node = nodes.get(question)!;
    const options = [...optionsOf(node)];
    if (node.kind === 'multiple')
      return options
        .filter((_, i) => (pick >> i) & 1)
        .concat(pick % 2 ? [] : [options[0]])
        .filter((v, i, a) => a.indexOf(v) === i);
    return options[pick % options.length];
  };

  it.each(['change', 'back'] as const)('%s: a fresh walk with the answers kept takes exactly the same path', (how) => {
    fc.assert(
      fc.property(fullSet, fc.nat(), fc.nat({ max: 127 }), (answers, which, pick) => {
        const { actor } = walk(answers);
        if (at(actor) !== 'check-answers') return;
        const asked = actor.getSnapshot().context.history.filter((id) => isQuestion(nodes.get(id)!));
        const question = asked[which % asked.length];
        const value = otherAnswer(question, pick);
        if (how === 'change') actor.send({ type: 'CHANGE', question });
        else while (at(actor) !== question) actor.send({ type: 'BACK' });
        actor.send({ type: 'ANSWER', value });
        walk({ ...answers, [question]: value }, { actor });
        expect(at(actor)).toBe('check-answers');
        const { history, answers: kept } = actor.getSnapshot().context;
        // Answers left behind must not have opened or skipped any question.
        const fresh = walk(kept);
        expect(fresh.visited).toEqual([...history, 'check-answers']);
        expect(Object.keys(fresh.answers).sort()).toEqual(Object.keys(kept).sort());
      }),
      { numRuns: 300 },
    );
  });
});
