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
export function exitNow(forget: () => void): void {
  document.documentElement.classList.add('is-exiting');
  document.title = '';
  forget();
  window.location.replace(EXIT_URL);
}

/**
 * Counts Shift presses for the keyboard shortcut. Counted on keyup so that holding Shift does not
 * repeat; a Shift used as a modifier (Shift+A gives keydown Shift, keydown A, keyup A, keyup Shift)
 * does not count, any other key starts the count again, and so does a pause of 5 seconds.
 */
export function createShiftCounter(onExit: () => void, onCount: (pressesLeft: number) => void) {
  let count = 0;
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
      if (event.key !== 'Shift') otherKeyWhileShift = true;
    },
    keyup(event: Pick<KeyboardEvent, 'key'>) {
      if (event.key !== 'Shift') {
        if (count > 0) reset();
        return;
      }
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

export function QuickExit({ forget }: { forget: () => void }) {
  const { t } = useTranslation();
  const [left, setLeft] = useState(PRESSES);
  const forgetRef = useRef(forget);
  useEffect(() => {
    forgetRef.current = forget;
  }, [forget]);

  useEffect(() => {
    const counter = createShiftCounter(
      () => exitNow(() => forgetRef.current()),
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
          exitNow(() => forgetRef.current());
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
