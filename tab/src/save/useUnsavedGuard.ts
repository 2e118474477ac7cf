import { useEffect } from 'react';
import type { SaveStatus } from './autosaveMachine';

/** States in which leaving the page would drop what the user typed (an invalid draft is never sent). */
const unsaved: ReadonlySet<SaveStatus> = new Set(['pending', 'saving', 'invalid', 'failed', 'conflict']);

/** Asks the browser to confirm closing or reloading the page while edits are not stored yet. */
export function useUnsavedGuard(status: SaveStatus): void {
  const active = unsaved.has(status);
  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [active]);
}
