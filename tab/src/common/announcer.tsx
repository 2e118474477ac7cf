import { useSyncExternalStore } from 'react';

/**
 * One polite live region for short announcements that have no visible text of their own ("item moved to
 * position 2", "2 minutes left"). The message alternates a trailing invisible character so that saying the
 * same thing twice is announced twice.
 */
let message = '';
let flip = false;
const listeners = new Set<() => void>();

/** Asks screen readers to say `text` politely. */
export function announce(text: string): void {
  flip = !flip;
  message = flip ? text : `${text}\u00a0`;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

const hidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/** The live region itself; rendered once by the shell. */
export function Announcer() {
  const text = useSyncExternalStore(subscribe, () => message);
  return (
    <div role="status" aria-live="polite" data-testid="announcer" style={hidden}>
      {text}
    </div>
  );
}
