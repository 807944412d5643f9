import { useTranslation } from 'react-i18next';
import type { Contact } from '../engine/types';
import { ContactList } from './contact-card';
import { LanguageOffer, TranslationNote } from './language-picker';
import { ScreenHeading } from './screen-heading';
import { Blocks, useRoleTexts } from './text';

export function StartPage({ urgent, onContinue, onSafety }: { urgent: Contact[]; onContinue: () => void; onSafety: () => void }) {
  const { t } = useTranslation();
  const texts = useRoleTexts('other');
  return (
    <>
      <LanguageOffer />
      <ScreenHeading screenKey="start">{t('pages:start.title')}</ScreenHeading>
      <TranslationNote />
      {/* Only in the prerendered page: without JavaScript the questions cannot run, the numbers can. */}
      <noscript>
        <p className="error-summary">{t('start.noscript')}</p>
      </noscript>
      <Blocks blocks={texts.blocks('pages:start.body')} headingLevel={2} />
      <p>
        <button type="button" className="link-button" data-action="safety" onClick={onSafety}>
          {t('nav.safety')}
        </button>
      </p>
      <button type="button" className="button button--primary" data-action="continue" onClick={onContinue}>
        {t('start.begin')}
      </button>
      <aside className="urgent" aria-labelledby="urgent-heading">
        <h2 id="urgent-heading">{t('start.urgentTitle')}</h2>
        <ContactList contacts={urgent} />
      </aside>
    </>
  );
}
