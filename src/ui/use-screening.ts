import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useRef } from 'react';
import { compileMachine, type ScreeningEvent } from '../engine/machine';
import { bundle } from '../flow-data';

export const screeningMachine = compileMachine(bundle);

/**
 * The screening actor, kept in memory only, with the browser's Back button wired to the in-app
 * Back. History entries carry a step number and nothing else: never an answer (docs/decisions/
 * 0004-answers-in-memory.md).
 */
export function useScreening() {
  const actor = useActorRef(screeningMachine);
  const node = useSelector(actor, (s) => String(s.value));
  const context = useSelector(actor, (s) => s.context);
  const depth = context.history.length;
  const pushed = useRef(0);
  const lastDepth = useRef(depth);

  useEffect(() => {
    if (depth > lastDepth.current) {
      window.history.pushState({ veiviserStep: depth }, '');
      pushed.current += 1;
    }
    lastDepth.current = depth;
  }, [depth, node]);

  useEffect(() => {
    const onPop = () => {
      if (pushed.current > 0) pushed.current -= 1;
      actor.send({ type: 'BACK' });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [actor]);

  const send = useCallback((event: ScreeningEvent) => actor.send(event), [actor]);
  const back = useCallback(() => {
    // Going through the browser keeps its history and the app's in step.
    if (pushed.current > 0) window.history.back();
    else actor.send({ type: 'BACK' });
  }, [actor]);
  const canGoBack = useSelector(actor, (s) => s.can({ type: 'BACK' }));

  return { actor, node, context, send, back, canGoBack };
}
