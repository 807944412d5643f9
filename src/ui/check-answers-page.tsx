import { useTranslation } from 'react-i18next';
import { isQuestion, nodeMap } from '../engine/flow';
import type { Role } from '../engine/types';
import { bundle } from '../flow-data';
import { ScreenHeading } from './screen-heading';
import { useRoleTexts } from './text';

const nodes = nodeMap(bundle.screening);

/** The label of a given answer, in the words the question offered. */
export function useAnswerLabel(role: Role) {
  const { t } = useTranslation();
  const texts = useRoleTexts(role);
  return (question: string, value: string | readonly string[]) => {
    const node = nodes.get(question);
    const one = (v: string) => (node?.kind === 'indicator' ? t(`answer.${v}`) : texts.text(`questions:${question}.options.${v}`));
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
  const asked = path.filter((id) => nodes.has(id) && isQuestion(nodes.get(id)!) && answers[id] !== undefined);
  return (
    <>
      <button type="button" className="back-link" data-action="back" onClick={onBack}>
        {t('nav.back')}
      </button>
      <ScreenHeading screenKey="check-answers">{t('check.title')}</ScreenHeading>
      <p>{t('check.lead')}</p>
      <dl className="summary-list">
        {asked.map((id) => (
          <div className="summary-list__row" key={id}>
            <dt>{t(`questions:${id}.short`)}</dt>
            <dd>{label(id, answers[id])}</dd>
            <dd className="summary-list__action">
              <button type="button" className="link-button" data-action="change" data-change={id} onClick={() => onChange(id)}>
                {t('check.change')}
                <span className="visually-hidden"> {t(`questions:${id}.short`)}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button button--primary" data-action="continue" onClick={onContinue}>
        {t('check.continue')}
      </button>
    </>
  );
}
