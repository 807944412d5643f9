import { useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { PRO_NAMESPACE } from '../engine/types';
import { loadProfessionalTexts } from '../i18n/setup';

/**
 * Whether the professionals' wording is there in the language shown; if not, it is fetched and the
 * component shows again. It is usually there already: it is fetched as soon as the role
 * "professional" is chosen, and comes along with a new language on a switch (src/i18n/setup.ts).
 */
export function useProfessionalTexts(): boolean {
  const { i18n } = useTranslation();
  const ready = i18n.hasResourceBundle(i18n.language, PRO_NAMESPACE);
  const [, loaded] = useState(0);
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadProfessionalTexts(i18n).then(
      () => live && loaded((n) => n + 1),
      (error: unknown) => console.error(error),
    );
    return () => {
      live = false;
    };
  }, [i18n, ready]);
  return ready;
}

function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('app.loading')}</p>;
}

/**
 * A professional part that waits for its wording: until it is there it shows nothing (or, for a
 * whole screen, that it is loading), never a text's key.
 */
export function withProfessionalTexts<P extends object>(Part: ComponentType<P>, screen = false) {
  return function WithProfessionalTexts(props: P) {
    if (useProfessionalTexts()) return <Part {...props} />;
    return screen ? <Loading /> : null;
  };
}
