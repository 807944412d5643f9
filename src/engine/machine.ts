import { assign, setup } from 'xstate';
import { answerBook } from './answers';
import { assess, type Assessment } from './assess';
import { evaluate } from './conditions';
import {
  edgesOf,
  isAnswered,
  isQuestion,
  isValidAnswer,
  isValidChecklist,
  nodeMap,
  outcomeNodes,
  recordNodeAnswer,
  transitionsOf,
  withoutQuestionsOf,
  type NodeAnswer,
} from './flow';
import type { Condition, FlowBundle } from './types';
import { ASSESSED_OUTCOMES } from './types';

export interface ScreeningContext {
  /** The only place answers live. Never copied to the URL, history state or storage. */
  answers: Record<string, string | readonly string[]>;
  /** Nodes passed on the way here, newest last; Back pops it. */
  history: string[];
  /** Set by Change on the check-answers page: answered screens are passed over on the way back. */
  changing: boolean;
  /** The screen being changed, which must not be passed over although it has its answers. */
  changeTarget: string | null;
  /** Set on the way to an assessed outcome, so that screens read it rather than score again. */
  assessment: Assessment | null;
}

export type ScreeningEvent =
  | { type: 'NEXT' }
  /** The answer to the screen's question, or for a group screen one answer per question it shows. */
  | { type: 'ANSWER'; value: NodeAnswer }
  | { type: 'BACK' }
  /** Goes back from check-answers to a screen (`question`: the node id) to change its answers. */
  | { type: 'CHANGE'; question: string }
  | { type: 'RESUME' }
  | { type: 'RESTART' }
  /** Takes another way offered on a node (the professionals' checklist), with the node's answer if it asks for one. */
  | { type: 'OFFER'; offer: string; value?: NodeAnswer }
  /** All of the checklist's answers at once; items left untouched are not answered. */
  | { type: 'CHECKLIST_ANSWERS'; answers: Readonly<Record<string, string>> };

export function initialContext(): ScreeningContext {
  return { answers: {}, history: [], changing: false, changeTarget: null, assessment: null };
}

type Guard = { type: 'routeMatches' | 'skipAnswered'; params: { question: string; when?: Condition } };

/**
 * Compiles validated flow data into an XState machine. The config is generated from the data:
 * one state per node (a question or a group screen of questions), guarded transitions per route,
 * and no code written for any one question.
 */
export function compileMachine(bundle: FlowBundle) {
  const flow = bundle.screening;
  const nodes = nodeMap(flow);
  const named = flow.conditions ?? {};
  const book = answerBook(bundle);
  const outcomeTargets = outcomeNodes(flow);
  const assessedTargets = ASSESSED_OUTCOMES.map((o) => outcomeTargets.get(o)).filter((x): x is string => !!x);

  const indicatorIds = new Set(bundle.indicators.indicators.map((i) => i.id));

  /**
   * The answers routing may look at: those on the path to `current` (and `current`'s own, or the
   * one being given). Answers left behind by Back or Change stay in the context, so that a question
   * shows its earlier answer if the person comes back to it, but they never open or skip a route.
   */
  const onPath = (context: ScreeningContext, current: string, value?: NodeAnswer) => {
    const node = nodes.get(current)!;
    const answers = value === undefined ? context.answers : recordNodeAnswer(node, context.answers, value, named);
    return book.onPath(answers, [...context.history, current]);
  };
  /** The answers before a node, for deciding what a group screen shows. */
  const before = (context: ScreeningContext, current: string) =>
    withoutQuestionsOf(nodes.get(current)!, book.onPath(context.answers, context.history));

  const predecessors = new Map<string, Set<string>>();
  for (const e of edgesOf(flow, assessedTargets)) {
    if (!predecessors.has(e.to)) predecessors.set(e.to, new Set());
    predecessors.get(e.to)!.add(e.from);
  }

  const machineSetup = setup({
    types: {} as { context: ScreeningContext; events: ScreeningEvent },
    guards: {
      /** A valid answer to this question, and the route's condition holds with it. */
      routeMatches: ({ context, event }, params: { question: string; when?: Condition }) => {
        if (event.type !== 'ANSWER') return false;
        const node = nodes.get(params.question);
        if (!node || !isValidAnswer(node, event.value, before(context, params.question), named)) return false;
        return !params.when || evaluate(params.when, onPath(context, params.question, event.value), named);
      },
      /** While changing an answer, questions already answered are passed over on the way back. */
      skipAnswered: ({ context }, params: { question: string; when?: Condition }) =>
        context.changing &&
        context.changeTarget !== params.question &&
        isAnswered(nodes.get(params.question)!, onPath(context, params.question), named) &&
        (!params.when || evaluate(params.when, onPath(context, params.question), named)),
      /** A condition over the answers so far (for steps that take no answer). */
      holds: ({ context }, params: { from: string; when?: Condition }) =>
        !params.when || evaluate(params.when, onPath(context, params.from), named),
      cameFrom: ({ context }, params: { node: string }) => context.history.at(-1) === params.node,
      assessmentIs: ({ context }, params: { outcome: string }) => assess(context.answers, bundle).outcome === params.outcome,
      offered: ({ context, event }, params: { from: string; offer: string; when?: Condition; withAnswer?: boolean }) => {
        if (event.type !== 'OFFER' || event.offer !== params.offer) return false;
        if (params.withAnswer && !isValidAnswer(nodes.get(params.from)!, event.value, before(context, params.from), named)) return false;
        return !params.when || evaluate(params.when, onPath(context, params.from, params.withAnswer ? event.value : undefined), named);
      },
      /** Valid checklist answers that, once recorded, score as this outcome. */
      checklistAssessmentIs: ({ context, event }, params: { node: string; outcome: string }) =>
        event.type === 'CHECKLIST_ANSWERS' &&
        isValidChecklist(event.answers, indicatorIds) &&
        assess(book.withChecklist(context.answers, [...context.history, params.node], event.answers), bundle).outcome === params.outcome,
      canChange: ({ context, event }, params: { question: string }) =>
        event.type === 'CHANGE' && event.question === params.question && context.history.includes(params.question),
    },
    actions: {
      recordAnswer: assign({
        answers: ({ context, event }, params: { question: string }) =>
          (event.type === 'ANSWER' || event.type === 'OFFER') && event.value !== undefined
            ? recordNodeAnswer(nodes.get(params.question)!, context.answers, event.value, named)
            : context.answers,
        changeTarget: null,
      }),
      recordChecklist: assign({
        answers: ({ context, event }, params: { node: string }) =>
          event.type === 'CHECKLIST_ANSWERS' ? book.withChecklist(context.answers, [...context.history, params.node], event.answers) : context.answers,
      }),
      pushHistory: assign({ history: ({ context }, params: { node: string }) => [...context.history, params.node] }),
      popHistory: assign({ history: ({ context }) => context.history.slice(0, -1), changing: false, changeTarget: null }),
      startChange: assign(({ context }, params: { question: string }) => ({
        history: context.history.slice(0, context.history.indexOf(params.question)),
        changing: true,
        changeTarget: params.question,
      })),
      settleAnswers: assign(({ context }) => ({
        answers: book.onPath(context.answers, context.history),
        changing: false,
        changeTarget: null,
      })),
      recordAssessment: assign({ assessment: ({ context }) => assess(context.answers, bundle) }),
      reset: assign(() => initialContext()),
    },
  });

  /** Transitions for a step that takes no answer (Continue on an info page, Resume from an outcome). */
  const stepsWithoutAnswer = (from: string, to: string | undefined) =>
    transitionsOf({ id: from, kind: 'info', next: to }, nodes).map((t) => ({
      guard: { type: 'holds', params: { from, when: t.when } },
      target: t.to,
      actions: { type: 'pushHistory', params: { node: from } },
    }));

  const states: Record<string, object> = {};
  for (const node of flow.nodes) {
    const on: Record<string, unknown> = {};
    const back = [...(predecessors.get(node.id) ?? [])].map((p) => ({
      guard: { type: 'cameFrom', params: { node: p } },
      target: p,
      actions: 'popHistory',
    }));
    if (back.length > 0) on.BACK = back;
    const forward = (t: { when?: Condition; to: string }, guard: Guard['type'], extra: unknown[]) => ({
      guard: { type: guard, params: { question: node.id, when: t.when } },
      target: t.to,
      actions: [...extra, { type: 'pushHistory', params: { node: node.id } }],
    });
    const state: Record<string, unknown> = { on };

    if (node.kind === 'info') {
      on.NEXT = stepsWithoutAnswer(node.id, node.next);
    } else if (isQuestion(node)) {
      const ways = transitionsOf(node, nodes);
      on.ANSWER = ways.map((t) => forward(t, 'routeMatches', [{ type: 'recordAnswer', params: { question: node.id } }]));
      state.always = ways.map((t) => forward(t, 'skipAnswered', []));
    } else if (node.kind === 'checklist') {
      // The checklist is its own review: sending it goes straight to the outcome.
      on.CHECKLIST_ANSWERS = assessedTargets.map((target) => ({
        guard: { type: 'checklistAssessmentIs', params: { node: node.id, outcome: nodes.get(target)!.outcome } },
        target,
        actions: [
          { type: 'recordChecklist', params: { node: node.id } },
          'recordAssessment',
          { type: 'pushHistory', params: { node: node.id } },
        ],
      }));
    } else if (node.kind === 'check') {
      state.entry = 'settleAnswers';
      on.NEXT = assessedTargets.map((target) => ({
        guard: { type: 'assessmentIs', params: { outcome: nodes.get(target)!.outcome } },
        target,
        actions: ['recordAssessment', { type: 'pushHistory', params: { node: node.id } }],
      }));
      on.CHANGE = flow.nodes.filter(isQuestion).map((q) => ({
        guard: { type: 'canChange', params: { question: q.id } },
        target: q.id,
        actions: { type: 'startChange', params: { question: q.id } },
      }));
    } else if (node.kind === 'outcome' && node.resume) {
      on.RESUME = stepsWithoutAnswer(node.id, node.resume);
    }
    if (node.offers?.length) {
      on.OFFER = node.offers.map((o) => ({
        guard: { type: 'offered', params: { from: node.id, offer: o.event, when: o.when, withAnswer: o.withAnswer } },
        target: o.to,
        actions: [
          ...(o.withAnswer ? [{ type: 'recordAnswer', params: { question: node.id } }] : []),
          { type: 'pushHistory', params: { node: node.id } },
        ],
      }));
    }
    states[node.id] = state;
  }

  return machineSetup.createMachine({
    id: flow.id,
    initial: flow.start,
    context: initialContext,
    on: { RESTART: { target: `.${flow.start}`, actions: 'reset' } },
    // The config is generated from validated data, so its shape is known only at run time.
    states: states as never,
  });
}

export type ScreeningMachine = ReturnType<typeof compileMachine>;
