/**
 * Property-based tests (fast-check): random walks through the real machine, the grouped screens
 * against one question per screen, and assess() and referralsFor() on arbitrary answers.
 */
import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { isQuestion, isValidQuestionAnswer, optionsOf, questionsOf, visibleQuestions } from '../../src/engine/flow';
import { compileMachine, type ScreeningEvent } from '../../src/engine/machine';
import { referralsFor } from '../../src/engine/referrals';
import type { Answers, Condition, FlowNode, GroupQuestion, ScreeningFile } from '../../src/engine/types';
import { ASSESSED_OUTCOMES, INDICATOR_VALUES, OUTCOME_IDS, ROLES } from '../../src/engine/types';
import {
  OUTCOME_RANK,
  PURPOSES,
  answersBefore,
  at,
  bundle,
  indicatorIds,
  judge,
  named,
  nodes,
  outcomeNodeIds,
  owners,
  questionIds,
  questionOf,
  startActor,
  walk,
  type ScreeningActor,
} from '../fixtures/project';

type Gen = fc.GeneratorValue;
type Value = string | string[];

const MAX_DETOURS = 6;

/** A random valid answer to one question. */
const randomValue = (g: Gen, q: Pick<GroupQuestion, 'kind' | 'options'>): Value =>
  q.kind === 'multiple' ? g(fc.subarray, [...optionsOf(q)], { minLength: 1 }) : g(fc.constantFrom, ...optionsOf(q));

/**
 * A random valid answer for the screen the actor is at: for a group screen, a random answer to each
 * question it shows, a follow-up shown or not by the random answers above it.
 */
function randomAnswer(g: Gen, actor: ScreeningActor, node: FlowNode): Value | Record<string, Value> {
  if (node.kind !== 'group') return randomValue(g, questionsOf(node)[0]);
  const before = answersBefore(actor, node.id);
  const given: Record<string, Value> = {};
  for (const q of questionsOf(node)) {
    if (visibleQuestions(node, before, given, named).some((x) => x.id === q.id)) given[q.id] = randomValue(g, q);
  }
  return given;
}

/** Something no screen accepts. */
const invalidAnswer = (g: Gen) =>
  g(fc.constantFrom, 'maybe', '', 'YES', ['yes'], { 'under-18': 'maybe', purpose: ['work'] }, { 'deceived-job': 'YES' }, {});

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
      else send({ type: 'ANSWER', value: invalidAnswer(g) as string });
      continue;
    }
    if (node.offers?.length && g(fc.integer, { min: 0, max: 3 }) === 0) {
      const offer = node.offers[0];
      send({ type: 'OFFER', offer: offer.event, value: offer.withAnswer ? randomAnswer(g, actor, node) : undefined });
      if (at(actor) !== node.id) continue;
    }
    if (node.kind === 'info') send({ type: 'NEXT' });
    else if (isQuestion(node)) send({ type: 'ANSWER', value: randomAnswer(g, actor, node) });
    else if (node.kind === 'checklist') {
      const ticked = g(fc.subarray, indicatorIds);
      send({ type: 'CHECKLIST_ANSWERS', answers: Object.fromEntries(ticked.map((id) => [id, g(fc.constantFrom, ...INDICATOR_VALUES)])) });
    } else if (node.kind === 'check') {
      const changeable = context.history.filter((id) => isQuestion(nodes.get(id)!));
      if (changeable.length && detour()) send({ type: 'CHANGE', question: g(fc.constantFrom, ...changeable) });
      else send({ type: 'NEXT' });
    }
  }
  return { actor, events };
}

describe('random walks through the machine', () => {
  it('never throw, keep only valid answers, and end on an outcome screen; assessed outcomes agree with assess()', () => {
    const ends = new Set<string>();
    const used = new Set<string>();
    let assessed = 0;
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const { actor, events } = randomWalk(g);
        const snapshot = actor.getSnapshot();
        const end = snapshot.value as string;
        ends.add(end);
        for (const e of events) used.add(e.type);
        expect(outcomeNodeIds, JSON.stringify(events)).toContain(end);
        for (const [q, value] of Object.entries(snapshot.context.answers)) {
          expect(isValidQuestionAnswer(questionOf(q), value), `${q}: ${JSON.stringify(value)}`).toBe(true);
        }
        if (end !== 'emergency') {
          assessed += 1;
          expect(end).toBe(judge(snapshot.context.answers).outcome);
          expect(snapshot.context.assessment).toEqual(judge(snapshot.context.answers));
        }
      }),
      { numRuns: 1500 },
    );
    // The walks did explore: every outcome was reached and every kind of event was sent.
    expect(assessed).toBeGreaterThan(500);
    expect([...ends].sort()).toEqual([...outcomeNodeIds].sort());
    expect([...used].sort()).toEqual(['ANSWER', 'BACK', 'CHANGE', 'CHECKLIST_ANSWERS', 'NEXT', 'OFFER', 'RESTART', 'RESUME']);
  }, 60_000);

  it('at check-answers, every answer belongs to a screen on the path (or to the checklist)', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const { actor } = randomWalk(g);
        const { history, answers } = actor.getSnapshot().context;
        if (!history.includes('check-answers')) return;
        checked += 1;
        const viaChecklist = history.includes('checklist');
        for (const q of Object.keys(answers)) {
          expect(history.includes(owners.get(q)!) || (viaChecklist && indicatorIds.includes(q)), q).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
    expect(checked).toBeGreaterThan(100);
  }, 30_000);
});

/**
 * A random answer to every question of the flow. Half the sets answer nearly every sign "no", so
 * that the quiet outcomes are reached as often as the others.
 */
const everyAnswer: fc.Arbitrary<Record<string, Value>> = fc.boolean().chain((quiet) =>
  fc.record(
    Object.fromEntries(
      questionIds.map((id) => {
        const q = questionOf(id);
        if (q.kind === 'multiple') return [id, fc.subarray([...optionsOf(q)], { minLength: 1 })];
        if (q.kind === 'indicator' && quiet)
          return [id, fc.oneof({ arbitrary: fc.constant('no'), weight: 19 }, { arbitrary: fc.constantFrom('yes', 'unsure'), weight: 1 })];
        return [id, fc.constantFrom(...optionsOf(q))];
      }),
    ) as Record<string, fc.Arbitrary<Value>>,
  ),
);

/**
 * The flow with every question of a group screen on a screen of its own, in the same order: a
 * question's node is asked when its screen's askIf and its own both hold, and references to the
 * group screen go to its first question.
 */
function flattened(flow: ScreeningFile): ScreeningFile {
  const firstOf = new Map(flow.nodes.filter((n) => n.kind === 'group').map((n) => [n.id, n.questions![0].id]));
  const to = (id: string | undefined) => (id === undefined ? undefined : (firstOf.get(id) ?? id));
  const both = (a?: Condition, b?: Condition): Condition | undefined => (a && b ? { all: [a, b] } : (a ?? b));
  const out: FlowNode[] = [];
  for (const node of flow.nodes) {
    const common = { routes: node.routes?.map((r) => ({ ...r, to: to(r.to)! })), resume: to(node.resume) };
    if (node.kind !== 'group') {
      out.push({ ...node, ...common, next: to(node.next), offers: undefined });
      continue;
    }
    const qs = node.questions!;
    qs.forEach((q, i) => {
      out.push({
        id: q.id,
        kind: q.kind,
        ...(q.options ? { options: q.options } : {}),
        askIf: both(node.askIf, q.askIf),
        ...(i === qs.length - 1 ? { routes: common.routes, next: to(node.next) } : { next: qs[i + 1].id }),
      });
    });
  }
  return { ...flow, start: to(flow.start)!, nodes: out };
}

const flatFlow = flattened(bundle.screening);
const flatBundle = { ...bundle, screening: flatFlow };
const flatMachine = compileMachine(flatBundle);
const flatNodes = new Map(flatFlow.nodes.map((n) => [n.id, n]));

/** Walks the one-question-per-screen machine with the answers, to an outcome. */
function walkFlat(answers: Record<string, Value>) {
  const actor = createActor(flatMachine).start();
  const asked: string[] = [];
  for (let i = 0; i < 100; i++) {
    const node = flatNodes.get(String(actor.getSnapshot().value))!;
    if (node.kind === 'outcome' && !node.resume) break;
    if (node.kind === 'outcome') actor.send({ type: 'RESUME' });
    else if (node.kind === 'info' || node.kind === 'check') actor.send({ type: 'NEXT' });
    else {
      asked.push(node.id);
      actor.send({ type: 'ANSWER', value: answers[node.id] });
    }
  }
  return { outcome: String(actor.getSnapshot().value), asked, context: actor.getSnapshot().context };
}

describe('same answers, same outcome: group screens against one question per screen', () => {
  it('the flattened flow has one screen per question, each question once, and no group screen', () => {
    expect(flatFlow.nodes.filter((n) => isQuestion(n)).map((n) => n.id).sort()).toEqual([...questionIds].sort());
    expect(flatFlow.nodes.some((n) => n.kind === 'group')).toBe(false);
  });

  it('the same random answers give the same answers kept, the same assessment and the same referrals', () => {
    let compared = 0;
    const outcomes = new Set<string>();
    fc.assert(
      fc.property(everyAnswer, (answers) => {
        const grouped = walk(answers);
        if (grouped.node === 'check-answers') grouped.actor.send({ type: 'NEXT' });
        const groupedEnd = at(grouped.actor);
        const groupedContext = grouped.actor.getSnapshot().context;
        const flat = walkFlat(answers);
        expect(flat.outcome).toBe(groupedEnd);
        expect(flat.context.answers).toEqual(groupedContext.answers);
        // Every question the flat flow asked is one a group screen showed, and no other.
        expect([...flat.asked].sort()).toEqual(Object.keys(groupedContext.answers).sort());
        expect(flat.context.assessment).toEqual(groupedContext.assessment);
        if (groupedContext.assessment) expect(groupedContext.assessment).toEqual(judge(groupedContext.answers));
        expect(referralsFor(flat.outcome as never, flat.context.answers, bundle)).toEqual(
          referralsFor(groupedEnd as never, groupedContext.answers, bundle),
        );
        compared += 1;
        outcomes.add(groupedEnd);
      }),
      { numRuns: 400 },
    );
    expect(compared).toBe(400);
    // Danger "yes" resumes after the emergency screen: every walk ends on an assessed outcome, and each was reached.
    expect([...outcomes].sort()).toEqual([...ASSESSED_OUTCOMES].sort());
  }, 30_000);
});

const indicatorAnswers = fc.dictionary(fc.constantFrom(...indicatorIds), fc.constantFrom(...INDICATOR_VALUES), {
  maxKeys: indicatorIds.length,
});
const anyAnswers: fc.Arbitrary<Answers> = fc.dictionary(
  fc.oneof(fc.constantFrom(...questionIds), fc.string()),
  fc.oneof(fc.constantFrom(...INDICATOR_VALUES), fc.string(), fc.array(fc.string(), { maxLength: 3 })),
);
const routing = fc.record(
  {
    role: fc.constantFrom(...ROLES),
    'immediate-danger': fc.constantFrom('yes', 'no', 'unsure'),
    'under-18': fc.constantFrom('yes', 'no', 'unsure'),
    purpose: fc.subarray([...PURPOSES], { minLength: 1 }),
    citizenship: fc.constantFrom(...optionsOf(questionOf('citizenship'))),
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

  it('an adult is trafficking-signs exactly when § 257 holds: means and exploitation, or made to sell sex or commit crime', () => {
    fc.assert(
      fc.property(indicatorAnswers, fc.subarray([...PURPOSES]), (answers, purpose) => {
        const result = judge({ ...answers, purpose, 'under-18': 'no' });
        expect(result.outcome).not.toBe('child-at-risk');
        const law = (result.law.means && result.law.exploitation) || result.law.forcedInto.length > 0;
        expect(result.outcome === 'trafficking-signs').toBe(law);
        // The ILO rule is stricter: where it holds, so does the law.
        if (result.iloTrafficking) expect(result.outcome).toBe('trafficking-signs');
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

  it('for a possible child, the situation itself (law.childSituation) always gives child-at-risk, whatever the signs', () => {
    fc.assert(
      fc.property(fullAnswers, fc.constantFrom('yes', 'unsure'), (answers, age) => {
        const result = judge({ ...answers, 'under-18': age });
        if (result.law.childSituation) expect(result.outcome).toBe('child-at-risk');
        if (result.outcome !== 'child-at-risk') expect(result.dimensions.flatMap((d) => d.signs)).toEqual([]);
      }),
      { numRuns: 1000 },
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
        citizenship: 'other',
        'wants-to-return': 'no',
        ...Object.fromEntries(indicatorIds.map((id) => [id, 'no'])),
        ...r,
        ...i,
      }) as Record<string, Value>,
  );

  /**
   * Walks with the answers to check-answers, goes back to one screen (by Change or by Back),
   * answers it anew from `other`, and walks on; then a fresh walk with the answers kept must take
   * exactly the same path and keep the same answers.
   */
  const property = (how: 'change' | 'back') =>
    fc.property(fullSet, fullSet, fc.nat(), (answers, other, which) => {
      const { actor } = walk(answers);
      if (at(actor) !== 'check-answers') return;
      const screens = actor.getSnapshot().context.history.filter((id) => isQuestion(nodes.get(id)!));
      const screen = screens[which % screens.length];
      if (how === 'change') actor.send({ type: 'CHANGE', question: screen });
      else while (at(actor) !== screen) actor.send({ type: 'BACK' });
      expect(at(actor)).toBe(screen);
      const mixed = { ...answers, ...Object.fromEntries(questionsOf(nodes.get(screen)!).map((q) => [q.id, other[q.id]])) };
      walk(mixed, { actor });
      expect(at(actor)).toBe('check-answers');
      const { history, answers: kept } = actor.getSnapshot().context;
      // Answers left behind must not have opened or skipped any screen.
      const fresh = walk(kept);
      expect(fresh.visited).toEqual([...history, 'check-answers']);
      expect(Object.keys(fresh.answers).sort()).toEqual(Object.keys(kept).sort());
      expect(judge(fresh.answers).outcome).toBe(judge(kept).outcome);
    });

  it('back: a fresh walk with the answers kept takes exactly the same path', () => {
    fc.assert(property('back'), { numRuns: 300 });
  }, 30_000);

  it('change: a fresh walk with the answers kept takes exactly the same path', () => {
    fc.assert(property('change'), { numRuns: 300 });
  }, 30_000);
});
