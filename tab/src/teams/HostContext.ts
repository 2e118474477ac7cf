import { createContext, useContext } from 'react';
import type { Host } from './host';

/** The host `main.tsx` detected, for the few screens that call Teams (sharing to the meeting stage). */
export const HostContext = createContext<Host>({ kind: 'local' });

/** The host the tab runs in; local preview outside Teams (and outside the provider). */
export function useHost(): Host {
  return useContext(HostContext);
}
