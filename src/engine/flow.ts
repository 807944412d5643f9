import { evaluate, type NamedConditions } from './conditions';
import type { Answers, Condition, FlowNode, GroupQuestion, ScreeningFile } from './types';
import { INDICATOR_VALUES } from './types';

/** One way out of a node: taken when `when` holds (or always, without one). */
export interface Transition {
  when?: Condition;
  to: string;
}

export const QUESTION_KINDS = new Set(['single', 'multiple', 'indicator']);

/** Whether a node takes answers: one question, or a group screen of several. */
export function isQuestion(node: FlowNode): boolean {
  return QUESTION_KINDS.has(node.kind) || node.kind === 'group';
}

/** The questions a node asks: its own for a question node, its list for a group screen. */
export function questionsOf(node: FlowNode): readonly GroupQuestion[] {
  if (node.kind === 'group') return node.questions ?? [];
  if (QUESTION_KINDS.has(node.kind)) return [{ id: node.id, kind: node.kind as GroupQuestion['kind'], options: node.options }];
  return [];
}

/** The answer values a question accepts. */
export function optionsOf(question: { kind: string; options?: readonly string[] }): readonly string[] {
  return question.kind === 'indicator' ? INDICATOR_VALUES : (question.options ?? []);
}

/** Which node asks each question. */
export function questionOwners(flow: ScreeningFile): Map<string, string> {
  return new Map(flow.nodes.flatMap((n) => questionsOf(n).map((q) => [q.id, n.id] as const)));
}

/** An answer as an ANSWER event carries it: one value, or for a group screen one per question. */
export type NodeAnswer = string | readonly string[] | Readonly<Record<string, string | readonly string[]>>;

/**
 * The questions of a group screen shown for these answers, in order: a question with `askIf` shows
 * when its condition holds over the answers before it (those of earlier screens, and the answers
 * on this screen above it — so a follow-up opens in place under its answer).
 */
export function visibleQuestions(
  node: FlowNode,
  before: Answers,
  given: Readonly<Record<string, unknown>>,
  named: NamedConditions,
): GroupQuestion[] {
  const seen: Record<string, string | readonly string[]> = withoutQuestionsOf(node, before);
  const shown: GroupQuestion[] = [];
  for (const q of questionsOf(node)) {
    if (q.askIf && !evaluate(q.askIf, seen, named)) continue;
    shown.push(q);
    const value = given[q.id];
    if (typeof value === 'string' || Array.isArray(value)) seen[q.id] = value as string | string[];
  }
  return shown;
}

/** The answers with those to this node's questions taken out. */
export function withoutQuestionsOf(node: FlowNode, answers: Answers): Record<string, string | readonly string[]> {
  const own = new Set(questionsOf(node).map((q) => q.id));
  return Object.fromEntries(Object.entries(answers).filter(([q]) => !own.has(q)));
}

/**
 * The answers once a node's answer is recorded. For a group screen, only its questions shown for
 * this answer keep a value: an answer to a follow-up that has since closed is dropped, so that it
 * can neither route nor score.
 */
export function recordNodeAnswer(node: FlowNode, answers: Answers, value: NodeAnswer, named: NamedConditions): Record<string, string | readonly string[]> {
  if (node.kind !== 'group') return { ...answers, [node.id]: value as string | readonly string[] };
  const given = value as Readonly<Record<string, string | readonly string[]>>;
  const shown = visibleQuestions(node, answers, given, named);
  return { ...withoutQuestionsOf(node, answers), ...Object.fromEntries(shown.map((q) => [q.id, given[q.id]])) };
}

/** Whether every question the node shows for the answers so far has an answer (Change passes it over). */
export function isAnswered(node: FlowNode, answers: Answers, named: NamedConditions): boolean {
  if (node.kind !== 'group') return answers[node.id] !== undefined;
  return visibleQuestions(node, answers, answers, named).every((q) => answers[q.id] !== undefined);
}

export function nodeMap(flow: ScreeningFile): Map<string, FlowNode> {
  return new Map(flow.nodes.map((n) => [n.id, n]));
}

/**
 * The ways out of a node after it is answered, in the order they are tried. Explicit routes come
 * first, then `next`. A target with `askIf` becomes a guarded step, and when its condition fails the
 * flow falls through to the target's own `next` — so "ask this only if…" is written once, on the
 * question, and not repeated in the route of every question before it.
 */
export function transitionsOf(node: FlowNode, nodes: Map<string, FlowNode>): Transition[] {
  const out: Transition[] = [];
  for (const route of node.routes ?? []) {
    for (const step of expandTarget(route.to, nodes)) {
      out.push({ when: step.when ? { all: [route.when, step.when] } : route.when, to: step.to });
    }
  }
  if (node.next) out.push(...expandTarget(node.next, nodes));
  return out;
}

function expandTarget(target: string, nodes: Map<string, FlowNode>): Transition[] {
  const steps: Transition[] = [];
  const seen = new Set<string>();
  let id: string | undefined = target;
  while (id !== undefined && !seen.has(id)) {
    seen.add(id);
    const node = nodes.get(id);
    if (!node?.askIf) {
      steps.push({ to: id });
      return steps;
    }
    steps.push({ when: node.askIf, to: id });
    id = node.next;
  }
  // Only reached for a malformed flow (a chain of askIf with no end); the loader reports it.
  return steps;
}

/** The first transition that holds for these answers, or undefined at a dead end. */
export function nextNode(node: FlowNode, nodes: Map<string, FlowNode>, answers: Answers, named: NamedConditions): string | undefined {
  return transitionsOf(node, nodes).find((t) => !t.when || evaluate(t.when, answers, named))?.to;
}

/** Every edge of the graph, for checks and the diagram: routes, next (expanded), resume. */
export interface Edge {
  from: string;
  to: string;
  when?: Condition;
  kind: 'answer' | 'assess' | 'resume' | 'offer';
}

export function edgesOf(flow: ScreeningFile, assessedTargets: readonly string[]): Edge[] {
  const nodes = nodeMap(flow);
  const edges: Edge[] = [];
  for (const node of flow.nodes) {
    for (const t of transitionsOf(node, nodes)) edges.push({ from: node.id, to: t.to, when: t.when, kind: 'answer' });
    // The check-answers page and the checklist (its own review) lead to the assessed outcomes.
    if (node.kind === 'check' || node.kind === 'checklist')
      for (const to of assessedTargets) edges.push({ from: node.id, to, kind: 'assess' });
    if (node.resume)
      for (const t of expandTarget(node.resume, nodes)) edges.push({ from: node.id, to: t.to, when: t.when, kind: 'resume' });
    for (const offer of node.offers ?? []) edges.push({ from: node.id, to: offer.to, when: offer.when, kind: 'offer' });
  }
  return edges;
}

/** The other ways on that a node offers for these answers (the machine also checks any answer taken along). */
export function openOffers(node: FlowNode, answers: Answers, named: NamedConditions): NonNullable<FlowNode['offers']> {
  return (node.offers ?? []).filter((o) => !o.when || evaluate(o.when, answers, named));
}

/** The outcome node for each outcome id. */
export function outcomeNodes(flow: ScreeningFile): Map<string, string> {
  const map = new Map<string, string>();
  for (const n of flow.nodes) if (n.kind === 'outcome' && n.outcome) map.set(n.outcome, n.id);
  return map;
}

/** Whether a checklist's answers are acceptable: indicator ids of this flow, each yes / no / unsure. */
export function isValidChecklist(value: unknown, indicatorIds: ReadonlySet<string>): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.entries(value).every(([k, v]) => indicatorIds.has(k) && (INDICATOR_VALUES as readonly unknown[]).includes(v))
  );
}

/** Whether a value is acceptable for one question. */
export function isValidQuestionAnswer(question: Pick<GroupQuestion, 'kind' | 'options'>, value: unknown): value is string | string[] {
  const options = optionsOf(question);
  if (question.kind === 'multiple') {
    return (
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((v) => typeof v === 'string' && options.includes(v)) &&
      new Set(value).size === value.length
    );
  }
  return typeof value === 'string' && options.includes(value);
}

/**
 * Whether an answer is acceptable for a question node; for a group screen, whether every question
 * it shows (given the answers before it) has a valid answer.
 */
export function isValidAnswer(node: FlowNode, value: unknown, before: Answers = {}, named: NamedConditions = {}): boolean {
  if (node.kind !== 'group') return QUESTION_KINDS.has(node.kind) && isValidQuestionAnswer(questionsOf(node)[0], value);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const given = value as Readonly<Record<string, unknown>>;
  return visibleQuestions(node, before, given, named).every((q) => isValidQuestionAnswer(q, given[q.id]));
}
