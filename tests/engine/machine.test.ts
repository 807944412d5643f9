/**
 * The compiled screening machine, driven through a real actor. Every branch of every node is reached
 * through real earlier answers: enumeratePaths() gives the distinct paths, and each edge they take
 * has a witness path that is replayed event by event. A group screen takes one ANSWER: a record with
 * an answer for every question it shows.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, referencedQuestions } from '../../src/engine/conditions';
import { isQuestion, optionsOf, outcomeNodes, questionsOf, visibleQuestions, type NodeAnswer } from '../../src/engine/flow';
import type { ScreeningEvent } from '../../src/engine/machine';
import { enumeratePaths } from '../../src/engine/paths';
import type { Answers } from '../../src/engine/types';
import {
  CHECKLIST_SETS,
  answersBefore,
  at,
  book,
  bundle,
  indicatorIds,
  judge,
  named,
  nodes,
  outcomeNodeIds,
  questionOf,
  screenAnswer,
  startActor,
  walk,
  type ScreeningActor,
} from '../fixtures/project';

const flow = bundle.screening;
const outcomeNodeOf = outcomeNodes(flow);
const CHECK = flow.nodes.find((n) => n.kind === 'check')!.id;
const CHECKLIST = flow.nodes.find((n) => n.kind === 'checklist')!.id;

interface Step {
  event: ScreeningEvent;
  to: string;
}
interface Witness {
  name: string;
  steps: Step[];
  /** The answers the actor must hold on check-answers. */
  expected: Answers;
}

/** The record a group screen is answered with on a path: the answers to the questions it shows. */
function recordOn(nodeId: string, answers: Answers): Record<string, string | readonly string[]> {
  const node = nodes.get(nodeId)!;
  return Object.fromEntries(visibleQuestions(node, answers, answers, named).map((q) => [q.id, answers[q.id]]));
}

/** The events that walk an enumerated path, then Continue on check-answers to the outcome assess() gives. */
function witnessOf(name: string, pathNodes: string[], answers: Answers): Witness {
  const steps: Step[] = [];
  const given: Record<string, string | readonly string[]> = {};
  for (let i = 0; i + 1 < pathNodes.length; i++) {
    const node = nodes.get(pathNodes[i])!;
    let event: ScreeningEvent;
    if (node.kind === 'info') event = { type: 'NEXT' };
    else if (node.kind === 'outcome') event = { type: 'RESUME' };
    else if (node.kind === 'group') {
      const record = recordOn(node.id, answers);
      event = { type: 'ANSWER', value: record };
      Object.assign(given, record);
    } else if (isQuestion(node)) {
      event = { type: 'ANSWER', value: answers[node.id] };
      given[node.id] = answers[node.id];
    } else throw new Error(`unexpected ${node.kind} node ${node.id} inside a path`);
    steps.push({ event, to: pathNodes[i + 1] });
  }
  if (pathNodes.at(-1) === CHECK) steps.push({ event: { type: 'NEXT' }, to: outcomeNodeOf.get(judge(given).outcome)! });
  return { name, steps, expected: given };
}

const paths = enumeratePaths(bundle);
const asksAge = (p: { answers: Answers }) => p.answers['under-18'] !== undefined;

/** Every sign answered "yes": on a path through the sign screens it stays on the same path. */
const everySignYes = Object.fromEntries(indicatorIds.map((id) => [id, 'yes']));

/**
 * Each path as enumerated (under-18 does not route, so it is "yes"), as a sure adult, and on the
 * paths through the sign screens as an adult with every sign "yes".
 */
const witnesses: Witness[] = paths.flatMap((p, i) => [
  witnessOf(`path ${i}`, p.nodes, p.answers),
  ...(asksAge(p) ? [witnessOf(`path ${i} (adult)`, p.nodes, { ...p.answers, 'under-18': 'no' })] : []),
  ...(p.nodes.includes('signs-situation')
    ? [witnessOf(`path ${i} (adult, every sign "yes")`, p.nodes, { ...p.answers, ...everySignYes, 'under-18': 'no' })]
    : []),
]);

/** The offered ways (the professionals' checklist), taken from a path where the offer holds. */
for (const node of flow.nodes) {
  for (const offer of node.offers ?? []) {
    // A path through the node, with the answers the offer looks at set so that the offer holds
    // (those answers do not route: the path stays the same, which the replay checks).
    const looked = offer.when ? referencedQuestions(offer.when, named) : [];
    const variants = looked.reduce<Record<string, string | readonly string[]>[]>(
      (acc, q) => acc.flatMap((a) => optionsOf(questionOf(q)).map((v) => ({ ...a, [q]: v }))),
      [{}],
    );
    const found = paths
      .filter((p) => p.nodes.includes(node.id))
      .flatMap((p) => variants.map((v) => ({ path: p, answers: { ...p.answers, ...v, 'under-18': 'no' } as Answers })))
      .find(({ answers }) => !offer.when || evaluate(offer.when, answers, named));
    if (!found) continue;
    const prefix = found.path.nodes.slice(0, found.path.nodes.indexOf(node.id) + 1);
    for (const [k, set] of CHECKLIST_SETS.entries()) {
      const before = witnessOf('', prefix, found.answers);
      // An offer taken with the screen's answer (the about screen) records that answer on the way.
      const own = offer.withAnswer ? recordOn(node.id, found.answers) : {};
      const expected = { ...before.expected, ...own, ...set };
      witnesses.push({
        name: `offer ${offer.event} at ${node.id}, checklist set ${k}`,
        steps: [
          ...before.steps,
          { event: { type: 'OFFER', offer: offer.event, value: offer.withAnswer ? own : undefined }, to: offer.to },
          // The checklist is its own review: sending it goes straight to the outcome.
          { event: { type: 'CHECKLIST_ANSWERS', answers: set }, to: outcomeNodeOf.get(judge(expected).outcome)! },
        ],
        expected,
      });
    }
  }
}

function replay(witness: Witness) {
  const actor = startActor();
  expect(at(actor)).toBe(flow.start);
  for (const [i, step] of witness.steps.entries()) {
    if (at(actor) === CHECK)
      expect(actor.getSnapshot().context.answers, `${witness.name}: answers on check-answers`).toEqual(witness.expected);
    actor.send(step.event);
    expect(at(actor), `${witness.name}, step ${i + 1} (${JSON.stringify(step.event)})`).toBe(step.to);
  }
  return actor;
}

const edgeKey = (from: string, to: string) => `${from} → ${to}`;
const witnessFor = new Map<string, Witness>();
for (const w of witnesses) {
  let from = flow.start;
  for (const s of w.steps) {
    const key = edgeKey(from, s.to);
    if (!witnessFor.has(key)) witnessFor.set(key, w);
    from = s.to;
  }
}
/** The edges of the enumerated graph. */
const enumeratedEdges = new Set(paths.flatMap((p) => p.nodes.slice(1).map((to, i) => edgeKey(p.nodes[i], to))));

const nonOutcomeNodes = flow.nodes.filter((n) => n.kind !== 'outcome').map((n) => n.id);

describe('every branch of every node, reached through real answers', () => {
  it('the enumeration finds each way through: with or without the emergency screen, with or without the sign screens', () => {
    const signs = ['signs-situation', 'status', 'check-answers'];
    expect(paths.map((p) => p.nodes.join(' > ')).sort()).toEqual(
      [
        ['immediate-danger', 'emergency'],
        ['immediate-danger', 'emergency', ...NO_SIGNS_PATH.slice(3)],
        ['immediate-danger', 'emergency', ...WITH_SIGNS_PATH.slice(3)],
        NO_SIGNS_PATH.slice(2),
        WITH_SIGNS_PATH.slice(2),
      ]
        .map((rest) => ['start', 'role', ...rest].join(' > '))
        .sort(),
    );
    expect(signs.every((id) => WITH_SIGNS_PATH.includes(id))).toBe(true);
  });

  it('every node of screening.json is on some witness path', () => {
    const covered = new Set([flow.start, ...witnesses.flatMap((w) => w.steps.map((s) => s.to))]);
    expect(flow.nodes.map((n) => n.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('every non-outcome node but the checklist is on an enumerated path', () => {
    const onPaths = new Set(paths.flatMap((p) => p.nodes));
    expect(nonOutcomeNodes.filter((id) => !onPaths.has(id))).toEqual([CHECKLIST]);
  });

  it('every edge of the enumerated graph has a witness', () => {
    expect([...enumeratedEdges].filter((e) => !witnessFor.has(e))).toEqual([]);
  });

  it('check-answers and the checklist each lead to the assessed outcomes on some witness', () => {
    const reached = (from: string) =>
      [...witnessFor.keys()]
        .filter((k) => k.startsWith(`${from} → `))
        .map((k) => k.split(' → ')[1])
        .sort();
    expect(reached(CHECK)).toEqual(['child-at-risk', 'exploitation-signs', 'no-clear-signs', 'trafficking-signs']);
    expect(reached(CHECKLIST)).toEqual(['exploitation-signs', 'no-clear-signs', 'trafficking-signs']);
  });

  it('every witness replays through a real actor, ending at the outcome assess() gives', () => {
    for (const w of witnesses) {
      const actor = replay(w);
      expect(outcomeNodeIds).toContain(at(actor));
    }
  });

  describe.each(nonOutcomeNodes)('node %s', (id) => {
    const outgoing = [...witnessFor.entries()].filter(([k]) => k.startsWith(`${id} → `));
    it('has at least one edge taken', () => {
      expect(outgoing.length).toBeGreaterThan(0);
    });
    it.each(outgoing.map(([edge, w]) => ({ edge, w })))('$edge', ({ w }) => {
      const actor = replay(w);
      expect(outcomeNodeIds).toContain(at(actor));
    });
  });
});

/** An adult's routing answers; signs not given are "no" (walk() answers them so). */
const adultNoSigns = (extra: Record<string, string | string[]> = {}) => ({
  role: 'self',
  'immediate-danger': 'no',
  'under-18': 'no',
  purpose: ['work'],
  citizenship: 'norway',
  ...extra,
});
const NO_SIGNS_PATH = ['start', 'role', 'immediate-danger', 'about', 'signs-work', 'signs-control', 'check-answers'];
const WITH_SIGNS_PATH = ['start', 'role', 'immediate-danger', 'about', 'signs-work', 'signs-control', 'signs-situation', 'status', 'check-answers'];

const answersOf = (actor: ScreeningActor) => actor.getSnapshot().context.answers;
/** The answer walk() would send on the screen the actor is at. */
const answerHere = (actor: ScreeningActor, answers: Answers) => screenAnswer(nodes.get(at(actor))!, answers, answersBefore(actor))!;
/** Every question of a screen answered: `value` for signs, the given answers for the rest. */
const everyQuestion = (nodeId: string, value: string, extra: Answers = {}) => ({
  ...Object.fromEntries(questionsOf(nodes.get(nodeId)!).map((q) => [q.id, q.kind === 'indicator' ? value : optionsOf(q)[0]])),
  ...extra,
});
/** The questions the screen the actor is at shows, by the machine's own rule. */
const shownHere = (actor: ScreeningActor, given: Answers = {}) =>
  visibleQuestions(nodes.get(at(actor))!, answersBefore(actor), given, named).map((q) => q.id);

describe('the screens, in order', () => {
  it('Continue on the start screen asks the role', () => {
    const actor = startActor();
    expect(at(actor)).toBe('start');
    actor.send({ type: 'NEXT' });
    expect(at(actor)).toBe('role');
  });

  it('someone with no signs passes six screens; a sign opens the situation and status screens', () => {
    expect(walk(adultNoSigns()).visited).toEqual(NO_SIGNS_PATH);
    expect(walk(adultNoSigns({ fines: 'yes' })).visited).toEqual(WITH_SIGNS_PATH);
    expect(walk(adultNoSigns({ 'deceived-job': 'unsure' })).visited).toEqual(WITH_SIGNS_PATH);
  });

  it('a sign of the situation screen alone opens nothing: it is asked only after another sign', () => {
    for (const q of questionsOf(nodes.get('signs-situation')!)) {
      expect(evaluate({ ref: 'any-sign' }, { [q.id]: 'yes' }, named), q.id).toBe(false);
    }
  });

  it('danger "yes" leads to the emergency screen, and RESUME goes on to the about screen keeping the answers', () => {
    const { actor, visited } = walk({ role: 'other', 'immediate-danger': 'yes' }, { resume: false });
    expect(visited).toEqual(['start', 'role', 'immediate-danger', 'emergency']);
    actor.send({ type: 'RESUME' });
    expect(at(actor)).toBe('about');
    expect(answersOf(actor)).toEqual({ role: 'other', 'immediate-danger': 'yes' });
  });

  it.each(['no', 'unsure'])('danger "%s" goes straight on to the about screen', (danger) => {
    const { visited } = walk({ role: 'self', 'immediate-danger': danger });
    expect(visited).toEqual(['start', 'role', 'immediate-danger', 'about']);
  });

  it('RESUME does nothing on a screen that is not the emergency screen', () => {
    const { actor } = walk({ role: 'self' });
    actor.send({ type: 'RESUME' });
    expect(at(actor)).toBe('immediate-danger');
  });
});

describe('group screens: one ANSWER with a record of every question shown', () => {
  it('the about screen takes under-18 and purpose together', () => {
    const { actor } = walk({ role: 'self', 'immediate-danger': 'no' });
    expect(at(actor)).toBe('about');
    expect(shownHere(actor)).toEqual(['under-18', 'purpose']);
    actor.send({ type: 'ANSWER', value: { 'under-18': 'unsure', purpose: ['sex', 'work'] } });
    expect(at(actor)).toBe('signs-work');
    expect(answersOf(actor)).toEqual({ role: 'self', 'immediate-danger': 'no', 'under-18': 'unsure', purpose: ['sex', 'work'] });
  });

  it.each([
    { purpose: ['sex'], work: [], control: ['forced-sex'] },
    { purpose: ['work'], work: ['hazardous-work', 'forced-work'], control: [] },
    { purpose: ['begging'], work: [], control: ['forced-crime'] },
    { purpose: ['crime'], work: [], control: ['forced-crime'] },
    { purpose: ['marriage'], work: [], control: ['forced-sex'] },
    { purpose: ['organs'], work: [], control: [] },
    { purpose: ['war-service'], work: [], control: [] },
    { purpose: ['other'], work: ['hazardous-work', 'forced-work'], control: ['forced-sex', 'forced-crime'] },
    { purpose: ['sex', 'work', 'crime'], work: ['hazardous-work', 'forced-work'], control: ['forced-sex', 'forced-crime'] },
  ])('purpose $purpose shows $work on signs-work and $control on signs-control; a hidden question is not recorded', ({ purpose, work, control }) => {
    const byPurpose = ['hazardous-work', 'forced-work', 'forced-sex', 'forced-crime'];
    const { actor } = walk(adultNoSigns({ purpose }), { stopAt: 'signs-work' });
    for (const [screen, opened] of [
      ['signs-work', work],
      ['signs-control', control],
    ] as const) {
      expect(at(actor)).toBe(screen);
      const shown = shownHere(actor);
      expect(shown.filter((q) => byPurpose.includes(q))).toEqual(opened);
      // Every question of the screen answered, the hidden ones too: only the shown are kept.
      actor.send({ type: 'ANSWER', value: everyQuestion(screen, 'no') });
      const recorded = Object.keys(answersOf(actor)).filter((q) => questionsOf(nodes.get(screen)!).some((x) => x.id === q));
      // A follow-up under a sign shows only when the sign is "yes" or "not sure": with every sign "no", none shows.
      expect(recorded.sort()).toEqual(shown.sort());
    }
    expect(at(actor)).toBe('check-answers');
  });

  it.each([
    ['signs-work', 'low-or-no-pay', 'wages-withheld'],
    ['signs-work', 'debt-bondage', 'recruitment-debt'],
    ['signs-control', 'threats', 'threats-family'],
  ])('on %s, %s "yes" or "not sure" reveals %s under it, and then it must be answered', (screen, sign, followUp) => {
    for (const value of ['yes', 'unsure']) {
      const { actor } = walk(adultNoSigns(), { stopAt: 'signs-work' });
      if (screen === 'signs-control') actor.send({ type: 'ANSWER', value: answerHere(actor, adultNoSigns()) });
      expect(at(actor)).toBe(screen);
      expect(shownHere(actor, { [sign]: 'no' })).not.toContain(followUp);
      const shown = shownHere(actor, { [sign]: value });
      expect(shown.indexOf(followUp)).toBe(shown.indexOf(sign) + 1);
      const record = answerHere(actor, adultNoSigns({ [sign]: value })) as Record<string, string>;
      expect(record[followUp]).toBe('no');
      const { [followUp]: _left, ...without } = record;
      actor.send({ type: 'ANSWER', value: without });
      expect(at(actor), 'a shown follow-up without an answer').toBe(screen);
      actor.send({ type: 'ANSWER', value: { ...record, [followUp]: 'yes' } });
      expect(at(actor)).not.toBe(screen);
      expect(answersOf(actor)).toMatchObject({ [sign]: value, [followUp]: 'yes' });
    }
  });

  it('an answer to a follow-up whose sign is "no" is dropped: it can neither route nor score', () => {
    const { actor } = walk(adultNoSigns(), { stopAt: 'signs-work' });
    expect(at(actor)).toBe('signs-work');
    actor.send({ type: 'ANSWER', value: everyQuestion('signs-work', 'no', { 'low-or-no-pay': 'no', 'wages-withheld': 'yes' }) });
    expect(at(actor)).toBe('signs-control');
    expect(answersOf(actor)).not.toHaveProperty('wages-withheld');
    // wages-withheld "yes" would be a sign and open the situation screen; dropped, it does not.
    actor.send({ type: 'ANSWER', value: answerHere(actor, adultNoSigns()) });
    expect(at(actor)).toBe('check-answers');
  });

  it.each([
    { citizenship: 'norway', shows: ['citizenship'] },
    { citizenship: 'eea', shows: ['citizenship', 'wants-to-return'] },
    { citizenship: 'other', shows: ['citizenship', 'no-legal-status', 'wants-to-return'] },
    { citizenship: 'unsure', shows: ['citizenship', 'no-legal-status', 'wants-to-return'] },
  ])('the status screen with citizenship $citizenship shows $shows', ({ citizenship, shows }) => {
    const answers = adultNoSigns({ fines: 'yes', citizenship, 'wants-to-return': 'no' });
    const { actor } = walk(answers);
    expect(at(actor)).toBe('check-answers');
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('status');
    expect(shownHere(actor, { citizenship })).toEqual(shows);
    const status = questionsOf(nodes.get('status')!).map((q) => q.id);
    expect(Object.keys(answersOf(actor)).filter((q) => status.includes(q)).sort()).toEqual([...shows].sort());
  });

  it('the status screen takes "not sure" for citizenship, and then asks about papers and going home', () => {
    const { node, answers } = walk(adultNoSigns({ fines: 'yes', citizenship: 'unsure', 'no-legal-status': 'unsure', 'wants-to-return': 'unsure' }));
    expect(node).toBe('check-answers');
    expect(answers).toMatchObject({ citizenship: 'unsure', 'no-legal-status': 'unsure', 'wants-to-return': 'unsure' });
  });
});

describe('Back', () => {
  it('returns to the previous screen and keeps its answers', () => {
    const { actor } = walk(adultNoSigns({ 'deceived-job': 'unsure' }));
    while (at(actor) !== 'signs-control') actor.send({ type: 'BACK' });
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('signs-work');
    expect(answersOf(actor)['deceived-job']).toBe('unsure');
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('about');
    expect(answersOf(actor)).toMatchObject({ 'under-18': 'no', purpose: ['work'] });
  });

  it('from a group screen goes back to the screen before it; answered anew, the group routes on its new answers', () => {
    const { actor } = walk(adultNoSigns({ 'excessive-hours': 'yes' }));
    expect(at(actor)).toBe('check-answers');
    while (at(actor) !== 'signs-control') actor.send({ type: 'BACK' });
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('signs-work');
    actor.send({ type: 'ANSWER', value: answerHere(actor, adultNoSigns()) });
    expect(at(actor)).toBe('signs-control');
    actor.send({ type: 'ANSWER', value: answerHere(actor, adultNoSigns()) });
    // The long hours are "no" now: no sign, so the situation and status screens are passed over.
    expect(at(actor)).toBe('check-answers');
    expect(answersOf(actor)['excessive-hours']).toBe('no');
  });

  it('passes back over the screens that were not asked', () => {
    const { actor } = walk(adultNoSigns());
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('signs-control');
  });

  it('goes back to the emergency screen from the about screen when the person came that way', () => {
    const { actor } = walk({ role: 'self', 'immediate-danger': 'yes' });
    expect(at(actor)).toBe('about');
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('emergency');
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('immediate-danger');
  });

  it('goes back from check-answers to the last screen asked', () => {
    const { actor } = walk(adultNoSigns({ threats: 'yes' }));
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('status');
  });

  it('does nothing on the start screen', () => {
    const actor = startActor();
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('start');
  });

  it('walks all the way back to the start', () => {
    const { actor, visited } = walk(adultNoSigns({ threats: 'yes' }));
    const back: string[] = [];
    for (let i = 0; i < visited.length - 1; i++) {
      actor.send({ type: 'BACK' });
      back.push(at(actor));
    }
    expect(back).toEqual(visited.slice(0, -1).reverse());
  });
});

describe('Change on check-answers (a group screen is changed as a whole)', () => {
  it('goes to the screen and, once answered, back to check-answers past the answered screens', () => {
    const { actor } = walk(adultNoSigns());
    actor.send({ type: 'CHANGE', question: 'signs-work' });
    expect(at(actor)).toBe('signs-work');
    actor.send({ type: 'ANSWER', value: answerHere(actor, adultNoSigns()) });
    expect(at(actor)).toBe('check-answers');
    expect(answersOf(actor)).toEqual(walk(adultNoSigns()).answers);
  });

  it('a changed answer that opens no new screen returns to check-answers with the new answer', () => {
    const { actor } = walk(adultNoSigns());
    actor.send({ type: 'CHANGE', question: 'role' });
    expect(at(actor)).toBe('role');
    actor.send({ type: 'ANSWER', value: 'professional' });
    expect(at(actor)).toBe('check-answers');
    expect(answersOf(actor).role).toBe('professional');
    // The rebuilt history lets Back walk the path as before.
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('signs-control');
  });

  it('a change that opens new screens stops at each (a sign opens the situation and status screens)', () => {
    const { actor } = walk(adultNoSigns());
    actor.send({ type: 'CHANGE', question: 'signs-work' });
    actor.send({ type: 'ANSWER', value: answerHere(actor, adultNoSigns({ 'deceived-job': 'yes' })) });
    // signs-control is answered already and shows nothing new: passed over.
    expect(at(actor)).toBe('signs-situation');
    actor.send({ type: 'ANSWER', value: answerHere(actor, {}) });
    expect(at(actor)).toBe('status');
    actor.send({ type: 'ANSWER', value: { citizenship: 'norway' } });
    expect(at(actor)).toBe('check-answers');
  });

  it('a change that shows a new question on an answered screen stops at that screen', () => {
    const { actor } = walk(adultNoSigns({ purpose: ['sex'] }));
    expect(answersOf(actor)).toHaveProperty('forced-sex', 'no');
    actor.send({ type: 'CHANGE', question: 'about' });
    expect(at(actor)).toBe('about');
    actor.send({ type: 'ANSWER', value: { 'under-18': 'no', purpose: ['work'] } });
    // signs-work now shows hazardous-work and forced-work, not answered yet.
    expect(at(actor)).toBe('signs-work');
    actor.send({ type: 'ANSWER', value: answerHere(actor, adultNoSigns()) });
    // signs-control shows nothing new for work (forced-sex is hidden): passed over.
    expect(at(actor)).toBe('check-answers');
    expect(answersOf(actor)).toMatchObject({ 'hazardous-work': 'no', 'forced-work': 'no', purpose: ['work'] });
    // That the hidden forced-sex answer is dropped as well is tests/engine/stale-answers.test.ts's.
  });

  it('changing a sign back to "no" drops the screens and follow-ups it opened', () => {
    const { actor } = walk(adultNoSigns({ threats: 'yes' }));
    expect(answersOf(actor)).toHaveProperty('threats-family', 'no');
    expect(answersOf(actor)).toHaveProperty('citizenship', 'norway');
    actor.send({ type: 'CHANGE', question: 'signs-control' });
    actor.send({ type: 'ANSWER', value: answerHere(actor, adultNoSigns()) });
    expect(at(actor)).toBe('check-answers');
    const answers = answersOf(actor);
    for (const q of ['threats-family', 'recruited-by-force', 'dependency', 'citizenship']) expect(answers).not.toHaveProperty(q);
    expect(answers).toEqual(walk(adultNoSigns()).answers);
  });

  it('changing immediate danger to "yes" shows the emergency screen, and resuming returns to check-answers', () => {
    const { actor } = walk(adultNoSigns());
    actor.send({ type: 'CHANGE', question: 'immediate-danger' });
    actor.send({ type: 'ANSWER', value: 'yes' });
    expect(at(actor)).toBe('emergency');
    actor.send({ type: 'RESUME' });
    expect(at(actor)).toBe('check-answers');
    expect(answersOf(actor)['immediate-danger']).toBe('yes');
  });

  it('takes a screen, not a question on it; a screen not on the path cannot be changed', () => {
    const { actor } = walk(adultNoSigns());
    for (const target of ['threats', 'purpose', 'status', 'signs-situation', 'checklist', 'no-such-screen']) {
      actor.send({ type: 'CHANGE', question: target });
      expect(at(actor), target).toBe('check-answers');
    }
  });

  it('Change is only available on check-answers', () => {
    const { actor } = walk(adultNoSigns(), { stopAt: 'signs-work' });
    expect(at(actor)).toBe('signs-work');
    actor.send({ type: 'CHANGE', question: 'role' });
    expect(at(actor)).toBe('signs-work');
  });

  it('Back from a changed screen returns to the screen before it, leaving change mode', () => {
    const { actor } = walk(adultNoSigns());
    actor.send({ type: 'CHANGE', question: 'signs-control' });
    expect(actor.getSnapshot().context.changing).toBe(true);
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('signs-work');
    expect(actor.getSnapshot().context.changing).toBe(false);
    actor.send({ type: 'ANSWER', value: answerHere(actor, adultNoSigns()) });
    expect(at(actor)).toBe('signs-control');
  });
});

describe('invalid events are ignored', () => {
  const toAbout = { role: 'self', 'immediate-danger': 'no' };
  const toSignsWork = { ...toAbout, 'under-18': 'no', purpose: ['work'] };
  const signsWork = (extra: Record<string, unknown>) => ({ ...everyQuestion('signs-work', 'no'), ...extra });

  it.each<{ where: string; upTo: Answers; value: unknown }>([
    { where: 'role', upTo: {}, value: 'admin' },
    { where: 'role', upTo: {}, value: ['self'] },
    { where: 'role', upTo: {}, value: { role: 'self' } },
    { where: 'immediate-danger', upTo: { role: 'self' }, value: 'YES' },
    { where: 'about', upTo: toAbout, value: 'no' },
    { where: 'about', upTo: toAbout, value: ['no', ['work']] },
    { where: 'about', upTo: toAbout, value: { purpose: ['work'] } },
    { where: 'about', upTo: toAbout, value: { 'under-18': 'no' } },
    { where: 'about', upTo: toAbout, value: { 'under-18': 'maybe', purpose: ['work'] } },
    { where: 'about', upTo: toAbout, value: { 'under-18': 'no', purpose: [] } },
    { where: 'about', upTo: toAbout, value: { 'under-18': 'no', purpose: 'sex' } },
    { where: 'about', upTo: toAbout, value: { 'under-18': 'no', purpose: ['pets'] } },
    { where: 'about', upTo: toAbout, value: { 'under-18': 'no', purpose: ['sex', 'sex'] } },
    { where: 'signs-work', upTo: toSignsWork, value: signsWork({ 'deceived-job': 'maybe' }) },
    { where: 'signs-work', upTo: toSignsWork, value: signsWork({ 'deceived-job': '' }) },
    { where: 'signs-work', upTo: toSignsWork, value: signsWork({ 'deceived-job': ['yes'] }) },
    { where: 'signs-work', upTo: toSignsWork, value: signsWork({ 'forced-work': undefined }) },
    { where: 'signs-work', upTo: toSignsWork, value: {} },
  ])('ANSWER $value at $where', ({ where, upTo, value }) => {
    const { actor } = walk(upTo, { stopAt: where });
    expect(at(actor)).toBe(where);
    const before = answersOf(actor);
    actor.send({ type: 'ANSWER', value: value as string });
    expect(at(actor)).toBe(where);
    expect(answersOf(actor)).toEqual(before);
  });

  it('NEXT on a question does nothing', () => {
    const { actor } = walk({});
    actor.send({ type: 'NEXT' });
    expect(at(actor)).toBe('role');
    actor.send({ type: 'NEXT' });
    expect(at(actor)).toBe('role');
  });

  it('ANSWER on check-answers does nothing', () => {
    const { actor } = walk(adultNoSigns());
    const before = answersOf(actor);
    for (const value of ['yes', everyQuestion('signs-work', 'yes')]) actor.send({ type: 'ANSWER', value });
    expect(at(actor)).toBe('check-answers');
    expect(answersOf(actor)).toEqual(before);
  });

  it('an assessed outcome: ANSWER, NEXT and RESUME do nothing there; BACK returns to check-answers', () => {
    const { actor } = walk(adultNoSigns());
    actor.send({ type: 'NEXT' });
    expect(at(actor)).toBe('no-clear-signs');
    const before = answersOf(actor);
    for (const event of [{ type: 'NEXT' }, { type: 'ANSWER', value: 'yes' }, { type: 'RESUME' }] as ScreeningEvent[]) {
      actor.send(event);
      expect(at(actor), event.type).toBe('no-clear-signs');
    }
    expect(answersOf(actor)).toEqual(before);
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('check-answers');
    expect(answersOf(actor)).toEqual(before);
    actor.send({ type: 'NEXT' });
    expect(at(actor)).toBe('no-clear-signs');
  });
});

describe('Restart', () => {
  it('clears every answer and goes back to the start', () => {
    const { actor } = walk(adultNoSigns({ threats: 'yes' }));
    actor.send({ type: 'NEXT' });
    expect(outcomeNodeIds).toContain(at(actor));
    // On the way to the outcome the machine scored the answers, once, for the screens to read.
    expect(actor.getSnapshot().context.assessment?.outcome).toBe(at(actor));
    actor.send({ type: 'RESTART' });
    expect(at(actor)).toBe('start');
    expect(actor.getSnapshot().context).toEqual({ answers: {}, history: [], changing: false, changeTarget: null, assessment: null });
  });

  it('works in the middle of the questions too', () => {
    const { actor } = walk({ role: 'self', 'immediate-danger': 'no' });
    actor.send({ type: 'RESTART' });
    expect(at(actor)).toBe('start');
    expect(answersOf(actor)).toEqual({});
  });
});

describe("the professionals' checklist", () => {
  const toAbout = (role: string) => walk({ role, 'immediate-danger': 'no' });
  const about = { 'under-18': 'no', purpose: ['work'] };

  it.each(['self', 'other'])('is not offered to role %s', (role) => {
    const { actor } = toAbout(role);
    expect(at(actor)).toBe('about');
    actor.send({ type: 'OFFER', offer: 'checklist', value: about });
    expect(at(actor)).toBe('about');
    expect(answersOf(actor)).not.toHaveProperty('purpose');
  });

  it("is offered to a professional on the about screen together with the screen's answers, which it records", () => {
    const { actor } = toAbout('professional');
    for (const value of [undefined, {}, { 'under-18': 'no' }, { 'under-18': 'no', purpose: [] }] as (NodeAnswer | undefined)[]) {
      actor.send({ type: 'OFFER', offer: 'checklist', value });
      expect(at(actor), JSON.stringify(value)).toBe('about');
    }
    actor.send({ type: 'OFFER', offer: 'checklist', value: { 'under-18': 'unsure', purpose: ['begging', 'crime'] } });
    expect(at(actor)).toBe('checklist');
    expect(answersOf(actor)).toMatchObject({ 'under-18': 'unsure', purpose: ['begging', 'crime'] });
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('about');
  });

  it('is not offered anywhere else, nor under another name', () => {
    const { actor } = toAbout('professional');
    actor.send({ type: 'OFFER', offer: 'shortcut', value: about });
    expect(at(actor)).toBe('about');
    actor.send({ type: 'ANSWER', value: about });
    expect(at(actor)).toBe('signs-work');
    actor.send({ type: 'OFFER', offer: 'checklist' });
    actor.send({ type: 'OFFER', offer: 'checklist', value: everyQuestion('signs-work', 'no') });
    expect(at(actor)).toBe('signs-work');
  });

  const toChecklist = (aboutAnswer: Answers = about) => {
    const { actor } = toAbout('professional');
    actor.send({ type: 'OFFER', offer: 'checklist', value: aboutAnswer });
    expect(at(actor)).toBe('checklist');
    return actor;
  };

  it('untouched items are absent from the answers, and the outcome is the one assess() gives', () => {
    const actor = toChecklist();
    const checked = {
      'deceived-job': 'yes',
      'deceived-conditions': 'yes',
      'excessive-hours': 'yes',
      'low-or-no-pay': 'unsure',
      'bad-living-conditions': 'yes',
      'debt-bondage': 'yes',
      violence: 'yes',
      fines: 'no',
    };
    actor.send({ type: 'CHECKLIST_ANSWERS', answers: checked });
    const answers = answersOf(actor);
    expect(answers).toEqual({ role: 'professional', 'immediate-danger': 'no', ...about, ...checked });
    expect(answers).not.toHaveProperty('threats');
    expect(judge(answers).outcome).toBe('trafficking-signs');
    expect(at(actor)).toBe('trafficking-signs');
    expect(actor.getSnapshot().context.assessment).toEqual(judge(answers));
  });

  it.each<[string, Record<string, string>, string]>([
    ['an empty checklist', {}, 'no-clear-signs'],
    ['a single strong sign', { 'documents-withheld': 'yes' }, 'exploitation-signs'],
    ['only "not sure" answers', { 'deceived-job': 'unsure', 'excessive-hours': 'unsure', 'debt-bondage': 'unsure' }, 'exploitation-signs'],
    ['coercion and exploitation with no recruitment sign', { 'excessive-hours': 'yes', 'low-or-no-pay': 'yes', 'documents-withheld': 'yes', 'debt-bondage': 'yes' }, 'trafficking-signs'],
  ])('%s gives %s for an adult', (_name, set, outcome) => {
    const actor = toChecklist();
    actor.send({ type: 'CHECKLIST_ANSWERS', answers: set });
    expect(at(actor)).toBe(outcome);
  });

  it('for a possible child, one checklist sign gives child-at-risk', () => {
    const actor = toChecklist({ 'under-18': 'unsure', purpose: ['work'] });
    actor.send({ type: 'CHECKLIST_ANSWERS', answers: { 'forced-crime': 'yes' } });
    expect(at(actor)).toBe('child-at-risk');
  });

  it("for a possible child, the purpose chosen with the about screen's answer is enough: an empty checklist gives child-at-risk", () => {
    const actor = toChecklist({ 'under-18': 'yes', purpose: ['begging'] });
    actor.send({ type: 'CHECKLIST_ANSWERS', answers: {} });
    expect(at(actor)).toBe('child-at-risk');
    expect(actor.getSnapshot().context.assessment?.law.childSituation).toBe(true);
  });

  it("the checklist's answers replace sign answers given before it", () => {
    const { actor } = toAbout('professional');
    actor.send({ type: 'ANSWER', value: about });
    actor.send({ type: 'ANSWER', value: everyQuestion('signs-work', 'no', { 'deceived-job': 'yes' }) });
    expect(at(actor)).toBe('signs-control');
    actor.send({ type: 'BACK' });
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('about');
    expect(answersOf(actor)['deceived-job']).toBe('yes');
    actor.send({ type: 'OFFER', offer: 'checklist', value: about });
    actor.send({ type: 'CHECKLIST_ANSWERS', answers: { fines: 'yes' } });
    const answers = answersOf(actor);
    expect(answers).not.toHaveProperty('deceived-job');
    expect(answers).toEqual({ role: 'professional', 'immediate-danger': 'no', ...about, fines: 'yes' });
  });

  it('Back from the checklist returns to the about screen, which goes on as usual', () => {
    const actor = toChecklist();
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('about');
    actor.send({ type: 'ANSWER', value: about });
    expect(at(actor)).toBe('signs-work');
  });

  it.each<Record<string, string>>([{ 'not-an-indicator': 'yes' }, { violence: 'maybe' }, { role: 'self' }, { purpose: 'work' }])(
    'ignores invalid checklist answers %o',
    (answers) => {
      const actor = toChecklist();
      actor.send({ type: 'CHECKLIST_ANSWERS', answers });
      expect(at(actor)).toBe('checklist');
    },
  );

  it('checklist answers are ignored outside the checklist', () => {
    const { actor } = toAbout('professional');
    actor.send({ type: 'CHECKLIST_ANSWERS', answers: { violence: 'yes' } });
    expect(at(actor)).toBe('about');
    expect(answersOf(actor)).not.toHaveProperty('violence');
  });
});

describe('answerBook', () => {
  it('keeps only the answers to questions of screens on the path', () => {
    const answers = { role: 'self', 'under-18': 'no', purpose: ['sex'], 'forced-sex': 'yes', threats: 'no', citizenship: 'eea' };
    expect(book.onPath(answers, ['start', 'role', 'immediate-danger', 'about'])).toEqual({ role: 'self', 'under-18': 'no', purpose: ['sex'] });
    expect(book.onPath(answers, ['start', 'role', 'about', 'signs-control'])).toEqual({
      role: 'self',
      'under-18': 'no',
      purpose: ['sex'],
      'forced-sex': 'yes',
      threats: 'no',
    });
  });

  it('a checklist on the path stands for every indicator', () => {
    const kept = book.onPath({ role: 'self', 'forced-sex': 'yes', 'wants-to-return': 'yes', citizenship: 'eea' }, ['role', 'about', 'checklist']);
    expect(kept).toEqual({ role: 'self', 'forced-sex': 'yes' });
  });

  it("withChecklist puts the checklist's answers in place of every sign answer; an untouched item is not answered", () => {
    const answers = { role: 'professional', 'under-18': 'no', purpose: ['work'], 'deceived-job': 'yes', threats: 'no' };
    const sent = book.withChecklist(answers, ['start', 'role', 'about', 'checklist'], { fines: 'unsure' });
    expect(sent).toEqual({ role: 'professional', 'under-18': 'no', purpose: ['work'], fines: 'unsure' });
    for (const id of indicatorIds.filter((i) => i !== 'fines')) expect(sent).not.toHaveProperty(id);
  });
});
