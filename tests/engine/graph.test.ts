/**
 * The compiled machine explored with xstate/graph: every path ends in an outcome, there is no dead
 * end, and every node of screening.json can be reached.
 */
import { describe, expect, it } from 'vitest';
import { createActor, type AnyStateMachine } from 'xstate';
import { getAdjacencyMap, getShortestPaths, toDirectedGraph, type AdjacencyValue } from 'xstate/graph';
import { evaluate } from '../../src/engine/conditions';
import { isQuestion, optionsOf, withoutQuestionsOf } from '../../src/engine/flow';
import type { ScreeningEvent } from '../../src/engine/machine';
import type { Condition } from '../../src/engine/types';
import { OUTCOME_IDS } from '../../src/engine/types';
import { PURPOSES, book, bundle, indicatorIds, judge, machine, nodes, outcomeNodeIds, screenAnswer, CHECKLIST_SETS } from '../fixtures/project';

type Snapshot = ReturnType<typeof machine.getInitialSnapshot>;

const flow = bundle.screening;
const named = flow.conditions ?? {};

/** Each purpose alone, and two together. */
const PURPOSE_ANSWERS: string[][] = [...PURPOSES.map((p) => [p]), ['sex', 'work']];
/** Answer sets the group screens are answered from: every sign the same, with each routing answer. */
const SIGN_VALUES = ['no', 'yes', 'unsure'];
const GROUP_ANSWERS: Record<string, string | string[]>[] = [
  ...['yes', 'no', 'unsure'].flatMap((age) => PURPOSE_ANSWERS.map((purpose) => ({ 'under-18': age, purpose }))),
  ...SIGN_VALUES.flatMap((v) =>
    ['norway', 'eea', 'other', 'unsure'].map((citizenship) => ({
      ...Object.fromEntries(indicatorIds.map((id) => [id, v])),
      citizenship,
      'wants-to-return': v,
    })),
  ),
];

/** The candidate events for the node the snapshot is at. */
function events(snapshot: Snapshot): ScreeningEvent[] {
  const node = nodes.get(snapshot.value as string)!;
  const out: ScreeningEvent[] = [];
  if (node.kind === 'info' || node.kind === 'check') out.push({ type: 'NEXT' });
  if (node.kind === 'group') {
    const { answers, history } = snapshot.context;
    const before = withoutQuestionsOf(node, book.onPath(answers, history));
    const records = new Map<string, ScreeningEvent>();
    for (const given of GROUP_ANSWERS) {
      const value = screenAnswer(node, given, before);
      if (value !== undefined) records.set(JSON.stringify(value), { type: 'ANSWER', value });
    }
    out.push(...records.values());
  } else if (isQuestion(node)) out.push(...optionsOf(node).map((value) => ({ type: 'ANSWER' as const, value })));
  if (node.kind === 'checklist') out.push(...CHECKLIST_SETS.map((answers) => ({ type: 'CHECKLIST_ANSWERS' as const, answers })));
  if (node.resume) out.push({ type: 'RESUME' });
  // The checklist is offered with the screen's answer (the about screen's) where the offer asks for it.
  for (const offer of node.offers ?? []) {
    if (!offer.withAnswer) out.push({ type: 'OFFER', offer: offer.event });
    else for (const e of out) if (e.type === 'ANSWER') out.push({ type: 'OFFER', offer: offer.event, value: e.value });
  }
  return out;
}

/** The {answer, in} tests the flow routes on: two answer sets that agree on them are routed alike. */
const leaves: Condition[] = [];
const collect = (c: Condition) => {
  if ('all' in c) c.all.forEach(collect);
  else if ('any' in c) c.any.forEach(collect);
  else if ('not' in c) collect(c.not);
  else if ('answer' in c) leaves.push(c);
};
for (const n of flow.nodes) {
  n.routes?.forEach((r) => collect(r.when));
  if (n.askIf) collect(n.askIf);
  n.offers?.forEach((o) => o.when && collect(o.when));
  n.questions?.forEach((q) => q.askIf && collect(q.askIf));
}
Object.values(named).forEach(collect);

/**
 * A state is its node, the answers the routing and the scoring look at (age, and which routing
 * tests hold), and the assessment so far. Memoised per answers object: the traversal asks often.
 */
const ROUTING_KEYS = ['under-18'];
const keyOfAnswers = new WeakMap<object, string>();
function serializeState(snapshot: Snapshot): string {
  const answers = snapshot.context.answers;
  let key = keyOfAnswers.get(answers);
  if (key === undefined) {
    const kept = ROUTING_KEYS.map((k) => JSON.stringify(answers[k] ?? null)).join();
    const bits = leaves.map((l) => (evaluate(l, answers, named) ? 1 : 0)).join('');
    key = `${kept}|${bits}|${judge(answers).outcome}`;
    keyOfAnswers.set(answers, key);
  }
  return `${snapshot.value as string}|${key}`;
}

const options = { events, serializeState: (s: Snapshot) => serializeState(s), limit: 200_000 };

const started = Date.now();
const adjacency = getAdjacencyMap(machine, options);
type State = AdjacencyValue<Snapshot, ScreeningEvent>;
type Move = { event: ScreeningEvent; state: Snapshot };
const states: State[] = Object.values(adjacency);
const movesOf = (s: State): Move[] => Object.values(s.transitions);
const shortest = getShortestPaths(machine, options);
const elapsed = Date.now() - started;

const nodeOf = (s: Snapshot) => s.value as string;

describe('the machine explored with xstate/graph', () => {
  it(`explores a few thousand states in reasonable time (${states.length} states, ${elapsed} ms)`, () => {
    expect(states.length).toBeGreaterThan(100);
    expect(elapsed).toBeLessThan(20_000);
  });

  it('reaches all five outcome nodes', () => {
    const reached = new Set(shortest.map((p) => nodeOf(p.state)).filter((id) => outcomeNodeIds.includes(id)));
    expect([...reached].sort()).toEqual([...OUTCOME_IDS].sort());
  });

  it('reaches every node of screening.json', () => {
    const reached = new Set(states.map((s) => nodeOf(s.state)));
    expect(flow.nodes.map((n) => n.id).filter((id) => !reached.has(id))).toEqual([]);
  });

  it('has no dead end: from every reachable non-outcome state some event moves on', () => {
    const deadEnds = states
      .filter((s) => !outcomeNodeIds.includes(nodeOf(s.state)))
      .filter((s) => !movesOf(s).some((t) => nodeOf(t.state) !== nodeOf(s.state)))
      .map((s) => serializeState(s.state));
    expect(deadEnds).toEqual([]);
  });

  it('every outcome node but emergency is an end: no candidate event leaves it', () => {
    for (const s of states.filter((x) => outcomeNodeIds.includes(nodeOf(x.state)))) {
      const moves = movesOf(s)
        .filter((t) => nodeOf(t.state) !== nodeOf(s.state))
        .map((t) => nodeOf(t.state));
      if (nodeOf(s.state) === 'emergency') expect(moves.length).toBeGreaterThan(0);
      else expect(moves).toEqual([]);
    }
  });

  it('every path can be walked on to an outcome: every reachable state leads to an outcome node', () => {
    // Backwards closure from the outcome states over the explored transitions.
    const key = (s: Snapshot) => serializeState(s);
    const reverse = new Map<string, string[]>();
    for (const s of states) {
      for (const t of movesOf(s)) {
        const to = key(t.state);
        if (!reverse.has(to)) reverse.set(to, []);
        reverse.get(to)!.push(key(s.state));
      }
    }
    const good = new Set(states.filter((s) => outcomeNodeIds.includes(nodeOf(s.state))).map((s) => key(s.state)));
    const queue = [...good];
    while (queue.length) {
      for (const from of reverse.get(queue.pop()!) ?? []) {
        if (!good.has(from)) {
          good.add(from);
          queue.push(from);
        }
      }
    }
    expect(states.map((s) => key(s.state)).filter((k) => !good.has(k))).toEqual([]);
  });

  it('at check-answers, Continue goes to the outcome assess() gives', () => {
    for (const s of states.filter((x) => nodeOf(x.state) === 'check-answers')) {
      const next = movesOf(s).find((t) => t.event.type === 'NEXT')!;
      const expected = judge(s.state.context.answers).outcome;
      expect(nodeOf(next.state)).toBe(expected);
    }
  });

  it.each(outcomeNodeIds)('the shortest path to %s replays through a real actor', (outcome) => {
    const path = shortest.filter((p) => nodeOf(p.state) === outcome).sort((a, b) => a.steps.length - b.steps.length)[0];
    expect(path, `no path to ${outcome}`).toBeDefined();
    expect(path.steps[0].event.type).toBe('xstate.init');
    const actor = createActor(machine).start();
    for (const step of path.steps.slice(1)) {
      actor.send(step.event);
      expect(actor.getSnapshot().value).toBe(nodeOf(step.state));
    }
    expect(actor.getSnapshot().value).toBe(outcome);
  });

  it('the shortest path to emergency takes the two questions before it', () => {
    const path = shortest.filter((p) => nodeOf(p.state) === 'emergency').sort((a, b) => a.steps.length - b.steps.length)[0];
    expect(path.steps.map((s) => nodeOf(s.state))).toEqual(['start', 'role', 'immediate-danger', 'emergency']);
  });
});

describe('toDirectedGraph', () => {
  const graph = toDirectedGraph(machine as unknown as AnyStateMachine);
  const edges = graph.children.flatMap((c) => c.edges.map((e) => ({ source: e.source.key, target: e.target.key, event: e.label.text })));

  it('has one state per node of screening.json', () => {
    expect(graph.children.map((c) => c.stateNode.key).sort()).toEqual(flow.nodes.map((n) => n.id).sort());
  });

  it('every node but the outcomes has an edge out, and the ends have none but Restart', () => {
    for (const child of graph.children) {
      const own = edges.filter((e) => e.source === child.stateNode.key && e.target !== child.stateNode.key && !/RESTART/.test(e.event));
      const node = nodes.get(child.stateNode.key)!;
      if (node.kind === 'outcome' && !node.resume)
        expect(
          own.filter((e) => !/BACK/.test(e.event)),
          node.id,
        ).toEqual([]);
      else expect(own.length, node.id).toBeGreaterThan(0);
    }
  });

  it('the emergency screen resumes at the about screen', () => {
    expect(edges).toContainEqual({ source: 'emergency', target: 'about', event: expect.stringMatching(/RESUME/) });
  });
});
