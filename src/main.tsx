import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n, DEFAULT_LANGUAGE, isLanguage, loadLanguage } from './i18n/setup';
import { loadTexts } from './i18n/texts';
import { App } from './ui/app';
import { markDocument } from './ui/language-picker';
import './styles.css';

/**
 * The language comes from ?lang= at load if it names one, or else from the static page it was
 * opened on (/ro/ is prerendered with <html lang="ro">). The parameter is read once and never
 * written: the URL holds no answer and no state.
 */
const param = new URLSearchParams(window.location.search).get('lang');
// The same rule as the page's loader (src/boot/loader.inline.js), which fetches these texts early.
const requested = isLanguage(param) ? param : document.documentElement.lang;
const lang = isLanguage(requested) ? requested : DEFAULT_LANGUAGE;
const i18n = createI18n(loadTexts);

declare global {
  interface Window {
    /** Set by the loader in the page (src/boot/loader.inline.js) before this script is fetched. */
    veiviserBoot?: { start: boolean; stop(): void };
  }
}

/**
 * The prerendered start screen is on show while the app and its texts load. A press on its Start
 * button in that moment is kept by the page's loader and carried out once the app is there, so
 * nobody has to press it twice.
 */
const boot = window.veiviserBoot;

/** Loads the texts, falling back to Norwegian if the chosen language cannot be had. */
const ready = loadLanguage(i18n, lang)
  .then(() => lang)
  .catch(() => loadLanguage(i18n, DEFAULT_LANGUAGE).then(() => DEFAULT_LANGUAGE));

ready.then(
  (lang) => {
    markDocument(lang);
    const root = document.getElementById('root')!;
    // The prerendered start screen (for a first paint without JavaScript) is replaced, not hydrated:
    // the language may differ from the one it was rendered in.
    boot?.stop();
    root.replaceChildren();
    createRoot(root).render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <App begin={boot?.start ?? false} />
        </I18nextProvider>
      </StrictMode>,
    );
  },
  (error: unknown) => {
    // Without texts the app cannot run; the prerendered start screen stays, with its numbers.
    console.error(error);
  },
);
