import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { DraftSession, SessionSnapshot } from './draft-session';

/** Typing in the YAML pane reaches the forms after this pause (CodeMirror shows every keystroke at once). */
const TYPING_PAUSE_MS = 300;

/**
 * The session's state as the studio's panels see it. Every panel reads the one draft, so each change of it renders
 * all of them; a keystroke in the YAML pane must not wait for that. So changes reach React in three ways:
 * `urgent` ones (a form's own edit, which its controlled input must show at once) synchronously; typing in the
 * pane after a short pause, as a transition (interruptible: the next keystroke goes first); everything else
 * (save states, a conflict) as a transition at once.
 */
export function useSessionSnapshot(session: DraftSession): { snapshot: SessionSnapshot; typed(run: () => void): void; urgent(run: () => void): void } {
  const [snapshot, setSnapshot] = useState(session.getSnapshot);
  const mode = useRef<'normal' | 'typed' | 'urgent'>('normal');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const publish = () => startTransition(() => setSnapshot(session.getSnapshot()));
    const unsubscribe = session.subscribe(() => {
      if (mode.current === 'urgent') {
        if (timer.current) clearTimeout(timer.current);
        timer.current = null;
        setSnapshot(session.getSnapshot());
      } else if (mode.current === 'typed') {
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => {
          timer.current = null;
          publish();
        }, TYPING_PAUSE_MS);
      } else if (!timer.current) publish();
    });
    // What changed before the subscription (a restored draft's first save state).
    setSnapshot(session.getSnapshot());
    return () => {
      unsubscribe();
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [session]);

  const within = (kind: 'typed' | 'urgent') => (run: () => void) => {
    mode.current = kind;
    try {
      run();
    } finally {
      mode.current = 'normal';
    }
  };
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const typed = useCallback(within('typed'), []);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const urgent = useCallback(within('urgent'), []);
  return { snapshot, typed, urgent };
}
