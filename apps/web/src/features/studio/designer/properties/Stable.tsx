import { memo, type ReactNode } from 'react';

/**
 * Renders `render()` again only when one of `deps` changed (by identity). The properties panel re-renders on every
 * keystroke into it; each of its editors depends on a few values of the node, and antd's components are costly
 * enough that re-rendering the untouched ones would take most of the 50 ms a keystroke may take with 300 fields.
 * Callbacks used inside must be stable (or only read what `deps` names).
 */
export const Stable = memo(
  function Stable({ render }: { deps: ReadonlyArray<unknown>; render: () => ReactNode }) {
    return <>{render()}</>;
  },
  (before, after) => before.deps.length === after.deps.length && before.deps.every((dep, index) => Object.is(dep, after.deps[index])),
);
