import { personas } from '@elan/core/dev/personas';

/** A tiny API client for the browser tests' setup and checks, acting as one of the local personas. */
export interface TestApi {
  get<T = any>(path: string): Promise<T>;
  send<T = any>(
    method: 'POST' | 'PUT',
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: T }>;
}

export async function apiAs(
  apiBase: string,
  role: 'facilitator' | 'member' | 'sponsor' = 'facilitator',
  who?: { userId: string; name: string },
): Promise<TestApi> {
  const persona = who ? { ...who, tenantId: personas[0]!.tenantId } : personas.find((p) => p.role === role)!;
  const res = await fetch(`${apiBase}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: persona.userId, name: persona.name, tenantId: persona.tenantId }),
  });
  const { token } = (await res.json()) as { token: string };
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  return {
    async get(path) {
      const r = await fetch(`${apiBase}${path}`, { headers });
      if (!r.ok) throw new Error(`GET ${path}: ${r.status} ${await r.text()}`);
      return r.json();
    },
    async send(method, path, body, extra = {}) {
      const r = await fetch(`${apiBase}${path}`, {
        method,
        headers: { ...headers, ...extra },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await r.text();
      return { status: r.status, body: text ? JSON.parse(text) : undefined };
    },
  };
}

/** Creates a community with the demo member and sponsor, as local preview does; returns its id. */
export async function createCommunityViaApi(api: TestApi, name: string, language: 'fr' | 'en' = 'fr'): Promise<string> {
  const { body } = await api.send<{ id: string }>('POST', '/api/communities', { name, language });
  for (const p of personas.filter((x) => x.role !== 'facilitator')) {
    await api.send('POST', `/api/communities/${body.id}/members`, { userId: p.userId, name: p.name, role: p.role });
  }
  return body.id;
}

/** Replaces a workshop's data through the API (If-Match on the current version); returns the new version. */
export async function putWorkshop(api: TestApi, id: string, n: number, data: Record<string, unknown>): Promise<number> {
  const current = await api.get<{ etag: string }>(`/api/communities/${id}/workshops/${n}`);
  const { status, body } = await api.send<{ version: number }>('PUT', `/api/communities/${id}/workshops/${n}`, data, {
    'If-Match': current.etag,
  });
  if (status !== 200) throw new Error(`PUT workshop ${n}: ${status} ${JSON.stringify(body)}`);
  return body.version;
}
