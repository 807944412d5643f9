import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../engine/assess';
import { referralsFor } from '../engine/referrals';
import type { Answers, OutcomeId, Role } from '../engine/types';
import { bundle } from '../flow-data';
import { ContactList } from './contact-card';
import { CaseSummary, ProfessionalOutcome } from './professional-parts';
import { ScreenHeading } from './screen-heading';
import { Blocks, useRoleTexts } from './text';

interface Props {
  outcome: OutcomeId;
  role: Role;
  answers: Answers;
  onRestart: () => void;
  onResume?: () => void;
  onBack?: () => void;
  onSafety: () => void;
  /** The machine's assessment of the answers (null for the emergency outcome). */
  assessment: Assessment | null;
  /** Opens the interview guidance (professionals). */
  onInterview?: () => void;
}

export function OutcomePage({ outcome, role, answers, assessment: scored, onRestart, onResume, onBack, onSafety, onInterview }: Props) {
  const { t } = useTranslation();
  const texts = useRoleTexts(role);
  const { contacts, guidance } = referralsFor(outcome, answers, bundle);
  // The machine scored the answers on the way here; the emergency outcome is reached before that.
  const assessment = outcome === 'emergency' ? undefined : (scored ?? undefined);
  const shown = assessment?.dimensions.filter((d) => d.signs.length > 0) ?? [];
  const professional = role === 'professional' && outcome !== 'emergency' && assessment ? assessment : undefined;

  return (
    <div className="outcome" data-outcome={outcome}>
      {onBack && (
        <button type="button" className="back-link" data-action="back" onClick={onBack}>
          {t('nav.backToAnswers')}
        </button>
      )}
      <ScreenHeading screenKey={`outcome-${outcome}`}>{texts.text(`outcomes:${outcome}.title`)}</ScreenHeading>
      <p className="lead">{texts.text(`outcomes:${outcome}.lead`)}</p>

      {shown.length > 0 && (
        <section aria-labelledby="why-heading" className="why">
          <h2 id="why-heading">{t('outcome.whyTitle')}</h2>
          <ul>
            {shown.map((d) => (
              <li key={d.dimension}>
                {texts.text(`signs:dimensions.${d.dimension}.why`)}{' '}
                <span className="why__signs">
                  (
                  {d.signs
                    .map((s) => `${t(`questions:${s.id}.short`)}${s.answer === 'unsure' ? ` – ${t('outcome.unsureMark')}` : ''}`)
                    .join('; ')}
                  )
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {professional && (
        <Suspense fallback={null}>
          <ProfessionalOutcome assessment={professional} onInterview={() => onInterview?.()} />
        </Suspense>
      )}

      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">{t('outcome.stepsTitle')}</h2>
        <Blocks blocks={texts.blocks(`outcomes:${outcome}.steps`)} headingLevel={3} />
      </section>

      {onResume && (
        <button type="button" className="button button--secondary" data-action="resume" onClick={onResume}>
          {t('outcome.resume')}
        </button>
      )}

      <section aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">{t('outcome.contactsTitle')}</h2>
        <ContactList contacts={contacts} />
      </section>

      {guidance.length > 0 && (
        <section aria-labelledby="guidance-heading">
          <h2 id="guidance-heading">{t('outcome.guidanceTitle')}</h2>
          {guidance.map((g) => (
            <section key={g} className="guidance" data-guidance={g} aria-labelledby={`guidance-${g}`}>
              <h3 id={`guidance-${g}`}>{t(`guidance:${g}.title`)}</h3>
              <Blocks blocks={texts.blocks(`guidance:${g}.body`)} headingLevel={4} />
            </section>
          ))}
        </section>
      )}

      {professional && (
        <Suspense fallback={null}>
          <CaseSummary outcome={professional.outcome} role={role} answers={answers} assessment={professional} contacts={contacts} />
        </Suspense>
      )}

      <p className="identification-note">{t('outcome.identification')}</p>
      <p>
        <button type="button" className="link-button" data-action="safety" onClick={onSafety}>
          {t('nav.safety')}
        </button>
      </p>
      <button type="button" className="button button--secondary" data-action="restart" onClick={onRestart}>
        {t('outcome.restart')}
      </button>
    </div>
  );
}
