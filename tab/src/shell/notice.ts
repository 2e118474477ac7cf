import type { MessageKey } from '@elan/core/i18n/fr';
import { useSyncExternalStore } from 'react';

/** A one-off message for the screen a navigation lands on (e.g. "demo members added"). */
export interface Notice {
  key: MessageKey;
  intent: 'success' | 'warning';
  /** The location hash the notice belongs to; it disappears once the user moves elsewhere. */
  hash: string;
}

let current: Notice | undefined;
const listeners = new Set<() => void>();

function emit(next: Notice | undefined): void {
  current = next;
  for (const listener of listeners) listener();
}

/** Shows `notice` on the screen at `notice.hash`. */
export function showNotice(notice: Notice): void {
  emit(notice);
}

/** Removes the notice (dismiss button). */
export function dismissNotice(): void {
  emit(undefined);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  window.addEventListener('hashchange', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('hashchange', listener);
  };
};

const snapshot = () => (current && current.hash === window.location.hash ? current : undefined);

/** The notice for the current screen, if any. */
export function useNotice(): Notice | undefined {
  return useSyncExternalStore(subscribe, snapshot);
}
