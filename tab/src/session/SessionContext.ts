import type { Persona } from '@elan/core/dev/personas';
import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/client';
import type { RuntimeConfig } from '../config/runtimeConfig';

/** What every screen needs: the API client and, in local preview, who we act as. */
export interface Session {
  config: RuntimeConfig;
  api: ApiClient;
  /** True outside Teams. */
  preview: boolean;
  /** The demo persona in local preview; undefined inside Teams. */
  persona: Persona | undefined;
  /** Switches persona (local preview only). */
  setPersona: ((persona: Persona) => void) | undefined;
}

export const SessionContext = createContext<Session | null>(null);

/** The session; only screens rendered inside `App` may call it. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionContext');
  return session;
}
