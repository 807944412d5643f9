import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { browserLanguages } from './language-picker';

/** The browser's speech synthesis, where there is one (not in Node, not in every browser). */
function synth(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
}

/** Stops any reading aloud: on quick exit, on a new screen, on a change of language. */
export function stopSpeaking(): void {
  synth()?.cancel();
}

/**
 * A voice for the language that runs on the device. A voice whose `localService` is false sends
 * the text to a server to be spoken, so it is never used: the words on screen must not leave the
 * phone (docs/decisions/0006-read-aloud.md).
 */
export function pickLocalVoice(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  return voices.find((v) => v.localService && browserLanguages([v.lang.replace('_', '-')]).includes(lang as never));
}

function useLocalVoice(lang: string): SpeechSynthesisVoice | undefined {
  const [voice, setVoice] = useState<SpeechSynthesisVoice>();
  useEffect(() => {
    const s = synth();
    if (!s) return;
    const pick = () => setVoice(pickLocalVoice(s.getVoices(), lang));
    pick();
    // Voices often arrive after the page has loaded.
    s.addEventListener('voiceschanged', pick);
    return () => s.removeEventListener('voiceschanged', pick);
  }, [lang]);
  return voice;
}

/** The text of the headings, hints, legends and labels in the region, in order: what the screen asks. */
function readableText(region: HTMLElement): string {
  return [...region.querySelectorAll('h1, .lead, .hint, legend, label, [data-speak]')]
    .filter((el) => !el.closest('[hidden]') && !el.closest('.visually-hidden'))
    .map((el) => (el as HTMLElement).innerText?.trim() ?? el.textContent?.trim() ?? '')
    .filter(Boolean)
    .join('. ');
}

/**
 * "Listen": reads the screen aloud with a voice on the device, in the page's language. Hidden when
 * there is no such voice; never starts by itself; stops when the screen or the language changes.
 */
export function Listen({ region }: { region: RefObject<HTMLElement | null> }) {
  const { t, i18n } = useTranslation();
  const voice = useLocalVoice(i18n.language);
  const [speaking, setSpeaking] = useState(false);

  // Leaving the screen (this component goes) or changing the language stops the voice.
  useEffect(() => () => stopSpeaking(), [i18n.language]);

  if (!voice) return null;
  const toggle = () => {
    const s = synth();
    if (!s || !region.current) return;
    if (speaking) {
      s.cancel();
      setSpeaking(false);
      return;
    }
    s.cancel();
    const utterance = new SpeechSynthesisUtterance(readableText(region.current));
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    s.speak(utterance);
  };
  return (
    <div className="listen">
      <button type="button" className="button button--secondary listen__button" data-action="listen" aria-pressed={speaking} onClick={toggle}>
        {speaking ? t('listen.stop') : t('listen.start')}
      </button>
      <p className="hint listen__note">{t('listen.note')}</p>
    </div>
  );
}
