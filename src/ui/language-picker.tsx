import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, LanguageInfo } from '../engine/types';
import languagesFile from '../../locales/languages.json';
import { isLanguage, loadLanguage, preloadLanguage } from '../i18n/setup';

export const LANGUAGE_INFO = (languagesFile as { languages: LanguageInfo[] }).languages;
/** The Norwegian words to ask for an interpreter, with {{language}} for the language's Norwegian name. */
export const INTERPRETER_PHRASE = languagesFile.interpreterPhrase;
const infoOf = (lang: string) => LANGUAGE_INFO.find((l) => l.code === lang);

/** The address of a language's own static start page (prerendered, works without JavaScript). */
export function languagePath(lang: Language): string {
  return lang === LANGUAGE_INFO[0].code ? '/' : `/${lang}/`;
}

/** Sets <html lang dir> for the language shown: right to left for Arabic and Urdu. */
export function markDocument(lang: Language): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = infoOf(lang)?.dir ?? 'ltr';
}

/** Switches in place, keeping the answers; on a failed download the page stays as it is. */
function useSwitch() {
  const { i18n } = useTranslation();
  return (lang: Language) => {
    loadLanguage(i18n, lang)
      .then(() => markDocument(lang))
      .catch((error: unknown) => console.error(error));
  };
}

/**
 * The browser's preferred languages mapped to ours ("fil" → "tl", "no" / "nn" → "nb"), in order.
 * Read only to offer a language; the app never switches by itself.
 */
export function browserLanguages(preferred: readonly string[]): Language[] {
  const out: Language[] = [];
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const code = LANGUAGE_INFO.find((l) => l.browser.includes(base))?.code;
    if (code && isLanguage(code) && !out.includes(code)) out.push(code);
  }
  return out;
}

/** At the top of every screen: one control that leads to the full list at the foot. */
export function LanguageLink() {
  const { t, i18n } = useTranslation();
  return (
    <a className="language-link" href="#languages">
      {t('language.label')}
      <span aria-hidden="true">·</span>
      <span className="language-link__current" lang={i18n.language}>
        {infoOf(i18n.language)?.name}
      </span>
    </a>
  );
}

/**
 * Every language by its own name, at the foot of every screen. Each is a link to the language's
 * static start page, so it works without JavaScript; with it, the switch happens in place.
 */
export function LanguageList() {
  const { t, i18n } = useTranslation();
  const change = useSwitch();
  return (
    <nav className="language-list" id="languages" aria-labelledby="languages-title">
      <h2 id="languages-title" className="language-list__title">
        {t('language.label')}
      </h2>
      <ul>
        {LANGUAGE_INFO.map((l) => (
          <li key={l.code}>
            <a
              href={languagePath(l.code)}
              lang={l.code}
              hrefLang={l.code}
              dir={l.dir}
              data-action="language"
              data-lang={l.code}
              aria-current={i18n.language === l.code ? 'true' : undefined}
              onClick={(event) => {
                event.preventDefault();
                change(l.code);
              }}
            >
              {l.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * Where the browser prefers a language we have and the page is in another, one line in that
 * language offers it. Never switches by itself: the page opens in the language asked for. The
 * line is that language's own text, so its texts are fetched first — which also makes the switch,
 * if chosen, instant.
 */
export function LanguageOffer() {
  const { i18n } = useTranslation();
  const change = useSwitch();
  const [offered] = useState(() =>
    typeof navigator === 'undefined' ? undefined : browserLanguages(navigator.languages ?? [navigator.language]).at(0),
  );
  const [line, setLine] = useState<string>();
  const wanted = offered && offered !== i18n.language ? offered : undefined;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    preloadLanguage(i18n, wanted)
      .then(() => live && setLine(i18n.getFixedT(wanted)('language.offer')))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [i18n, wanted]);
  if (!wanted || !line) return null;
  const info = infoOf(wanted)!;
  return (
    <p className="language-offer" lang={info.code} dir={info.dir}>
      <a
        href={languagePath(info.code)}
        hrefLang={info.code}
        data-action="language"
        data-lang={info.code}
        onClick={(event) => {
          event.preventDefault();
          change(info.code);
        }}
      >
        {line}
      </a>
    </p>
  );
}

/** A machine translation says so, in its own language, with the numbers vouched for. */
export function TranslationNote() {
  const { t, i18n } = useTranslation();
  if (infoOf(i18n.language)?.translation.status !== 'machine') return null;
  return <p className="translation-note">{t('language.machineTranslated')}</p>;
}
