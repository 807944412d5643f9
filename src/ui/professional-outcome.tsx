import { useTranslation } from 'react-i18next';
import type { Assessment, IndicatorSign } from '../engine/assess';

/** "Passport or ID kept by someone else — strong sign, answered “not sure”", for one sign. */
export function useSignLabel() {
  const { t } = useTranslation();
  return (s: IndicatorSign) =>
    [
      t(`questions:${s.id}.short`),
      [t(`frontline.weight.${s.weight}`), s.answer === 'unsure' ? t('frontline.unsure') : ''].filter(Boolean).join(', '),
    ].join(' — ');
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
  const found = (yes: boolean) => t(yes ? 'frontline.law.found' : 'frontline.law.notFound');
  const rows: [string, string][] = [];
  if (assessment.possibleChild) rows.push([t('frontline.law.childSituation'), found(assessment.law.childSituation)]);
  rows.push([t('frontline.law.means'), found(assessment.law.means)]);
  rows.push([t('frontline.law.exploitation'), found(assessment.law.exploitation)]);
  rows.push([
    t('frontline.law.forcedInto'),
    assessment.law.forcedInto.length > 0 ? assessment.law.forcedInto.map((id) => t(`questions:${id}.short`)).join('; ') : found(false),
  ]);
  rows.push([t('frontline.law.ilo'), t(assessment.iloTrafficking ? 'frontline.law.iloMet' : 'frontline.law.iloNotMet')]);
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
        <h3 id="pro-signs-heading">{t('frontline.outcome.signsTitle')}</h3>
        <p>{t('frontline.outcome.signsLead')}</p>
        {positive.length === 0 && <p>{t('frontline.outcome.noPositive')}</p>}
        {positive.map((d) => (
          <section key={d.dimension} className="professional__dimension" aria-labelledby={`pro-dim-${d.dimension}`}>
            <h4 id={`pro-dim-${d.dimension}`}>{t(`signs:dimensions.${d.dimension}.name`)}</h4>
            <SignList signs={d.signs} />
          </section>
        ))}
        {other.length > 0 && (
          <section className="professional__dimension" aria-labelledby="pro-dim-other">
            <h4 id="pro-dim-other">{t('frontline.outcome.otherSigns')}</h4>
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
        <h3 id="pro-elements-heading">{t('frontline.law.title')}</h3>
        <dl className="case-summary__facts">
          {lawRows.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
        <p>{t('frontline.law.notValidated')}</p>
      </section>

      <section aria-labelledby="pro-law-heading">
        <h3 id="pro-law-heading">{t('frontline.outcome.lawTitle')}</h3>
        <p>{t('frontline.outcome.law257')}</p>
        <p>{t('frontline.outcome.law258')}</p>
        <p>{t('frontline.outcome.lawChild')}</p>
        <p>{t('frontline.outcome.lawConsent')}</p>
      </section>
    </div>
  );
}

/** The advice to professionals on menneskertilsalgs.no (RVTS Øst): what to do now. */
export function ProfessionalAdvice({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="pro-next-heading" className="professional">
      <h3 id="pro-next-heading">{t('frontline.outcome.adviceTitle')}</h3>
      <p>{t('frontline.outcome.nextLead')}</p>
      <ul>
        <li>{t('frontline.outcome.nextSuspicion')}</li>
        <li>{t('frontline.outcome.nextDanger')}</li>
        <li className={assessment.possibleChild ? 'professional__urgent' : undefined}>{t('frontline.outcome.nextChild')}</li>
        <li>{t('frontline.outcome.nextAlone')}</li>
        {/* ROSA helps adults only: for a possible child the line above (child welfare) stands alone. */}
        {!assessment.possibleChild && <li>{t('frontline.outcome.nextRosa')}</li>}
      </ul>
      <p>{t('frontline.outcome.professionalContacts')}</p>
    </section>
  );
}

/** What the outcome adds for professionals, in one disclosure: the advice, the law's elements, the signs by area and the law. */
export function ProfessionalDetails({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  return (
    <details className="disclosure">
      <summary>{t('frontline.outcome.assessmentTitle')}</summary>
      <ProfessionalAdvice assessment={assessment} />
      <ProfessionalAssessment assessment={assessment} />
    </details>
  );
}
