import { useCallback, useEffect, useRef, useState } from 'react';

/** How long typing may pause before the text is written into the draft (which re-parses the whole document). */
export const COMMIT_DELAY_MS = 400;

/**
 * An input's own state, written into the draft after a pause in typing or when the input loses focus. Every write
 * re-renders the YAML and re-validates the document (tens of milliseconds for a long policy), so writing on each
 * keystroke would make typing lag; keeping the text here makes a keystroke cost one small re-render.
 * While the user has unwritten text, a change arriving from elsewhere (the YAML pane) does not overwrite it.
 */
export function useBufferedValue<T>(external: T, commit: (value: T) => void, delay = COMMIT_DELAY_MS) {
  const [local, setLocal] = useState(external);
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const commitRef = useRef(commit);
  commitRef.current = commit;

  useEffect(() => {
    if (!pending.current) setLocal(external);
  }, [external]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    pending.current = null;
    if (next) commitRef.current(next.value);
  }, []);

  const change = useCallback(
    (value: T) => {
      setLocal(value);
      pending.current = { value };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    },
    [delay, flush],
  );

  // Switching to another element unmounts the input: what was typed is still written.
  useEffect(() => flush, [flush]);

  return { value: local, change, flush };
}
