import { useCallback, useRef } from 'react';

/**
 * A callback whose identity never changes and that always runs the latest `fn` (React's proposed useEffectEvent):
 * memoised children (the palette, the toolbar, the properties' editors) are not re-rendered by a new closure.
 */
export function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  latest.current = fn;
  return useCallback((...args: A) => latest.current(...args), []);
}
