import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The screen's h1. When a new screen appears, focus moves here so that keyboard and screen-reader
 * users start at the top of it and hear its name. Not on the first screen of a visit: there the
 * browser's own start point is what people expect.
 */
export function ScreenHeading({ children, screenKey, id = 'screen-heading' }: { children: ReactNode; screenKey: string; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!firstScreenShown) {
      firstScreenShown = true;
      return;
    }
    ref.current?.focus();
  }, [screenKey]);
  return (
    <h1 id={id} ref={ref} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}

let firstScreenShown = false;

/** For tests that render the app more than once in one document. */
export function resetFirstScreen(shown = false): void {
  firstScreenShown = shown;
}
