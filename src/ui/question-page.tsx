import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { referencedQuestions, type NamedConditions } from '../engine/conditions';
import { optionsOf, questionsOf, visibleQuestions, withoutQuestionsOf, type NodeAnswer } from '../engine/flow';
import type { Answers, FlowNode, GroupQuestion, Role } from '../engine/types';
import { ErrorMessage, ErrorSummary, type Problem } from './error-summary';
import { Listen } from './listen';
import { ScreenHeading } from './screen-heading';
import { useRoleTexts } from './text';

type Value = string | readonly string[];

interface Props {
  node: FlowNode;
  role: Role;
  /** The answers on the path before this screen: they decide which follow-ups show. */
  before: Answers;
  /** Named conditions of the flow, for the questions' `askIf`. */
  named: NamedConditions;
  /** Answers given earlier on this screen (after Back or Change). */
  initial: Answers;
  /** Whether the questions are put to a possible child ("what happens", not "are you forced"). */
  child: boolean;
  onAnswer: (value: NodeAnswer) => void;
  onBack?: () => void;
  /** Another way on from here: the professionals' one-page checklist. */
  onChecklist?: { withAnswer: boolean; take: (value?: NodeAnswer) => void };
}

/**
 * A question screen, as GOV.UK's question pages: one question whose legend is the h1, or a group
 * screen (flows/screening.json, kind "group") with a heading and several questions. Signs on a
 * "ticklist" screen are one "tick all that apply" list, each with "not sure" beside it and an
 * exclusive "none of these", so that a list left alone is never read as "no" to every sign.
 * Follow-ups open in place under the answer that opens them (GOV.UK conditional reveal).
 */
export function QuestionPage({ node, role, before, named, initial, child, onAnswer, onBack, onChecklist }: Props) {
  const { t } = useTranslation();
  const texts = useRoleTexts(role);
  const group = node.kind === 'group';
  const ticklist = group && node.style === 'ticklist';
  const [draft, setDraft] = useState<Record<string, Value>>(() => ({ ...pick(questionsOf(node), initial) }));
  // Back on a list answered "None of these": every sign it showed then is "no".
  const [none, setNone] = useState(() => {
    const signs = visibleQuestions(node, withoutQuestionsOf(node, before), initial, named).filter((q) => q.kind === 'indicator');
    return ticklist && signs.length > 0 && signs.every((q) => initial[q.id] === 'no');
  });
  const [problems, setProblems] = useState<Problem[]>([]);
  /** Failed attempts to continue: each one moves focus to the error summary again. */
  const [attempts, setAttempts] = useState(0);
  const errorRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const uid = useId();

  useEffect(() => {
    if (attempts > 0) errorRef.current?.focus();
  }, [attempts]);

  const base = withoutQuestionsOf(node, before);
  const shown = visibleQuestions(node, base, draft, named);
  const listed = ticklist ? shown.filter((q) => q.kind === 'indicator') : [];

  /** A question's text; for a possible child, the child's wording where there is one. */
  const text = (q: string, field: 'title' | 'hint') => {
    const childKey = `questions:${q}.child.${field}`;
    if (child && texts.has(childKey)) return texts.text(childKey);
    const key = `questions:${q}.${field}`;
    return texts.has(key) ? texts.text(key) : '';
  };
  const optionLabel = (q: GroupQuestion, option: string) =>
    q.kind === 'indicator' ? t(`answer.${option}`) : texts.text(`questions:${q.id}.options.${option}`);

  const set = (id: string, value: Value | undefined) => {
    setProblems([]);
    setDraft((d) => {
      const next = { ...d };
      if (value === undefined) delete next[id];
      else next[id] = value;
      return next;
    });
  };

  /** The answer to send, or the problems that stop it. */
  const collect = (): Record<string, Value> | undefined => {
    const found: Problem[] = [];
    const answer: Record<string, Value> = {};
    for (const q of shown) {
      const value = draft[q.id];
      if (listed.includes(q)) {
        // Unticked in a list that was answered (something ticked, or "none of these") means "no".
        answer[q.id] = typeof value === 'string' ? value : 'no';
      } else if (value === undefined || (Array.isArray(value) && value.length === 0)) {
        found.push({
          target: q.id,
          focus: `${uid}-${q.id}-${optionsOf(q)[0]}`,
          message: t(q.kind === 'multiple' ? 'error.chooseSome' : 'error.chooseOne'),
        });
      } else answer[q.id] = value;
    }
    if (listed.length > 0 && !none && !listed.some((q) => draft[q.id] === 'yes' || draft[q.id] === 'unsure')) {
      found.unshift({ target: `${node.id}-list`, focus: `${uid}-${listed[0].id}-yes`, message: t('error.tickSome') });
    }
    if (found.length > 0) {
      setProblems(found);
      setAttempts((n) => n + 1);
      return undefined;
    }
    return answer;
  };

  const valueFor = (answer: Record<string, Value>): NodeAnswer => (group ? answer : answer[node.id]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const answer = collect();
    if (answer) onAnswer(valueFor(answer));
  };

  const problemOf = (target: string) => problems.find((p) => p.target === target);

  /** One question as a radio or checkbox group of its own (the h1 when it is the screen's only question). */
  const ownFieldset = (q: GroupQuestion): ReactNode => {
    const multiple = q.kind === 'multiple';
    const problem = problemOf(q.id);
    const hint = text(q.id, 'hint');
    const hintId = `${uid}-${q.id}-hint`;
    const errorId = `${uid}-${q.id}-error`;
    const value = draft[q.id];
    const chosen = value === undefined ? [] : typeof value === 'string' ? [value] : value;
    const inline = q.kind === 'indicator' && group;
    return (
      <fieldset
        key={q.id}
        className={`question${problem ? ' question--error' : ''}`}
        data-question={q.id}
        data-kind={q.kind === 'indicator' ? 'sign' : undefined}
        aria-describedby={[hint ? hintId : '', problem ? errorId : ''].filter(Boolean).join(' ') || undefined}
      >
        <legend className="question__legend">
          {group ? <span className="question__title">{text(q.id, 'title')}</span> : <ScreenHeading screenKey={node.id}>{text(q.id, 'title')}</ScreenHeading>}
        </legend>
        {hint && (
          <p id={hintId} className="hint">
            {hint}
          </p>
        )}
        {problem && <ErrorMessage id={errorId} prefix={t('error.prefix')} message={problem.message} />}
        <div className={`choices${multiple ? ' choices--checkboxes' : ''}${inline ? ' choices--inline' : ''}`}>
          {optionsOf(q).map((option) => {
            const id = `${uid}-${q.id}-${option}`;
            return (
              <div className="choice" key={option}>
                <input
                  id={id}
                  type={multiple ? 'checkbox' : 'radio'}
                  name={q.id}
                  value={option}
                  checked={chosen.includes(option)}
                  aria-invalid={problem ? true : undefined}
                  onChange={(e) => {
                    if (!multiple) set(q.id, option);
                    else set(q.id, e.target.checked ? [...chosen, option] : chosen.filter((x) => x !== option));
                  }}
                />
                <label htmlFor={id}>{optionLabel(q, option)}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
    );
  };

  /** One sign in a tick list: ticked is "yes", "not sure" beside it, unticked is "no". */
  const signRow = (q: GroupQuestion, nested: boolean): ReactNode => {
    const value = draft[q.id];
    const hint = text(q.id, 'hint');
    const hintId = `${uid}-${q.id}-hint`;
    const tick = (answer: 'yes' | 'unsure', checked: boolean) => {
      if (checked) setNone(false);
      set(q.id, checked ? answer : undefined);
    };
    const box = (answer: 'yes' | 'unsure', label: ReactNode, small: boolean) => (
      <div className={small ? 'choice choice--small sign__unsure' : 'choice'}>
        <input
          id={`${uid}-${q.id}-${answer}`}
          type="checkbox"
          name={q.id}
          value={answer}
          checked={value === answer}
          aria-describedby={!small && hint ? hintId : undefined}
          onChange={(e) => tick(answer, e.target.checked)}
        />
        <label id={`${uid}-${q.id}-${answer}-label`} htmlFor={`${uid}-${q.id}-${answer}`}>
          {label}
        </label>
      </div>
    );
    return (
      <div key={q.id} className={`sign${nested ? ' sign--reveal' : ''}`} data-question={q.id} data-kind="sign" role="group" aria-labelledby={`${uid}-${q.id}-yes-label`}>
        {box('yes', text(q.id, 'title'), false)}
        {hint && (
          <p id={hintId} className="hint sign__hint">
            {hint}
          </p>
        )}
        {box(
          'unsure',
          <>
            {t('answer.unsure')}
            <span className="visually-hidden">: {text(q.id, 'title')}</span>
          </>,
          true,
        )}
      </div>
    );
  };

  const listProblem = problemOf(`${node.id}-list`);
  const listErrorId = `${uid}-list-error`;
  const tickList = listed.length > 0 && (
    <fieldset key="list" className={`question ticklist${listProblem ? ' question--error' : ''}`} data-list={node.id} aria-describedby={listProblem ? listErrorId : undefined}>
      <legend className="visually-hidden">{texts.text(`questions:${node.id}.title`)}</legend>
      {listProblem && <ErrorMessage id={listErrorId} prefix={t('error.prefix')} message={listProblem.message} />}
      {listed.map((q) => signRow(q, opensInPlace(q, node, named)))}
      <p className="ticklist__or">{t('answer.or')}</p>
      <div className="choice">
        <input
          id={`${uid}-none`}
          type="checkbox"
          name={`${node.id}-none`}
          value="none"
          checked={none}
          onChange={(e) => {
            setProblems([]);
            setNone(e.target.checked);
            // "None of these" is exclusive: it clears every tick in the list.
            if (e.target.checked) setDraft((d) => Object.fromEntries(Object.entries(d).filter(([k]) => !listed.some((q) => q.id === k))));
          }}
        />
        <label htmlFor={`${uid}-none`}>{t('answer.none')}</label>
      </div>
    </fieldset>
  );

  const hint = group && texts.has(`questions:${node.id}.hint`) ? texts.text(`questions:${node.id}.hint`) : '';
  // The tick list sits where its first sign is; questions of their own keep their place around it.
  const body: ReactNode[] = [];
  for (const q of shown) {
    if (listed.includes(q)) {
      if (q === listed[0]) body.push(tickList);
    } else body.push(ownFieldset(q));
  }

  return (
    <form onSubmit={submit} noValidate ref={formRef}>
      {onBack && (
        <button type="button" className="back-link" data-action="back" onClick={onBack}>
          {t('nav.back')}
        </button>
      )}
      {problems.length > 0 && <ErrorSummary ref={errorRef} title={t('error.summaryTitle')} problems={problems} />}
      {group && <ScreenHeading screenKey={node.id}>{texts.text(`questions:${node.id}.title`)}</ScreenHeading>}
      <Listen region={formRef} />
      {hint && <p className="hint">{hint}</p>}
      {body}
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
              // This way also answers the questions on screen: one step, not Continue and then the checklist.
              const answer = collect();
              if (answer) onChecklist.take(valueFor(answer));
            }}
          >
            {t(onChecklist.withAnswer ? 'frontline.offer.checklistWithAnswer' : 'frontline.offer.checklist')}
          </button>
        </p>
      )}
    </form>
  );
}

/** Whether a question opens under an answer on its own screen (shown indented, as a reveal). */
function opensInPlace(q: GroupQuestion, node: FlowNode, named: NamedConditions): boolean {
  const own = new Set(questionsOf(node).map((x) => x.id));
  return !!q.askIf && referencedQuestions(q.askIf, named).some((id) => own.has(id));
}

function pick(questions: readonly GroupQuestion[], answers: Answers): Record<string, Value> {
  return Object.fromEntries(questions.flatMap((q) => (answers[q.id] === undefined ? [] : [[q.id, answers[q.id]]])));
}
