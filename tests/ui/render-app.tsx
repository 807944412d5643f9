import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createI18n, loadLanguage, type Language } from '../../src/i18n/setup';
import textsEn from '../../src/i18n/texts-en';
import textsNb from '../../src/i18n/texts-nb';
import { App } from '../../src/ui/app';
import { resetFirstScreen } from '../../src/ui/screen-heading';

/** Renders the whole app as a person meets it, in one language, with a user-event session. */
export async function renderApp(lang: Language = 'en', { begin = false }: { begin?: boolean } = {}) {
  const i18n = createI18n();
  await loadLanguage(i18n, lang, lang === 'en' ? textsEn : textsNb);
  // The language switch loads the other language's chunk; in tests the bundle is at hand.
  await loadLanguage(i18n, lang === 'en' ? 'nb' : 'en', lang === 'en' ? textsNb : textsEn);
  await loadLanguage(i18n, lang);
  resetFirstScreen(false);
  const user = userEvent.setup();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <App begin={begin} />
    </I18nextProvider>,
  );
  return { user, i18n, ...view };
}
