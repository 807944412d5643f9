/**
 * Enumerates the distinct paths through the flow — sequences of screens from the start to the
 * check-answers page (and on to an outcome) — by trying every answer that can make a difference.
 * Used by flows:check for its figures and budget, and by the tests to reach every node through real
 * answers.
 */
import { evaluate } from './conditions';
import { isQuestion, nextNode, nodeMap, optionsOf, questionsOf } from './flow';
import type { Condition, FlowBundle, FlowNode, GroupQuestion } from './types';

export interface FlowPath {
  /** Node ids, the start first; the last is check-answers or an outcome node (emergency). */
  nodes: string[];
  /** One set of answers that walks this path. */
  answers: Record<string, string | string[]>;
  /** How many screens take an answer on the path (questions and group screens). */
  questions: number;
  /** Continue presses from the start page to the outcome: every screen but the outcome itself. */
  screens: number;
}

type Leaf = Extract<Condition, { answer: unknown }>;
type Value = string | string[];

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
    for (const q of n.questions ?? []) if (q.askIf) collect(q.askIf);
  }
  Object.values(named).forEach(collect);
  return leaves;
}

/**
 * The answer values of a question that routing can tell apart. Values every test treats alike
 * (e.g. "yes" and "unsure" where tests only ask "yes or unsure") form one class, and one of them
 * stands for all — which keeps the enumeration small without losing a path. "no" is listed first
 * for signs, so that the class standing for "no sign" is "no" itself.
 */
function answerClasses(question: GroupQuestion, leaves: Leaf[]): Value[] {
  const lists = leaves.filter((l) => (typeof l.answer === 'string' ? [l.answer] : l.answer).includes(question.id)).map((l) => l.in);
  const options = question.kind === 'indicator' ? ['no', 'yes', 'unsure'] : optionsOf(question);
  const signature = (value: readonly string[]) => lists.map((l) => (value.some((v) => l.includes(v)) ? 1 : 0)).join('');
  const candidates: string[][] =
    question.kind === 'multiple'
      ? Array.from({ length: 2 ** options.length - 1 }, (_, mask) => options.filter((_, i) => ((mask + 1) >> i) & 1))
      : options.map((o) => [o]);
  const byClass = new Map<string, string[]>();
  for (const c of candidates) if (!byClass.has(signature(c))) byClass.set(signature(c), c);
  return [...byClass.values()].map((v) => (question.kind === 'multiple' ? v : v[0]));
}

interface Suffix {
  nodes: string[];
  answers: Record<string, Value>;
}

export interface EnumerateOptions {
  /** Answers to take as given rather than vary (e.g. `{ role: 'self' }` for one role's paths). */
  fixed?: Readonly<Record<string, Value>>;
}

/**
 * Since every question is asked at most once on a path, where the flow goes from a node depends
 * only on the node and on which tests already hold: that pair is the memo key.
 */
export function enumeratePaths(bundle: FlowBundle, options: EnumerateOptions = {}): FlowPath[] {
  const flow = bundle.screening;
  const nodes = nodeMap(flow);
  const named = flow.conditions ?? {};
  const leaves = leavesOf(bundle);
  const fixed = options.fixed ?? {};
  const classesOf = (q: GroupQuestion): Value[] => (fixed[q.id] !== undefined ? [fixed[q.id]] : answerClasses(q, leaves));
  const memo = new Map<string, Suffix[]>();
  const signatureOf = (answers: Record<string, Value>) => leaves.map((l) => (evaluate(l, answers) ? 1 : 0)).join('');

  const step = (node: FlowNode, answers: Record<string, Value>) => nextNode(node, nodes, answers, named);

  /** The answers to a node that routing can tell apart: one per class of each question, in every combination that differs. */
  const valuesOf = (node: FlowNode, answers: Record<string, Value>): Record<string, Value>[] => {
    const found = new Map<string, Record<string, Value>>();
    const visit = (i: number, given: Record<string, Value>) => {
      const questions = questionsOf(node);
      if (i === questions.length) {
        const key = signatureOf({ ...answers, ...given });
        if (!found.has(key)) found.set(key, given);
        return;
      }
      const q = questions[i];
      if (q.askIf && !evaluate(q.askIf, { ...answers, ...given }, named)) return visit(i + 1, given);
      for (const value of classesOf(q)) visit(i + 1, { ...given, [q.id]: value });
    };
    visit(0, {});
    return [...found.values()];
  };

  const suffixes = (id: string, answers: Record<string, Value>): Suffix[] => {
    const node = nodes.get(id);
    if (!node) return [];
    const key = `${id}|${signatureOf(answers)}`;
    const cached = memo.get(key);
    if (cached) return cached;
    const found = new Map<string, Suffix>();
    const add = (rest: Suffix[], own: Record<string, Value>) => {
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
      for (const own of valuesOf(node, answers)) {
        const withValue = { ...answers, ...own };
        const next = step(node, withValue);
        if (next) add(suffixes(next, withValue), own);
      }
    } else {
      const next = step(node, answers);
      if (next) add(suffixes(next, answers), {});
    }
    const list = [...found.values()];
    memo.set(key, list);
    return list;
  };

  return suffixes(flow.start, {}).map((s) => {
    // A path that ends at check-answers goes on to an outcome with one more Continue.
    const screens = s.nodes.filter((n) => nodes.get(n)!.kind !== 'outcome').length;
    return { nodes: s.nodes, answers: s.answers, questions: s.nodes.filter((n) => isQuestion(nodes.get(n)!)).length, screens };
  });
}

function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Screens (Continue presses from the start page to an outcome) for one role. */
export interface ScreenStats {
  paths: number;
  /** Over paths with at least one sign answered "yes" or "not sure". */
  medianWithSigns: number;
  longestWithSigns: number;
  /** For someone who answers "no" to every sign. */
  noSigns: number;
}

export interface PathStats {
  nodes: number;
  paths: number;
  shortestQuestions: number;
  medianQuestions: number;
  longestQuestions: number;
  /** Screens per path for each role. The emergency way out is not counted: it is one tap from danger. */
  screensByRole: Record<string, ScreenStats>;
}

/** The most Continue presses the person at risk and the bystander may need (issue "Help in ten screens"). */
export const SCREEN_BUDGET = { noSigns: 7, medianWithSigns: 10, longestWithSigns: 12 } as const;

export function pathStats(bundle: FlowBundle): PathStats {
  const paths = enumeratePaths(bundle);
  const lengths = paths.map((p) => p.questions).sort((a, b) => a - b);
  const indicatorIds = new Set(bundle.indicators.indicators.map((i) => i.id));
  const roleNode = bundle.screening.nodes.find((n) => n.id === 'role');
  const screensByRole: Record<string, ScreenStats> = {};
  for (const role of roleNode?.options ?? []) {
    const own = enumeratePaths(bundle, { fixed: { role } }).filter((p) => !p.nodes.includes('emergency') && !p.nodes.includes('checklist'));
    const signs = (p: FlowPath) => Object.entries(p.answers).some(([q, a]) => indicatorIds.has(q) && a !== 'no');
    const withSigns = own.filter(signs).map((p) => p.screens).sort((a, b) => a - b);
    const none = own.filter((p) => !signs(p)).map((p) => p.screens);
    screensByRole[role] = {
      paths: own.length,
      medianWithSigns: median(withSigns),
      longestWithSigns: withSigns.at(-1) ?? 0,
      noSigns: Math.max(0, ...none),
    };
  }
  return {
    nodes: bundle.screening.nodes.length,
    paths: lengths.length,
    shortestQuestions: lengths[0] ?? 0,
    medianQuestions: median(lengths),
    longestQuestions: lengths.at(-1) ?? 0,
    screensByRole,
  };
}

/** Where the self and other roles go over the screen budget, in words; empty when within it. */
export function overBudget(stats: PathStats, roles: readonly string[] = ['self', 'other']): string[] {
  const out: string[] = [];
  for (const role of roles) {
    const s = stats.screensByRole[role];
    if (!s) continue;
    for (const key of Object.keys(SCREEN_BUDGET) as (keyof typeof SCREEN_BUDGET)[]) {
      if (s[key] > SCREEN_BUDGET[key]) out.push(`${role}: ${key} is ${s[key]} screens; the budget is ${SCREEN_BUDGET[key]}`);
    }
  }
  return out;
}
