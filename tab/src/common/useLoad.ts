import { useCallback, useEffect, useState } from 'react';

export type Load<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; data: T };

interface Settled<T> {
  source: () => Promise<T>;
  attempt: number;
  result: Load<T>;
}

/**
 * Runs `load` (memoise it with useCallback) and tracks its result; `retry` runs it again.
 * A result that arrives after `load` changed is dropped, so a fast persona or route switch never shows stale data.
 */
export function useLoad<T>(load: () => Promise<T>): [Load<T>, () => void] {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | undefined>(undefined);

  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setSettled({ source: load, attempt, result: { status: 'ready', data } }),
      (error: unknown) => live && setSettled({ source: load, attempt, result: { status: 'error', error } }),
    );
    return () => {
      live = false;
    };
  }, [load, attempt]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  const current = settled && settled.source === load && settled.attempt === attempt ? settled.result : { status: 'loading' as const };
  return [current, retry];
}
