import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { optionsOf } from '../engine/flow';
import type { FlowNode, Role } from '../engine/types';
import { ScreenHeading } from './screen-heading';
import { useRoleTexts } from './text';

interface Props {
  node: FlowNode;
  role: Role;
  initial: string | readonly string[] | undefined;
  onAnswer: (value: string | string[]) => void;
  onBack?: () => void;
  /** Another way on from here: the professionals' one-page checklist. */
  onChecklist?: { withAnswer: boolean; take: (value?: string | string[]) => void };
}

/**
 * One question per page, as GOV.UK's question pages: the question is the legend and the h1, a
 * hint where it helps, an error summary when nothing is chosen, Back and Continue.
 */
export function QuestionPage({ node, role, initial, onAnswer, onBack, onChecklist }: Props) {
  const { t } = useTranslation();
  const texts = useRoleTexts(role);
  const multiple = node.kind === 'multiple';
  const [value, setValue] = useState<string[]>(initial === undefined ? [] : typeof initial === 'string' ? [initial] : [...initial]);
  const [error, setError] = useState(false);
  /** Failed attempts to continue: each one moves focus to the error summary again. */
  const [attempts, setAttempts] = useState(0);
  const errorRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const errorId = useId();
  const key = `questions:${node.id}`;
  const hint = texts.has(`${key}.hint`) ? texts.text(`${key}.hint`) : '';

  const label = (option: string) => (node.kind === 'indicator' ? t(`answer.${option}`) : texts.text(`${key}.options.${option}`));

  // The summary is announced (role=alert) and focused once it is on screen, as GOV.UK's error summary.
  useEffect(() => {
    if (attempts > 0) errorRef.current?.focus();
  }, [attempts]);

  /** Checks that something is chosen; if not, shows the error summary. */
  const chosen = (): string | string[] | undefined => {
    if (value.length > 0) return multiple ? value : value[0];
    setError(true);
    setAttempts((n) => n + 1);
    return undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const answer = chosen();
    if (answer !== undefined) onAnswer(answer);
  };

  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;

  return (
    <form onSubmit={submit} noValidate>
      {onBack && (
        <button type="button" className="back-link" data-action="back" onClick={onBack}>
          {t('nav.back')}
        </button>
      )}
      {error && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={errorRef} aria-labelledby={`${errorId}-title`}>
          <h2 id={`${errorId}-title`} className="error-summary__title">
            {t('error.summaryTitle')}
          </h2>
          <p>
            <a
              href={`#${node.id}-${optionsOf(node)[0]}`}
              onClick={(event) => {
                // As govuk-frontend's error summary: move focus to the answers without touching the
                // URL or the browser history.
                event.preventDefault();
                document.getElementById(`${node.id}-${optionsOf(node)[0]}`)?.focus();
              }}
            >
              {multiple ? t('error.chooseSome') : t('error.chooseOne')}
            </a>
          </p>
        </div>
      )}
      <fieldset className={`question${error ? ' question--error' : ''}`} data-question={node.id} aria-describedby={describedBy}>
        <legend className="question__legend">
          <ScreenHeading screenKey={node.id}>{texts.text(`${key}.title`)}</ScreenHeading>
        </legend>
        {hint && (
          <p id={hintId} className="hint">
            {hint}
          </p>
        )}
        {error && (
          <p id={errorId} className="error-message">
            <span className="visually-hidden">{t('error.prefix')} </span>
            {multiple ? t('error.chooseSome') : t('error.chooseOne')}
          </p>
        )}
        <div className={multiple ? 'choices choices--checkboxes' : 'choices'}>
          {optionsOf(node).map((option) => {
            const id = `${node.id}-${option}`;
            const checked = value.includes(option);
            return (
              <div className="choice" key={option}>
                <input
                  id={id}
                  type={multiple ? 'checkbox' : 'radio'}
                  name={node.id}
                  value={option}
                  checked={checked}
                  aria-invalid={error || undefined}
                  onChange={(e) => {
                    setError(false);
                    if (!multiple) setValue([option]);
                    else setValue((v) => (e.target.checked ? [...v, option] : v.filter((x) => x !== option)));
                  }}
                />
                <label htmlFor={id}>{label(option)}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
      <button type="submit" className="button button--primary" data-action="continue">
        {t('nav.continue')}
      </button>
      {onChecklist && (
        <p>
          <button
            type="button"
            className="link-button"
            data-action="checklist"
            onClick={() => {
              if (!onChecklist.withAnswer) return onChecklist.take();
              // This way also answers the question on screen: one step, not Continue and then the checklist.
              const answer = chosen();
              if (answer !== undefined) onChecklist.take(answer);
            }}
          >
            {t(onChecklist.withAnswer ? 'frontline.offer.checklistWithAnswer' : 'frontline.offer.checklist')}
          </button>
        </p>
      )}
    </form>
  );
}
