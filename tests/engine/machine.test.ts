/**
 * The compiled screening machine, driven through a real actor. Every branch of every node is reached
 * through real earlier answers: enumeratePaths() gives the distinct paths, and each edge they take
 * has a witness path that is replayed event by event.
 */
import { describe, expect, it } from 'vitest';
import type { ScreeningEvent } from '../../src/engine/machine';
import { answersOnPath } from '../../src/engine/machine';
import { enumeratePaths } from '../../src/engine/paths';
import { evaluate, referencedQuestions } from '../../src/engine/conditions';
import { isQuestion, optionsOf, outcomeNodes } from '../../src/engine/flow';
import type { Answers } from '../../src/engine/types';
import { allIndicators, at, bundle, judge, nodes, outcomeNodeIds, startActor, walk, CHECKLIST_SETS } from '../fixtures/project';

const flow = bundle.screening;
const outcomeNodeOf = outcomeNodes(flow);
const CHECK = flow.nodes.find((n) => n.kind === 'check')!.id;
const named = flow.conditions ?? {};

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

/** The events that walk an enumerated path, then Continue on check-answers to the outcome assess() gives. */
function witnessOf(name: string, pathNodes: string[], answers: Answers): Witness {
  const steps: Step[] = [];
  const given: Record<string, string | readonly string[]> = {};
  for (let i = 0; i + 1 < pathNodes.length; i++) {
    const node = nodes.get(pathNodes[i])!;
    let event: ScreeningEvent;
    if (node.kind === 'info') event = { type: 'NEXT' };
    else if (node.kind === 'outcome') event = { type: 'RESUME' };
    else if (isQuestion(node)) {
      event = { type: 'ANSWER', value: answers[node.id] };
      given[node.id] = answers[node.id];
    } else throw new Error(`unexpected ${node.kind} node ${node.id} inside a path`);
    steps.push({ event, to: pathNodes[i + 1] });
  }
  if (pathNodes.at(-1) === CHECK) steps.push({ event: { type: 'NEXT' }, to: outcomeNodeOf.get(judge(given).outcome)! });
  return { name, steps, expected: given };
}

const paths = enumeratePaths(bundle);

/** Each path twice: as enumerated (under-18 does not route, so it is "yes") and as a sure adult. */
const witnesses: Witness[] = paths.flatMap((p, i) => [
  witnessOf(`path ${i}`, p.nodes, p.answers),
  ...(p.nodes.includes('under-18') ? [witnessOf(`path ${i} (adult)`, p.nodes, { ...p.answers, 'under-18': 'no' })] : []),
]);

/**
 * Sending the checklist leads on to check-answers when the checklist node has a "next", and
 * otherwise (the checklist being its own review) straight to the assessed outcome.
 */
const checklistNode = flow.nodes.find((n) => n.kind === 'checklist')!;
function afterChecklist(set: Record<string, string>, outcome: string): Step[] {
  return checklistNode.next
    ? [
        { event: { type: 'CHECKLIST_ANSWERS', answers: set }, to: checklistNode.next },
        { event: { type: 'NEXT' }, to: outcome },
      ]
    : [{ event: { type: 'CHECKLIST_ANSWERS', answers: set }, to: outcome }];
}

/** The offered ways (the professionals' checklist), taken from a path where the offer holds. */
for (const node of flow.nodes) {
  for (const offer of node.offers ?? []) {
    // A path through the node, with the answers the offer looks at set so that the offer holds
    // (those answers do not route: the path stays the same, which the replay checks).
    const looked = offer.when ? referencedQuestions(offer.when, named) : [];
    const variants = looked.reduce<Record<string, string | readonly string[]>[]>(
      (acc, q) => acc.flatMap((a) => optionsOf(nodes.get(q)!).map((v) => ({ ...a, [q]: v }))),
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
      // An offer taken with the node's answer (the purpose page) records that answer on the way.
      const own = offer.withAnswer ? { [node.id]: found.answers[node.id] } : {};
      const expected = { ...before.expected, ...own, ...set };
      witnesses.push({
        name: `offer ${offer.event} at ${node.id}, checklist set ${k}`,
        steps: [
          ...before.steps,
          { event: { type: 'OFFER', offer: offer.event, value: offer.withAnswer ? found.answers[node.id] : undefined }, to: offer.to },
          ...afterChecklist(set, outcomeNodeOf.get(judge(expected).outcome)!),
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
/** The edges of the enumerated graph, plus the offered ways and check-answers → each outcome. */
const enumeratedEdges = new Set(paths.flatMap((p) => p.nodes.slice(1).map((to, i) => edgeKey(p.nodes[i], to))));

const nonOutcomeNodes = flow.nodes.filter((n) => n.kind !== 'outcome').map((n) => n.id);

describe('every branch of every node, reached through real answers', () => {
  it('the enumeration finds a few hundred paths', () => {
    expect(paths.length).toBeGreaterThan(100);
  });

  it('every node of screening.json is on some witness path', () => {
    const covered = new Set([flow.start, ...witnesses.flatMap((w) => w.steps.map((s) => s.to))]);
    expect(flow.nodes.map((n) => n.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('every non-outcome node but the checklist is on an enumerated path', () => {
    const onPaths = new Set(paths.flatMap((p) => p.nodes));
    expect(nonOutcomeNodes.filter((id) => !onPaths.has(id))).toEqual(['checklist']);
  });

  it('every edge of the enumerated graph has a witness', () => {
    expect([...enumeratedEdges].filter((e) => !witnessFor.has(e))).toEqual([]);
  });

  it('check-answers leads to each of the four assessed outcomes on some witness', () => {
    const reached = [...witnessFor.keys()].filter((k) => k.startsWith(`${CHECK} → `)).map((k) => k.split(' → ')[1]);
    expect(reached.sort()).toEqual(['child-at-risk', 'exploitation-signs', 'no-clear-signs', 'trafficking-signs']);
  });

  it('every enumerated path replays through a real actor, ending at the outcome assess() gives', () => {
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

const adultNoSigns = (extra: Record<string, string | string[]> = {}) =>
  allIndicators('no', { role: 'self', 'immediate-danger': 'no', 'under-18': 'no', purpose: ['work'], ...extra });

describe('hand-written walks', () => {
  it('Continue on the start screen asks the role', () => {
    const actor = startActor();
    expect(at(actor)).toBe('start');
    actor.send({ type: 'NEXT' });
    expect(at(actor)).toBe('role');
  });

  it('danger "yes" leads to the emergency screen, and RESUME goes on to under-18 keeping the answers', () => {
    const { actor, visited } = walk({ role: 'other', 'immediate-danger': 'yes' }, { resume: false });
    expect(visited).toEqual(['start', 'role', 'immediate-danger', 'emergency']);
    actor.send({ type: 'RESUME' });
    expect(at(actor)).toBe('under-18');
    expect(actor.getSnapshot().context.answers).toEqual({ role: 'other', 'immediate-danger': 'yes' });
  });

  it.each(['no', 'unsure'])('danger "%s" goes straight on to under-18', (danger) => {
    const { visited } = walk({ role: 'self', 'immediate-danger': danger });
    expect(visited).toEqual(['start', 'role', 'immediate-danger', 'under-18']);
  });

  it('RESUME does nothing on a screen that is not the emergency screen', () => {
    const { actor } = walk({ role: 'self' });
    actor.send({ type: 'RESUME' });
    expect(at(actor)).toBe('immediate-danger');
  });

  it.each([
    { purpose: ['sex'], asks: ['forced-sex'], not: ['forced-crime', 'hazardous-work'] },
    { purpose: ['work'], asks: ['hazardous-work'], not: ['forced-sex', 'forced-crime'] },
    { purpose: ['begging'], asks: ['forced-crime'], not: ['forced-sex', 'hazardous-work'] },
    { purpose: ['other'], asks: ['forced-sex', 'forced-crime'], not: ['hazardous-work'] },
    { purpose: ['sex', 'work', 'crime'], asks: ['forced-sex', 'forced-crime', 'hazardous-work'], not: [] },
    { purpose: ['organs'], asks: [], not: ['forced-sex', 'forced-crime', 'hazardous-work'] },
  ])('purpose $purpose asks $asks after fines', ({ purpose, asks, not }) => {
    const { visited, node } = walk(adultNoSigns({ purpose }));
    expect(node).toBe('check-answers');
    const afterFines = visited.slice(visited.indexOf('fines') + 1, -1);
    expect(afterFines).toEqual(asks);
    for (const q of not) expect(visited).not.toContain(q);
  });

  it('threats "no" and no other coercion sign: violence and the follow-ups are skipped', () => {
    const { visited, node } = walk(adultNoSigns());
    expect(node).toBe('check-answers');
    expect(visited.slice(-3)).toEqual(['fines', 'hazardous-work', 'check-answers']);
    expect(visited).not.toContain('violence');
  });

  it.each(['yes', 'unsure'])('threats "%s" asks violence and the follow-ups', (value) => {
    const { visited } = walk(adultNoSigns({ threats: value }));
    expect(visited.slice(visited.indexOf('hazardous-work') + 1, visited.indexOf('hazardous-work') + 4)).toEqual([
      'violence',
      'threats-family',
      'forced-to-lie',
    ]);
    expect(visited).toContain('recruited-by-force');
  });

  it('a sign of exploitation outside the coercion set asks about violence and the any-sign follow-ups, not the coercion ones', () => {
    const { visited } = walk(adultNoSigns({ 'excessive-hours': 'yes' }));
    expect(visited).not.toContain('threats-family');
    expect(visited).not.toContain('forced-to-lie');
    expect(visited.slice(visited.indexOf('hazardous-work') + 1)).toEqual([
      'violence',
      'recruited-by-force',
      'vulnerable-situation',
      'bad-living-conditions',
      'dependency',
      'unfamiliar-place',
      'no-legal-status',
      'check-answers',
    ]);
  });

  it('no legal status asks threat-authorities and wants-to-return', () => {
    const { visited } = walk(adultNoSigns({ 'excessive-hours': 'yes', 'no-legal-status': 'unsure', 'wants-to-return': 'no' }));
    expect(visited.slice(-4)).toEqual(['no-legal-status', 'threat-authorities', 'wants-to-return', 'check-answers']);
  });

  it('low-or-no-pay "yes" asks wages-withheld; deceived-job "yes" asks deceived-conditions', () => {
    const { visited } = walk(adultNoSigns({ 'low-or-no-pay': 'yes', 'deceived-job': 'yes' }));
    expect(visited.slice(visited.indexOf('deceived-job'), visited.indexOf('deceived-job') + 6)).toEqual([
      'deceived-job',
      'deceived-conditions',
      'excessive-hours',
      'low-or-no-pay',
      'wages-withheld',
      'debt-bondage',
    ]);
  });

  it('recruitment-debt is asked after debt bondage', () => {
    const { visited } = walk(adultNoSigns({ 'debt-bondage': 'yes' }));
    expect(visited.slice(visited.indexOf('recruited-by-force'), visited.indexOf('recruited-by-force') + 3)).toEqual([
      'recruited-by-force',
      'recruitment-debt',
      'vulnerable-situation',
    ]);
  });
});

describe('Back', () => {
  it('returns to the previous node and keeps the answer', () => {
    const { actor } = walk({ role: 'self', 'immediate-danger': 'no', 'under-18': 'no', purpose: ['work'], 'deceived-job': 'no' });
    expect(at(actor)).toBe('excessive-hours');
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('deceived-job');
    expect(actor.getSnapshot().context.answers['deceived-job']).toBe('no');
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('purpose');
    expect(actor.getSnapshot().context.answers.purpose).toEqual(['work']);
  });

  it('passes back over a question that was not asked', () => {
    const { actor } = walk({
      role: 'self',
      'immediate-danger': 'no',
      'under-18': 'no',
      purpose: ['work'],
      'deceived-job': 'yes',
      'deceived-conditions': 'no',
    });
    expect(at(actor)).toBe('excessive-hours');
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('deceived-conditions');
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('deceived-job');
    actor.send({ type: 'ANSWER', value: 'no' });
    expect(at(actor)).toBe('excessive-hours');
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('deceived-job');
  });

  it('goes back to the emergency screen from under-18 when the person came that way', () => {
    const { actor } = walk({ role: 'self', 'immediate-danger': 'yes' });
    expect(at(actor)).toBe('under-18');
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('emergency');
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('immediate-danger');
  });

  it('goes back from check-answers to the last question asked', () => {
    const { actor } = walk(adultNoSigns());
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('hazardous-work');
  });

  it('does nothing on the start screen', () => {
    const actor = startActor();
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('start');
  });

  it('walks all the way back to the start', () => {
    const { actor, visited } = walk(adultNoSigns());
    const back: string[] = [];
    for (let i = 0; i < visited.length - 1; i++) {
      actor.send({ type: 'BACK' });
      back.push(at(actor));
    }
    expect(back).toEqual(visited.slice(0, -1).reverse());
  });
});

describe('Change on check-answers', () => {
  it('goes to the question and, once answered, back to check-answers past the answered questions', () => {
    const { actor } = walk(adultNoSigns());
    actor.send({ type: 'CHANGE', question: 'low-or-no-pay' });
    expect(at(actor)).toBe('low-or-no-pay');
    actor.send({ type: 'ANSWER', value: 'no' });
    expect(at(actor)).toBe('check-answers');
    expect(actor.getSnapshot().context.answers).toEqual(walk(adultNoSigns()).answers);
  });

  it('a changed answer that opens no new question returns to check-answers with the new answer', () => {
    const { actor } = walk(adultNoSigns());
    actor.send({ type: 'CHANGE', question: 'role' });
    expect(at(actor)).toBe('role');
    actor.send({ type: 'ANSWER', value: 'professional' });
    expect(at(actor)).toBe('check-answers');
    expect(actor.getSnapshot().context.answers.role).toBe('professional');
    // The rebuilt history lets Back walk the path as before.
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('hazardous-work');
  });

  it('a change that opens a new follow-up stops at it (deceived-job no → yes asks deceived-conditions)', () => {
    const { actor } = walk(adultNoSigns());
    actor.send({ type: 'CHANGE', question: 'deceived-job' });
    actor.send({ type: 'ANSWER', value: 'yes' });
    expect(at(actor)).toBe('deceived-conditions');
    actor.send({ type: 'ANSWER', value: 'yes' });
    // deceived-job is a sign of exploitation, so violence is asked next, then the any-sign follow-ups.
    expect(at(actor)).toBe('violence');
  });

  it('changing purpose drops the answers to questions no longer on the path', () => {
    const { actor } = walk(adultNoSigns({ purpose: ['sex'], 'forced-sex': 'no' }));
    expect(actor.getSnapshot().context.answers).toHaveProperty('forced-sex', 'no');
    actor.send({ type: 'CHANGE', question: 'purpose' });
    expect(at(actor)).toBe('purpose');
    actor.send({ type: 'ANSWER', value: ['work'] });
    expect(at(actor)).toBe('hazardous-work');
    actor.send({ type: 'ANSWER', value: 'no' });
    expect(at(actor)).toBe('check-answers');
    const answers = actor.getSnapshot().context.answers;
    expect(answers).not.toHaveProperty('forced-sex');
    expect(answers).toHaveProperty('hazardous-work', 'no');
    expect(answers.purpose).toEqual(['work']);
  });

  it('changing a sign back to "no" drops the follow-ups it opened', () => {
    const { actor } = walk(adultNoSigns({ threats: 'yes' }));
    expect(actor.getSnapshot().context.answers).toHaveProperty('violence');
    actor.send({ type: 'CHANGE', question: 'threats' });
    actor.send({ type: 'ANSWER', value: 'no' });
    expect(at(actor)).toBe('check-answers');
    const answers = actor.getSnapshot().context.answers;
    for (const q of ['violence', 'threats-family', 'forced-to-lie', 'recruited-by-force', 'no-legal-status'])
      expect(answers).not.toHaveProperty(q);
    expect(answers).toEqual(walk(adultNoSigns()).answers);
  });

  it('changing immediate danger to "yes" shows the emergency screen, and resuming returns to check-answers', () => {
    const { actor } = walk(adultNoSigns());
    actor.send({ type: 'CHANGE', question: 'immediate-danger' });
    actor.send({ type: 'ANSWER', value: 'yes' });
    expect(at(actor)).toBe('emergency');
    actor.send({ type: 'RESUME' });
    expect(at(actor)).toBe('check-answers');
    expect(actor.getSnapshot().context.answers['immediate-danger']).toBe('yes');
  });

  it('a question that is not on the path cannot be changed', () => {
    const { actor } = walk(adultNoSigns());
    actor.send({ type: 'CHANGE', question: 'forced-sex' });
    expect(at(actor)).toBe('check-answers');
    actor.send({ type: 'CHANGE', question: 'no-such-question' });
    expect(at(actor)).toBe('check-answers');
  });

  it('Change is only available on check-answers', () => {
    const { actor } = walk({ role: 'self', 'immediate-danger': 'no', 'under-18': 'no' });
    expect(at(actor)).toBe('purpose');
    actor.send({ type: 'CHANGE', question: 'role' });
    expect(at(actor)).toBe('purpose');
  });

  it('Back from a changed question returns to the question before it, leaving change mode', () => {
    const { actor } = walk(adultNoSigns());
    actor.send({ type: 'CHANGE', question: 'threats' });
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('restricted-movement');
    expect(actor.getSnapshot().context.changing).toBe(false);
    actor.send({ type: 'ANSWER', value: 'no' });
    expect(at(actor)).toBe('threats');
  });
});

describe('invalid events are ignored', () => {
  it.each([
    { at: 'role', value: 'admin' },
    { at: 'role', value: ['self'] },
    { at: 'immediate-danger', value: 'YES' },
    { at: 'purpose', value: [] },
    { at: 'purpose', value: 'sex' },
    { at: 'purpose', value: ['pets'] },
    { at: 'purpose', value: ['sex', 'sex'] },
    { at: 'deceived-job', value: 'maybe' },
    { at: 'deceived-job', value: '' },
  ])('ANSWER $value at $at', ({ at: where, value }) => {
    const order = ['role', 'immediate-danger', 'under-18', 'purpose', 'deceived-job'];
    const given: Record<string, string | string[]> = { role: 'self', 'immediate-danger': 'no', 'under-18': 'no', purpose: ['work'] };
    const upTo = Object.fromEntries(order.slice(0, order.indexOf(where)).map((q) => [q, given[q]]));
    const { actor } = walk(upTo);
    expect(at(actor)).toBe(where);
    const before = actor.getSnapshot().context;
    actor.send({ type: 'ANSWER', value: value as string[] });
    expect(at(actor)).toBe(where);
    expect(actor.getSnapshot().context.answers).toEqual(before.answers);
    expect(actor.getSnapshot().context.answers).not.toHaveProperty(where);
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
    const before = actor.getSnapshot().context.answers;
    actor.send({ type: 'ANSWER', value: 'yes' });
    expect(at(actor)).toBe('check-answers');
    expect(actor.getSnapshot().context.answers).toEqual(before);
  });

  it('an outcome screen is the end: ANSWER, NEXT and BACK do nothing there', () => {
    const { actor } = walk(adultNoSigns());
    actor.send({ type: 'NEXT' });
    expect(at(actor)).toBe('no-clear-signs');
    for (const event of [{ type: 'NEXT' }, { type: 'ANSWER', value: 'yes' }, { type: 'RESUME' }] as ScreeningEvent[]) {
      actor.send(event);
      expect(at(actor)).toBe('no-clear-signs');
    }
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
    expect(actor.getSnapshot().context.answers).toEqual({});
  });
});

describe("the professionals' checklist", () => {
  const toDeceivedJob = (role: string) => walk({ role, 'immediate-danger': 'no', 'under-18': 'no', purpose: ['work'] });

  it.each(['self', 'other'])('is not offered to role %s', (role) => {
    const { actor } = toDeceivedJob(role);
    expect(at(actor)).toBe('deceived-job');
    actor.send({ type: 'OFFER', offer: 'checklist' });
    expect(at(actor)).toBe('deceived-job');
  });

  it('is offered to a professional at deceived-job', () => {
    const { actor } = toDeceivedJob('professional');
    actor.send({ type: 'OFFER', offer: 'checklist' });
    expect(at(actor)).toBe('checklist');
  });

  it('is offered to a professional on the purpose page together with the purpose, which it records', () => {
    const { actor } = walk({ role: 'professional', 'immediate-danger': 'no', 'under-18': 'no' });
    expect(at(actor)).toBe('purpose');
    actor.send({ type: 'OFFER', offer: 'checklist', value: [] });
    expect(at(actor)).toBe('purpose');
    actor.send({ type: 'OFFER', offer: 'checklist', value: ['begging', 'crime'] });
    expect(at(actor)).toBe('checklist');
    expect(actor.getSnapshot().context.answers.purpose).toEqual(['begging', 'crime']);
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('purpose');
  });

  it('is not offered with the purpose to other roles', () => {
    const { actor } = walk({ role: 'other', 'immediate-danger': 'no', 'under-18': 'no' });
    actor.send({ type: 'OFFER', offer: 'checklist', value: ['work'] });
    expect(at(actor)).toBe('purpose');
  });

  it('is not offered anywhere else, nor under another name', () => {
    const { actor } = walk({ role: 'professional', 'immediate-danger': 'no', 'under-18': 'no' });
    expect(at(actor)).toBe('purpose');
    actor.send({ type: 'OFFER', offer: 'checklist' });
    expect(at(actor)).toBe('purpose');
    actor.send({ type: 'ANSWER', value: ['work'] });
    actor.send({ type: 'OFFER', offer: 'shortcut' });
    expect(at(actor)).toBe('deceived-job');
    actor.send({ type: 'ANSWER', value: 'no' });
    actor.send({ type: 'OFFER', offer: 'checklist' });
    expect(at(actor)).toBe('excessive-hours');
  });

  /** Sends the checklist and Continue on check-answers if the flow goes there; returns the answers scored. */
  function sendChecklist(actor: ReturnType<typeof startActor>, answers: Record<string, string>) {
    actor.send({ type: 'CHECKLIST_ANSWERS', answers });
    const scored = actor.getSnapshot().context.answers;
    if (at(actor) === CHECK) actor.send({ type: 'NEXT' });
    return scored;
  }

  it('untouched items are absent from the answers, and the outcome is the one assess() gives', () => {
    const { actor } = toDeceivedJob('professional');
    actor.send({ type: 'OFFER', offer: 'checklist' });
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
    const answers = sendChecklist(actor, checked);
    expect(answers).toEqual({ role: 'professional', 'immediate-danger': 'no', 'under-18': 'no', purpose: ['work'], ...checked });
    expect(answers).not.toHaveProperty('threats');
    expect(judge(answers).outcome).toBe('trafficking-signs');
    expect(at(actor)).toBe('trafficking-signs');
  });

  it.each<[string, Record<string, string>, string]>([
    ['an empty checklist', {}, 'no-clear-signs'],
    ['a single strong sign', { 'documents-withheld': 'yes' }, 'exploitation-signs'],
    ['only "not sure" answers', { 'deceived-job': 'unsure', 'excessive-hours': 'unsure', 'debt-bondage': 'unsure' }, 'exploitation-signs'],
  ])('%s gives %s for an adult', (_name, set, outcome) => {
    const { actor } = toDeceivedJob('professional');
    actor.send({ type: 'OFFER', offer: 'checklist' });
    sendChecklist(actor, set);
    expect(at(actor)).toBe(outcome);
  });

  it('for a possible child, one checklist sign gives child-at-risk', () => {
    const { actor } = walk({ role: 'professional', 'immediate-danger': 'no', 'under-18': 'unsure', purpose: ['begging'] });
    actor.send({ type: 'OFFER', offer: 'checklist' });
    sendChecklist(actor, { 'forced-crime': 'yes' });
    expect(at(actor)).toBe('child-at-risk');
  });

  it("the checklist's answers replace indicator answers given before it", () => {
    const { actor } = toDeceivedJob('professional');
    actor.send({ type: 'ANSWER', value: 'yes' });
    expect(at(actor)).toBe('deceived-conditions');
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('deceived-job');
    expect(actor.getSnapshot().context.answers['deceived-job']).toBe('yes');
    actor.send({ type: 'OFFER', offer: 'checklist' });
    const answers = sendChecklist(actor, { fines: 'yes' });
    expect(answers).not.toHaveProperty('deceived-job');
    expect(answers).toMatchObject({ fines: 'yes', role: 'professional' });
  });

  it('Back from the checklist returns to deceived-job', () => {
    const { actor } = toDeceivedJob('professional');
    actor.send({ type: 'OFFER', offer: 'checklist' });
    actor.send({ type: 'BACK' });
    expect(at(actor)).toBe('deceived-job');
    actor.send({ type: 'ANSWER', value: 'no' });
    expect(at(actor)).toBe('excessive-hours');
  });

  it.each<Record<string, string>>([{ 'not-an-indicator': 'yes' }, { violence: 'maybe' }, { role: 'self' }])(
    'ignores invalid checklist answers %o',
    (answers) => {
      const { actor } = toDeceivedJob('professional');
      actor.send({ type: 'OFFER', offer: 'checklist' });
      actor.send({ type: 'CHECKLIST_ANSWERS', answers });
      expect(at(actor)).toBe('checklist');
    },
  );

  it('checklist answers are ignored outside the checklist', () => {
    const { actor } = toDeceivedJob('professional');
    actor.send({ type: 'CHECKLIST_ANSWERS', answers: { violence: 'yes' } });
    expect(at(actor)).toBe('deceived-job');
    expect(actor.getSnapshot().context.answers).not.toHaveProperty('violence');
  });
});

describe('answersOnPath', () => {
  it('keeps only the answers to questions on the path', () => {
    expect(answersOnPath({ role: 'self', 'forced-sex': 'yes', threats: 'no' }, ['start', 'role', 'threats'])).toEqual({
      role: 'self',
      threats: 'no',
    });
  });

  it('a checklist on the path stands for every indicator', () => {
    const kept = answersOnPath(
      { role: 'self', 'forced-sex': 'yes', 'wants-to-return': 'yes' },
      ['role', 'checklist'],
      new Set(['checklist']),
      new Set(['forced-sex']),
    );
    expect(kept).toEqual({ role: 'self', 'forced-sex': 'yes' });
  });
});
