import { useTranslation } from 'react-i18next';
import type { Role } from '../engine/types';
import { ScreenHeading } from './screen-heading';
import { Blocks, useRoleTexts } from './text';

/**
 * A page of explanation beside the flow (safety, interview guidance): Continue goes back to it.
 * @param page the key of its texts: "pages:safety", or "pro:interview" for professionals
 */
export function InfoPage({ page, role = 'other', onContinue }: { page: string; role?: Role; onContinue: () => void }) {
  const { t } = useTranslation();
  const texts = useRoleTexts(role);
  return (
    <>
      <ScreenHeading screenKey={page}>{t(`${page}.title`)}</ScreenHeading>
      <Blocks blocks={texts.blocks(`${page}.body`)} headingLevel={2} />
      <button type="button" className="button button--primary" data-action="continue" onClick={onContinue}>
        {t('nav.returnToQuestions')}
      </button>
    </>
  );
}
