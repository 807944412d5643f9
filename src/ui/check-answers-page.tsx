import { useTranslation } from 'react-i18next';
import { isQuestion, questionsOf } from '../engine/flow';
import type { Role } from '../engine/types';
import { nodes, owners } from '../flow-data';
import { ScreenHeading } from './screen-heading';
import { useRoleTexts } from './text';


/** The label of a given answer, in the words the question offered. */
export function useAnswerLabel(role: Role) {
  const { t } = useTranslation();
  const texts = useRoleTexts(role);
  return (question: string, value: string | readonly string[]) => {
    const asked = questionsOf(nodes.get(owners.get(question) ?? question)!).find((q) => q.id === question);
    const one = (v: string) => (asked?.kind === 'indicator' ? t(`answer.${v}`) : texts.text(`questions:${question}.options.${v}`));
    return typeof value === 'string' ? one(value) : value.map(one).join(', ');
  };
}

interface Props {
  role: Role;
  path: readonly string[];
  answers: Readonly<Record<string, string | readonly string[]>>;
  onChange: (question: string) => void;
  onContinue: () => void;
  onBack: () => void;
}

export function CheckAnswersPage({ role, path, answers, onChange, onContinue, onBack }: Props) {
  const { t } = useTranslation();
  const label = useAnswerLabel(role);
  // One block per screen, in the order they were passed, with Change for the whole screen.
  const screens = path
    .filter((id) => nodes.has(id) && isQuestion(nodes.get(id)!))
    .map((id) => ({ id, questions: questionsOf(nodes.get(id)!).filter((q) => answers[q.id] !== undefined) }))
    .filter((s) => s.questions.length > 0);
  return (
    <>
      <button type="button" className="back-link" data-action="back" onClick={onBack}>
        {t('nav.back')}
      </button>
      <ScreenHeading screenKey="check-answers">{t('check.title')}</ScreenHeading>
      <p>{t('check.lead')}</p>
      {screens.map(({ id, questions }) => {
        const group = nodes.get(id)!.kind === 'group';
        const name = t(`questions:${id}.short`);
        return (
          <section key={id} className="summary-card" aria-labelledby={group ? `check-${id}` : undefined}>
            {group && (
              <h2 id={`check-${id}`} className="summary-card__title">
                {name}
              </h2>
            )}
            <dl className="summary-list">
              {questions.map((q) => (
                <div className="summary-list__row" key={q.id}>
                  <dt>{t(`questions:${q.id}.short`)}</dt>
                  <dd>{label(q.id, answers[q.id])}</dd>
                </div>
              ))}
            </dl>
            <p className="summary-list__action">
              <button type="button" className="link-button" data-action="change" data-change={id} onClick={() => onChange(id)}>
                {t('check.change')}
                <span className="visually-hidden"> {name}</span>
              </button>
            </p>
          </section>
        );
      })}
      <button type="button" className="button button--primary" data-action="continue" onClick={onContinue}>
        {t('check.continue')}
      </button>
    </>
  );
}
