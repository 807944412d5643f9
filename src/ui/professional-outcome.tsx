import { useTranslation } from 'react-i18next';
import type { Assessment, IndicatorSign } from '../engine/assess';

/** "Passport or ID kept by someone else — strong sign, answered “not sure”", for one sign. */
export function useSignLabel() {
  const { t } = useTranslation();
  return (s: IndicatorSign) =>
    [
      t(`questions:${s.id}.short`),
      [t(`pro:weight.${s.weight}`), s.answer === 'unsure' ? t('pro:unsure') : ''].filter(Boolean).join(', '),
    ].join(' — ');
}

/** Label–value rows (the § 257 elements here, and the case summary's facts and answers), as a description list. */
export function Pairs({ className, rows }: { className: string; rows: readonly (readonly [string, string])[] }) {
  return (
    <dl className={className}>
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export function SignList({ signs }: { signs: readonly IndicatorSign[] }) {
  const label = useSignLabel();
  return (
    <ul className="sign-list">
      {signs.map((s) => (
        <li key={s.id}>{label(s)}</li>
      ))}
    </ul>
  );
}

/**
 * Both views of the answers, as label–value rows: the elements of straffeloven § 257 they show
 * (which decide the outcome) and whether the ILO 2009 combination rule is met.
 */
export function useLawRows(assessment: Assessment): [string, string][] {
  const { t } = useTranslation();
  const found = (yes: boolean) => t(yes ? 'pro:law.found' : 'pro:law.notFound');
  const rows: [string, string][] = [];
  if (assessment.possibleChild) rows.push([t('pro:law.childSituation'), found(assessment.law.childSituation)]);
  rows.push([t('pro:law.means'), found(assessment.law.means)]);
  rows.push([t('pro:law.exploitation'), found(assessment.law.exploitation)]);
  rows.push([
    t('pro:law.forcedInto'),
    assessment.law.forcedInto.length > 0 ? assessment.law.forcedInto.map((id) => t(`questions:${id}.short`)).join('; ') : found(false),
  ]);
  rows.push([t('pro:law.ilo'), t(assessment.iloTrafficking ? 'pro:law.iloMet' : 'pro:law.iloNotMet')]);
  return rows;
}

/**
 * The assessment for professionals: the ILO dimensions with the signs behind each and their weight,
 * and the law in short. Facts (penalties, numbers) come from data through placeholders.
 */
export function ProfessionalAssessment({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const lawRows = useLawRows(assessment);
  const positive = assessment.dimensions.filter((d) => d.positive);
  const other = assessment.dimensions.filter((d) => !d.positive && d.signs.length > 0);

  return (
    <div className="professional">
      <section aria-labelledby="pro-signs-heading">
        <h3 id="pro-signs-heading">{t('pro:outcome.signsTitle')}</h3>
        <p>{t('pro:outcome.signsLead')}</p>
        {positive.length === 0 && <p>{t('pro:outcome.noPositive')}</p>}
        {positive.map((d) => (
          <section key={d.dimension} className="professional__dimension" aria-labelledby={`pro-dim-${d.dimension}`}>
            <h4 id={`pro-dim-${d.dimension}`}>{t(`signs:dimensions.${d.dimension}.name`)}</h4>
            <SignList signs={d.signs} />
          </section>
        ))}
        {other.length > 0 && (
          <section className="professional__dimension" aria-labelledby="pro-dim-other">
            <h4 id="pro-dim-other">{t('pro:outcome.otherSigns')}</h4>
            <ul>
              {other.map((d) => (
                <li key={d.dimension}>
                  {t(`signs:dimensions.${d.dimension}.name`)}
                  <SignList signs={d.signs} />
                </li>
              ))}
            </ul>
          </section>
        )}
      </section>

      <section aria-labelledby="pro-elements-heading">
        <h3 id="pro-elements-heading">{t('pro:law.title')}</h3>
        <Pairs className="case-summary__facts" rows={lawRows} />
        <p>{t('pro:law.notValidated')}</p>
      </section>

      <section aria-labelledby="pro-law-heading">
        <h3 id="pro-law-heading">{t('pro:outcome.lawTitle')}</h3>
        <p>{t('pro:outcome.law257')}</p>
        <p>{t('pro:outcome.law258')}</p>
        <p>{t('pro:outcome.lawChild')}</p>
        <p>{t('pro:outcome.lawConsent')}</p>
      </section>
    </div>
  );
}

/** The advice to professionals on menneskertilsalgs.no (RVTS Øst): what to do now. */
export function ProfessionalAdvice({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="pro-next-heading" className="professional">
      <h3 id="pro-next-heading">{t('pro:outcome.adviceTitle')}</h3>
      <p>{t('pro:outcome.nextLead')}</p>
      <ul>
        <li>{t('pro:outcome.nextSuspicion')}</li>
        <li>{t('pro:outcome.nextDanger')}</li>
        <li className={assessment.possibleChild ? 'professional__urgent' : undefined}>{t('pro:outcome.nextChild')}</li>
        <li>{t('pro:outcome.nextAlone')}</li>
        {/* ROSA helps adults only: for a possible child the line above (child welfare) stands alone. */}
        {!assessment.possibleChild && <li>{t('pro:outcome.nextRosa')}</li>}
      </ul>
      <p>{t('pro:outcome.professionalContacts')}</p>
    </section>
  );
}

/**
 * What the outcome adds for professionals: the way to the interview guidance, and in one disclosure
 * the advice, the law's elements, the signs by area and the law.
 */
export function ProfessionalDetails({ assessment, onInterview }: { assessment: Assessment; onInterview?: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        <button type="button" className="link-button" data-action="interview" onClick={() => onInterview?.()}>
          {t('pro:outcome.interview')}
        </button>
      </p>
      <details className="disclosure">
        <summary>{t('pro:outcome.assessmentTitle')}</summary>
        <ProfessionalAdvice assessment={assessment} />
        <ProfessionalAssessment assessment={assessment} />
      </details>
    </>
  );
}
