import { memo, type ReactNode } from 'react';

/**
 * Re-renders its content only when one of `deps` changes (compared with Object.is). For the big parts of a big
 * workshop (a page of a thousand relationships) while the user types elsewhere. Safe with the form API: its
 * setters always work on the latest draft; `deps` must list every draft value and message the content reads.
 */
export const Slice = memo(
  function Slice({ render }: { deps: readonly unknown[]; render(): ReactNode }) {
    return <>{render()}</>;
  },
  (a, b) => a.deps.length === b.deps.length && a.deps.every((d, i) => Object.is(d, b.deps[i])),
);
