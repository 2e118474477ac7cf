import { useEffect, useState } from 'react';

/**
 * `value`, once it has stayed the same (by content) for `delayMs`: what a search box sends, not every keystroke.
 * The result keeps its identity until the content changes, so it can be an effect's dependency.
 */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled((old) => (JSON.stringify(old) === key ? old : (JSON.parse(key) as T))), delayMs);
    return () => clearTimeout(timer);
  }, [key, delayMs]);
  return settled;
}
