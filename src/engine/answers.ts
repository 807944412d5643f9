/**
 * The one place that decides which answers count: those on the path taken, and a checklist's in
 * place of every indicator. The machine and the checklist's live preview both use it, so the
 * preview shows exactly what sending the checklist will score.
 */
import { questionOwners } from './flow';
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
  const owners = questionOwners(bundle.screening);
  const indicatorIds = new Set(bundle.indicators.indicators.map((i) => i.id));
  const checklistNodes = new Set(bundle.screening.nodes.filter((n) => n.kind === 'checklist').map((n) => n.id));

  const onPath = (answers: Answers, history: readonly string[]): AnswerRecord => {
    const passed = new Set(history);
    const viaChecklist = history.some((id) => checklistNodes.has(id));
    return Object.fromEntries(
      Object.entries(answers).filter(([q]) => passed.has(owners.get(q) ?? q) || (viaChecklist && indicatorIds.has(q))),
    );
  };

  return {
    onPath,
    withChecklist(answers, history, checklist) {
      const others = Object.fromEntries(Object.entries(answers).filter(([q]) => !indicatorIds.has(q)));
      return onPath({ ...others, ...checklist }, history);
    },
  };
}
