import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { assess } from '../engine/assess';
import type { Answers } from '../engine/types';
import { DIMENSIONS, INDICATOR_VALUES } from '../engine/types';
import { book, bundle, owners } from '../flow-data';
import { InfoPage } from './info-page';
import { SignList } from './professional-outcome';
import { ScreenHeading } from './screen-heading';

const indicators = bundle.indicators.indicators;
const indicatorIds = new Set(indicators.map((i) => i.id));
/** The checklist's items in the order shown: by ILO dimension, then as flows/indicators.json lists them. */
const groups = DIMENSIONS.map((dimension) => ({
  dimension,
  items: indicators.filter((i) => i.dimension === dimension && owners.has(i.id)).map((i) => i.id),
})).filter((g) => g.items.length > 0);

/** The checklist's answers: only the items touched; an untouched item is "not answered", never "no". */
export type ChecklistAnswers = Record<string, string>;

interface Props {
  /** Every answer so far: the indicators prefill the list, the rest (age) feeds the live assessment. */
  answers: Answers;
  /** The screens passed on the way, this checklist last: the answers on them are the ones that count. */
  path: readonly string[];
  onSubmit: (answers: ChecklistAnswers) => void;
  onBack?: () => void;
}

/**
 * The professionals' one-page checklist: every indicator, grouped by ILO dimension, with the
 * assessment shown live. The interview guidance opens in place, so that the unsent answers survive
 * the detour without being kept anywhere but in this component.
 */
export function ChecklistPage({ answers, path, onSubmit, onBack }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState<ChecklistAnswers>(() =>
    Object.fromEntries(Object.entries(answers).filter((e): e is [string, string] => indicatorIds.has(e[0]) && typeof e[1] === 'string')),
  );
  const [showInterview, setShowInterview] = useState(false);
  const [cleared, setCleared] = useState(false);

  if (showInterview) return <InfoPage page="pro:interview" onContinue={() => setShowInterview(false)} />;

  // A preview of what the machine will score when the list is sent: the same answers, the same way.
  const assessment = assess(book.withChecklist(answers, path, value), bundle);
  const withSigns = assessment.dimensions.filter((d) => d.signs.length > 0);
  const answered = Object.keys(value).length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(value);
  };

  return (
    <form onSubmit={submit} noValidate className="checklist">
      {onBack && (
        <button type="button" className="back-link" data-action="back" onClick={onBack}>
          {t('nav.back')}
        </button>
      )}
      <ScreenHeading screenKey="checklist">{t('pro:checklist.title')}</ScreenHeading>
      <p className="lead">{t('pro:checklist.lead')}</p>
      <p className="hint">{t('pro:checklist.untouched')}</p>
      <p>
        <button type="button" className="link-button" data-action="interview" onClick={() => setShowInterview(true)}>
          {t('pro:checklist.interview')}
        </button>
      </p>

      {groups.map(({ dimension, items }) => (
        <section key={dimension} className="checklist__group" aria-labelledby={`checklist-dim-${dimension}`}>
          <h2 id={`checklist-dim-${dimension}`}>{t(`signs:dimensions.${dimension}.name`)}</h2>
          {items.map((id) => (
            <fieldset key={id} className="checklist__item" data-question={id}>
              <legend className="checklist__legend">{t(`questions:${id}.short`)}</legend>
              <div className="checklist__choices">
                {INDICATOR_VALUES.map((option) => (
                  <div className="choice" key={option}>
                    <input
                      id={`${id}-${option}`}
                      type="radio"
                      name={id}
                      value={option}
                      checked={value[id] === option}
                      onChange={() => {
                        setCleared(false);
                        setValue((v) => ({ ...v, [id]: option }));
                      }}
                    />
                    <label htmlFor={`${id}-${option}`}>{t(`answer.${option}`)}</label>
                  </div>
                ))}
              </div>
            </fieldset>
          ))}
        </section>
      ))}

      <section className="checklist__live" aria-labelledby="checklist-live-heading">
        <h2 id="checklist-live-heading">{t('pro:checklist.liveTitle')}</h2>
        <div>
          <p>{t('pro:checklist.progress', { answered, total: indicators.length })}</p>
          {withSigns.length === 0 ? (
            <p>{t('pro:checklist.none')}</p>
          ) : (
            <ul className="checklist__dimensions">
              {withSigns.map((d) => (
                <li key={d.dimension}>
                  <strong>{t(`signs:dimensions.${d.dimension}.name`)}</strong>
                  {d.positive && <> ({t('pro:checklist.positive')})</>}
                  <SignList signs={d.signs} />
                </li>
              ))}
            </ul>
          )}
          {/* Only the result is announced as it changes: the list above would be read out on every click. */}
          <p className="checklist__leads-to" role="status">
            {t('pro:checklist.leadsTo', { outcome: t(`pro:outcomeName.${assessment.outcome}`) })}
            {cleared && <> {t('pro:checklist.resetDone')}</>}
          </p>
        </div>
      </section>

      <div className="checklist__actions">
        <button type="submit" className="button button--primary" data-action="continue">
          {t('pro:checklist.continue')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          data-action="reset"
          onClick={() => {
            setValue({});
            setCleared(true);
          }}
        >
          {t('pro:checklist.reset')}
        </button>
      </div>
    </form>
  );
}
