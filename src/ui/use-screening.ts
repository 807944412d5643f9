import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { createActor } from 'xstate';
import { compileMachine, type ScreeningEvent } from '../engine/machine';
import { bundle } from '../flow-data';

export const screeningMachine = compileMachine(bundle);

/** The history entry's step number: the only thing this app ever puts in history state. */
function stepOf(state: unknown): number {
  return typeof state === 'object' && state !== null && typeof (state as { veiviserStep?: unknown }).veiviserStep === 'number'
    ? (state as { veiviserStep: number }).veiviserStep
    : 0;
}

/**
 * The screening actor, kept in memory only, with the browser's Back button wired to the in-app
 * Back. Each step forward adds a history entry holding a step number and nothing else — never an
 * answer (docs/decisions/0004-answers-in-memory.md). The browser's Forward cannot replay an answer,
 * so it is undone.
 */
export function useScreening() {
  // One actor for the life of the page, started at once. React's own useSyncExternalStore reads it
  // (XState's snapshots are immutable), so no binding library ships to the browser.
  const [actor] = useState(() => createActor(screeningMachine).start());
  const read = useCallback(() => actor.getSnapshot(), [actor]);
  const snapshot = useSyncExternalStore(
    useCallback(
      (onChange: () => void) => {
        const subscription = actor.subscribe(onChange);
        return () => subscription.unsubscribe();
      },
      [actor],
    ),
    read,
    read,
  );
  const node = String(snapshot.value);
  const context = snapshot.context;
  const canGoBack = snapshot.can({ type: 'BACK' });
  /** The machine says whether the person can go on with the questions from here (the emergency screen). */
  const canResume = snapshot.can({ type: 'RESUME' });
  const depth = context.history.length;
  /** The step number of the browser's current entry: how many entries this app has added. */
  const step = useRef(0);
  const lastDepth = useRef(depth);
  /** Pops this app caused itself (rewinding on Restart, undoing Forward), to be let through. */
  const ownPops = useRef(0);

  useEffect(() => {
    if (depth > lastDepth.current) {
      step.current += 1;
      window.history.pushState({ veiviserStep: step.current }, '');
    }
    lastDepth.current = depth;
  }, [depth, node]);

  useEffect(() => {
    const onPop = (event: PopStateEvent) => {
      const to = stepOf(event.state);
      if (ownPops.current > 0) {
        ownPops.current -= 1;
        step.current = to;
        return;
      }
      if (to < step.current) {
        for (let i = to; i < step.current; i++) actor.send({ type: 'BACK' });
        step.current = to;
      } else if (to > step.current) {
        // Forward: the app has no answer to replay, so the browser goes back to where the app is.
        ownPops.current += 1;
        window.history.go(step.current - to);
      }
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [actor]);

  const send = useCallback((event: ScreeningEvent) => actor.send(event), [actor]);

  const back = useCallback(() => {
    // Going through the browser keeps its history and the app's in step.
    if (step.current > 0) window.history.back();
    else actor.send({ type: 'BACK' });
  }, [actor]);

  /** Starts over, and rewinds the browser's entries so that Back does not walk through old steps. */
  const restart = useCallback(() => {
    actor.send({ type: 'RESTART' });
    lastDepth.current = 0;
    if (step.current > 0) {
      ownPops.current += 1;
      window.history.go(-step.current);
    }
  }, [actor]);

  return { actor, node, context, send, back, restart, canGoBack, canResume };
}
