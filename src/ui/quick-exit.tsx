import { stopSpeaking } from './listen';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Where the quick exit goes: a neutral, common page that gives nothing away. */
export const EXIT_URL = 'https://www.yr.no/';
const PRESSES = 3;
const WINDOW_MS = 5000;

/**
 * Hides the page at once, lets the app forget the answers, and leaves without adding a history
 * entry (location.replace), so Back does not return to this screen. Adapted from govuk-frontend's
 * "Exit this page" (v5.x); see docs/decisions/0003-quick-exit.md.
 */
export function exitNow(forget: () => void, leave: (url: string) => void = (url) => window.location.replace(url)): void {
  document.documentElement.classList.add('is-exiting');
  document.title = '';
  // Leaving must not depend on anything else working.
  try {
    // A voice reading the screen aloud stops at once too.
    stopSpeaking();
    forget();
  } finally {
    leave(EXIT_URL);
  }
}

/**
 * Counts Shift presses for the keyboard shortcut. Counted on keyup so that holding Shift does not
 * repeat; a Shift used as a modifier (Shift+A gives keydown Shift, keydown A, keyup A, keyup Shift)
 * does not count, any other key starts the count again, and so does a pause of 5 seconds.
 */
export function createShiftCounter(onExit: () => void, onCount: (pressesLeft: number) => void) {
  let count = 0;
  let shiftDown = false;
  let otherKeyWhileShift = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reset = () => {
    count = 0;
    if (timer) clearTimeout(timer);
    timer = undefined;
    onCount(PRESSES);
  };
  return {
    keydown(event: Pick<KeyboardEvent, 'key'>) {
      if (event.key === 'Shift') {
        if (!shiftDown) otherKeyWhileShift = false;
        shiftDown = true;
      } else if (shiftDown) {
        otherKeyWhileShift = true;
      }
    },
    keyup(event: Pick<KeyboardEvent, 'key'>) {
      if (event.key !== 'Shift') {
        if (count > 0) reset();
        return;
      }
      shiftDown = false;
      if (otherKeyWhileShift) {
        otherKeyWhileShift = false;
        if (count > 0) reset();
        return;
      }
      count += 1;
      if (timer) clearTimeout(timer);
      if (count >= PRESSES) {
        count = 0;
        onExit();
        return;
      }
      onCount(PRESSES - count);
      timer = setTimeout(reset, WINDOW_MS);
    },
    reset,
  };
}

/** @param leave how to leave the page; tests pass their own, as jsdom cannot navigate. */
export function QuickExit({ forget, leave }: { forget: () => void; leave?: (url: string) => void }) {
  const { t } = useTranslation();
  const [left, setLeft] = useState(PRESSES);
  const forgetRef = useRef(forget);
  const leaveRef = useRef(leave);
  useEffect(() => {
    forgetRef.current = forget;
    leaveRef.current = leave;
  }, [forget, leave]);

  useEffect(() => {
    const counter = createShiftCounter(
      () => exitNow(() => forgetRef.current(), leaveRef.current),
      (n) => setLeft(n),
    );
    const down = (e: KeyboardEvent) => counter.keydown(e);
    const up = (e: KeyboardEvent) => counter.keyup(e);
    document.addEventListener('keydown', down);
    document.addEventListener('keyup', up);
    return () => {
      document.removeEventListener('keydown', down);
      document.removeEventListener('keyup', up);
      counter.reset();
    };
  }, []);

  return (
    <div className="quick-exit">
      <a
        className="quick-exit__link"
        href={EXIT_URL}
        rel="nofollow noreferrer"
        data-action="quick-exit"
        onClick={(event) => {
          event.preventDefault();
          exitNow(() => forgetRef.current(), leaveRef.current);
        }}
      >
        {t('quickExit.label')}
      </a>
      <span className="visually-hidden" role="status" aria-live="polite">
        {left < PRESSES ? t('quickExit.pressesLeft', { count: left }) : ''}
      </span>
    </div>
  );
}
