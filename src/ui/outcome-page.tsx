import { Suspense, useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../engine/assess';
import { referralsFor, seesProfessionalView } from '../engine/referrals';
import type { Answers, OutcomeId, Role } from '../engine/types';
import { bundle } from '../flow-data';
import { ContactDisclosures, ContactList } from './contact-card';
import { CaseSummary, ProfessionalDetails } from './professional-parts';
import { LANGUAGE_INFO, INTERPRETER_PHRASE } from './language-picker';
import { Listen } from './listen';
import { ScreenHeading } from './screen-heading';
import { Blocks, useRoleTexts } from './text';

/**
 * How many contacts show as full cards; the rest sit in disclosures below them. The first ones are
 * who to call first (flows/outcomes.json gives the order), and the page stays short on a phone.
 * One for everyone: in fourteen languages, some far longer than English, a second full card pushed
 * the page past four phone screens.
 */
export const CONTACTS_SHOWN: Record<Role, number> = { self: 1, other: 1, professional: 1 };

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

/**
 * Opens every <details> inside `root` while the page is printed, and closes again those that were
 * closed. CSS cannot open a <details>: `beforeprint` / `afterprint` cover the browser's Print, and
 * the print media query covers print previews and emulated print media, which fire no print events.
 */
export function usePrintOpensDisclosures(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const open = () => {
      const closed = [...(root.current?.querySelectorAll('details') ?? [])].filter((d) => !d.open);
      for (const d of closed) d.open = true;
      opened = [...opened, ...closed];
    };
    const restore = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined;
    const onMedia = (e: MediaQueryListEvent) => (e.matches ? open() : restore());
    window.addEventListener('beforeprint', open);
    window.addEventListener('afterprint', restore);
    media?.addEventListener?.('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', open);
      window.removeEventListener('afterprint', restore);
      media?.removeEventListener?.('change', onMedia);
    };
  }, [root]);
}

/**
 * How to ask for an interpreter (tolk) when calling, with the Norwegian words to say, for anyone
 * reading in another language than Norwegian. Only what the sources support: the support centre for
 * victims of crime offers one (politiet.no; voldsoffererstatning.no).
 */
function InterpreterNote() {
  const { t, i18n } = useTranslation();
  const info = LANGUAGE_INFO.find((l) => l.code === i18n.language);
  if (!info || info.code === LANGUAGE_INFO[0].code) return null;
  const phrase = INTERPRETER_PHRASE.replace('{{language}}', info.norwegianName);
  return (
    <details className="disclosure interpreter">
      <summary>{t('outcome.interpreter.title')}</summary>
      <p>
        {t('outcome.interpreter.say')}{' '}
        <q lang="nb" dir="ltr">
          {phrase}
        </q>
      </p>
      <p>{t('outcome.interpreter.where')}</p>
    </details>
  );
}

/**
 * The outcome: what to do first. The heading, one lead sentence and the first contact's number come
 * first (on the first screen of a phone), then the next steps; the rest opens on demand.
 */
export function OutcomePage({ outcome, role, answers, assessment: scored, onRestart, onResume, onBack, onSafety, onInterview }: Props) {
  const { t } = useTranslation();
  const texts = useRoleTexts(role);
  const rootRef = useRef<HTMLDivElement>(null);
  usePrintOpensDisclosures(rootRef);
  const { contacts, guidance } = referralsFor(outcome, answers, bundle);
  // The machine scored the answers on the way here; the emergency outcome is reached before that.
  const assessment = outcome === 'emergency' ? undefined : (scored ?? undefined);
  const shown = assessment?.dimensions.filter((d) => d.signs.length > 0) ?? [];
  // Who sees the professionals' parts is data (flows/outcomes.json, condition "professional").
  const professional = seesProfessionalView(answers, bundle) && outcome !== 'emergency' && assessment ? assessment : undefined;
  const first = contacts.slice(0, CONTACTS_SHOWN[role]);
  const more = contacts.slice(CONTACTS_SHOWN[role]);

  return (
    <div className="outcome" data-outcome={outcome} ref={rootRef}>
      {onBack && (
        <button type="button" className="back-link" data-action="back" onClick={onBack}>
          {t('nav.backToAnswers')}
        </button>
      )}
      <ScreenHeading screenKey={`outcome-${outcome}`}>{texts.text(`outcomes:${outcome}.title`)}</ScreenHeading>
      <p className="lead">{texts.text(`outcomes:${outcome}.lead`)}</p>

      <section aria-labelledby="contacts-heading" className="outcome__contacts">
        <h2 id="contacts-heading">{t('outcome.contactsTitle')}</h2>
        <ContactList contacts={first} />
        {more.length > 0 && (
          <>
            <p className="outcome__more">{t('outcome.moreContacts')}</p>
            <ContactDisclosures contacts={more} />
          </>
        )}
      </section>

      <InterpreterNote />
      <Listen region={rootRef} />

      <section aria-labelledby="steps-heading" data-speak>
        <h2 id="steps-heading">{t('outcome.stepsTitle')}</h2>
        <Blocks blocks={texts.blocks(`outcomes:${outcome}.steps`)} headingLevel={3} />
      </section>

      {onResume && (
        <button type="button" className="button button--secondary" data-action="resume" onClick={onResume}>
          {t('outcome.resume')}
        </button>
      )}

      {(shown.length > 0 || guidance.length > 0 || professional) && (
        <section aria-labelledby="more-heading">
          <h2 id="more-heading">{t('outcome.guidanceTitle')}</h2>
          {professional && (
            <Suspense fallback={null}>
              <ProfessionalDetails assessment={professional} onInterview={onInterview} />
            </Suspense>
          )}
          {/* Professionals see the signs by area, with their weight, in the assessment below. */}
          {shown.length > 0 && !professional && (
            <details className="disclosure why">
              <summary>{t('outcome.whyTitle')}</summary>
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
            </details>
          )}
          {guidance.map((g) => (
            <details key={g} className="disclosure guidance" data-guidance={g}>
              <summary>{t(`guidance:${g}.title`)}</summary>
              <Blocks blocks={texts.blocks(`guidance:${g}.body`)} headingLevel={3} />
            </details>
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
