/** Settings the tab reads at startup from `/config.json` on its own origin, so one build serves every environment. */
export interface RuntimeConfig {
  /** Origin of the Élan API, without a trailing slash. */
  apiBase: string;
  /** `local` enables nothing by itself; local preview is decided by the host (outside Teams). */
  env: string;
}

export const fallbackConfig: RuntimeConfig = { apiBase: 'http://localhost:7071', env: 'local' };

/** Keeps only well-formed settings from an untrusted JSON value, falling back field by field. */
export function readConfig(raw: unknown): RuntimeConfig {
  const obj = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const apiBase =
    typeof obj['apiBase'] === 'string' && obj['apiBase'].trim() !== '' ? obj['apiBase'].trim().replace(/\/+$/, '') : fallbackConfig.apiBase;
  const env = typeof obj['env'] === 'string' && obj['env'] !== '' ? obj['env'] : fallbackConfig.env;
  return { apiBase, env };
}

/** Fetches `/config.json`; a missing or broken file means the local defaults. */
export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  try {
    const res = await fetchImpl('/config.json', { cache: 'no-store' });
    if (!res.ok) return fallbackConfig;
    return readConfig(await res.json());
  } catch {
    return fallbackConfig;
  }
}
