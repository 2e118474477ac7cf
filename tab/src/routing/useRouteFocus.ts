import { useEffect, useRef } from 'react';
import { releaseStaleModal } from './staleModalGuard';

/**
 * After an in-app navigation, start the new screen at its top and put focus on the main landmark, as a page
 * load would: otherwise a keyboard or screen-reader user stays on a link that no longer exists.
 * The first render is left alone so a fresh page load keeps the browser's own behaviour.
 */
export function useRouteFocus(routeKey: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
    // A dialog closed just before the navigation may not have given the page back yet (see staleModalGuard).
    const timer = setTimeout(() => releaseStaleModal(), 400);
    return () => clearTimeout(timer);
  }, [routeKey]);
}
