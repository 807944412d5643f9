/**
 * The one place that decides which answers count: those on the path taken, and a checklist's in
 * place of every indicator. The machine and the checklist's live preview both use it, so the
 * preview shows exactly what sending the checklist will score.
 */
import { nodeMap, questionsOf, visibleQuestions } from './flow';
import type { Answers, FlowBundle } from './types';

export type AnswerRecord = Record<string, string | readonly string[]>;

export interface AnswerBook {
  /**
   * Keeps only the answers to questions asked on the path actually taken (nodes in `history`); a
   * checklist on the path stands for every indicator.
   */
  onPath(answers: Answers, history: readonly string[]): AnswerRecord;
  /**
   * The answers once a checklist is sent from the end of `history`: its answers replace every
   * indicator answer (an item left untouched is not answered, never "no"), and only the answers on
   * the path to it are kept.
   */
  withChecklist(answers: Answers, history: readonly string[], checklist: Readonly<Record<string, string>>): AnswerRecord;
}

export function answerBook(bundle: Pick<FlowBundle, 'screening' | 'indicators'>): AnswerBook {
  const nodes = nodeMap(bundle.screening);
  const named = bundle.screening.conditions ?? {};
  const indicatorIds = new Set(bundle.indicators.indicators.map((i) => i.id));

  /**
   * Walks the path in order and keeps the answers each screen on it shows for the answers kept
   * before it: a follow-up on a group screen that its answers no longer open (after Change or Back
   * elsewhere) is dropped, even when the screen itself was passed over.
   */
  const onPath = (answers: Answers, history: readonly string[]): AnswerRecord => {
    const kept: AnswerRecord = {};
    for (const id of history) {
      const node = nodes.get(id);
      if (!node) continue;
      if (node.kind === 'checklist') {
        // A checklist stands for every indicator.
        for (const q of indicatorIds) if (answers[q] !== undefined) kept[q] = answers[q];
        continue;
      }
      const shown = node.kind === 'group' ? visibleQuestions(node, kept, answers, named) : questionsOf(node);
      for (const q of shown) if (answers[q.id] !== undefined) kept[q.id] = answers[q.id];
    }
    return kept;
  };

  return {
    onPath,
    withChecklist(answers, history, checklist) {
      const others = Object.fromEntries(Object.entries(answers).filter(([q]) => !indicatorIds.has(q)));
      return onPath({ ...others, ...checklist }, history);
    },
  };
}
