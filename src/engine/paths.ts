/**
 * Enumerates the distinct paths through the flow — sequences of screens from the start to the
 * check-answers page (and on to an outcome) — by trying every answer that can make a difference.
 * Used by flows:check for its figures and by the tests to reach every node through real answers.
 */
import { evaluate } from './conditions';
import { isQuestion, nextNode, nodeMap, optionsOf } from './flow';
import type { Condition, FlowBundle, FlowNode } from './types';

export interface FlowPath {
  /** Node ids, the start first; the last is check-answers or an outcome node (emergency). */
  nodes: string[];
  /** One set of answers that walks this path. */
  answers: Record<string, string | string[]>;
  /** How many questions the path asks. */
  questions: number;
}

type Leaf = Extract<Condition, { answer: unknown }>;

/** The {answer, in} tests inside the flow's conditions: routing depends on answers through these alone. */
function leavesOf(bundle: FlowBundle): Leaf[] {
  const flow = bundle.screening;
  const named = flow.conditions ?? {};
  const leaves: Leaf[] = [];
  const collect = (c: Condition) => {
    if ('ref' in c) return; // named conditions are collected once, below
    if ('all' in c) return c.all.forEach(collect);
    if ('any' in c) return c.any.forEach(collect);
    if ('not' in c) return collect(c.not);
    leaves.push(c);
  };
  for (const n of flow.nodes) {
    n.routes?.forEach((r) => collect(r.when));
    if (n.askIf) collect(n.askIf);
  }
  Object.values(named).forEach(collect);
  return leaves;
}

/**
 * The answer values of a question that routing can tell apart. Values every test treats alike
 * (e.g. "yes" and "unsure" where tests only ask "yes or unsure") form one class, and one of them
 * stands for all — which keeps the enumeration small without losing a path.
 */
function answerClasses(node: FlowNode, leaves: Leaf[]): (string | string[])[] {
  const lists = leaves.filter((l) => (typeof l.answer === 'string' ? [l.answer] : l.answer).includes(node.id)).map((l) => l.in);
  const options = optionsOf(node);
  const signature = (value: string[]) => lists.map((l) => (value.some((v) => l.includes(v)) ? 1 : 0)).join('');
  const candidates: string[][] =
    node.kind === 'multiple'
      ? Array.from({ length: 2 ** options.length - 1 }, (_, mask) => options.filter((_, i) => ((mask + 1) >> i) & 1))
      : options.map((o) => [o]);
  const byClass = new Map<string, string[]>();
  for (const c of candidates) if (!byClass.has(signature(c))) byClass.set(signature(c), c);
  return [...byClass.values()].map((v) => (node.kind === 'multiple' ? v : v[0]));
}

interface Suffix {
  nodes: string[];
  answers: Record<string, string | string[]>;
}

/**
 * Since every question is asked at most once on a path, where the flow goes from a node depends
 * only on the node and on which tests already hold: that pair is the memo key.
 */
export function enumeratePaths(bundle: FlowBundle): FlowPath[] {
  const flow = bundle.screening;
  const nodes = nodeMap(flow);
  const named = flow.conditions ?? {};
  const leaves = leavesOf(bundle);
  const classes = new Map(flow.nodes.filter(isQuestion).map((n) => [n.id, answerClasses(n, leaves)]));
  const memo = new Map<string, Suffix[]>();

  const step = (node: FlowNode, answers: Record<string, string | string[]>) => nextNode(node, nodes, answers, named);

  const suffixes = (id: string, answers: Record<string, string | string[]>): Suffix[] => {
    const node = nodes.get(id);
    if (!node) return [];
    const key = `${id}|${leaves.map((l) => (evaluate(l, answers) ? 1 : 0)).join('')}`;
    const cached = memo.get(key);
    if (cached) return cached;
    const found = new Map<string, Suffix>();
    const add = (rest: Suffix[], own: Record<string, string | string[]>) => {
      for (const s of rest) {
        const path = [id, ...s.nodes];
        const k = path.join('>');
        if (!found.has(k)) found.set(k, { nodes: path, answers: { ...own, ...s.answers } });
      }
    };
    if (node.kind === 'check') add([{ nodes: [], answers: {} }], {});
    else if (node.kind === 'outcome') {
      add([{ nodes: [], answers: {} }], {});
      const next = node.resume && step({ id, kind: 'info', next: node.resume }, answers);
      if (next) add(suffixes(next, answers), {});
    } else if (isQuestion(node)) {
      for (const value of classes.get(id) ?? []) {
        const withValue = { ...answers, [id]: value };
        const next = step(node, withValue);
        if (next) add(suffixes(next, withValue), { [id]: value });
      }
    } else {
      const next = step(node, answers);
      if (next) add(suffixes(next, answers), {});
    }
    const list = [...found.values()];
    memo.set(key, list);
    return list;
  };

  return suffixes(flow.start, {}).map((s) => ({
    nodes: s.nodes,
    answers: s.answers,
    questions: s.nodes.filter((n) => isQuestion(nodes.get(n)!)).length,
  }));
}

export interface PathStats {
  nodes: number;
  paths: number;
  shortestQuestions: number;
  /** Questions asked of someone who answers "no" to every indicator: the core screen alone. */
  noSignsQuestions: number;
  /** Share of paths that ask at most 15 questions. */
  atMost15: number;
  medianQuestions: number;
  longestQuestions: number;
}

export function pathStats(bundle: FlowBundle): PathStats {
  const paths = enumeratePaths(bundle);
  const lengths = paths.map((p) => p.questions).sort((a, b) => a - b);
  const indicatorIds = new Set(bundle.indicators.indicators.map((i) => i.id));
  const noSigns = paths.filter(
    (p) => !p.nodes.includes('emergency') && Object.entries(p.answers).every(([q, a]) => !indicatorIds.has(q) || a === 'no'),
  );
  const mid = Math.floor(lengths.length / 2);
  const median = lengths.length === 0 ? 0 : lengths.length % 2 ? lengths[mid] : (lengths[mid - 1] + lengths[mid]) / 2;
  return {
    nodes: bundle.screening.nodes.length,
    paths: lengths.length,
    shortestQuestions: lengths[0] ?? 0,
    noSignsQuestions: Math.max(0, ...noSigns.map((p) => p.questions)),
    atMost15: lengths.length === 0 ? 0 : lengths.filter((n) => n <= 15).length / lengths.length,
    medianQuestions: median,
    longestQuestions: lengths.at(-1) ?? 0,
  };
}
