import type { Persona } from '@elan/core/dev/personas';
import { type ApiClient, createApiClient } from '../api/client';
import { devTokenSource, teamsTokenSource } from '../auth/token';
import type { RuntimeConfig } from '../config/runtimeConfig';
import { requestLocale } from '../i18n/requestLocale';
import type { Host } from '../teams/host';

/** The API client of a session: Teams' SSO token inside Teams, the persona's dev token in local preview. */
export function apiFor(config: RuntimeConfig, host: Host, persona: Persona | undefined): ApiClient {
  const tokens = host.kind === 'teams' ? teamsTokenSource(host.getToken) : devTokenSource(config.apiBase, persona!);
  return createApiClient({ apiBase: config.apiBase, tokens, locale: requestLocale.get });
}

/** Who a session is for (a persona switch is another person): the persona in local preview, else Teams' user. */
export function sessionOwner(persona: Persona | undefined): string {
  return persona?.userId ?? 'teams';
}
