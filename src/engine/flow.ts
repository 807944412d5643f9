import { evaluate, type NamedConditions } from './conditions';
import type { Answers, Condition, FlowNode, ScreeningFile } from './types';
import { INDICATOR_VALUES } from './types';

/** One way out of a node: taken when `when` holds (or always, without one). */
export interface Transition {
  when?: Condition;
  to: string;
}

export const QUESTION_KINDS = new Set(['single', 'multiple', 'indicator']);

export function isQuestion(node: FlowNode): boolean {
  return QUESTION_KINDS.has(node.kind);
}

/** The answer values a question node accepts. */
export function optionsOf(node: FlowNode): readonly string[] {
  return node.kind === 'indicator' ? INDICATOR_VALUES : (node.options ?? []);
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

/** Whether an answer value is acceptable for a question node. */
export function isValidAnswer(node: FlowNode, value: unknown): value is string | string[] {
  const options = optionsOf(node);
  if (node.kind === 'multiple') {
    return (
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((v) => typeof v === 'string' && options.includes(v)) &&
      new Set(value).size === value.length
    );
  }
  return typeof value === 'string' && options.includes(value);
}
