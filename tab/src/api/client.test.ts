import type { TokenSource } from '../auth/token';
import { devTokenSource } from '../auth/token';
import { createApiClient, dispositionFileName } from './client';
import { ApiFailure, fallbackMessageKey } from './failure';

interface Call {
  url: string;
  init: RequestInit;
}

function fakeFetch(answers: Array<Response | Error>): { fetchImpl: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    if (next instanceof Error) throw next;
    return next;
  }) as unknown as typeof fetch;
  return { fetchImpl, calls };
}

function tokens(values: string[]): TokenSource & { invalidations: number } {
  let i = 0;
  const source = {
    invalidations: 0,
    get: async () => values[Math.min(i, values.length - 1)]!,
    invalidate: () => {
      i += 1;
      source.invalidations += 1;
    },
  };
  return source;
}

describe('api client', () => {
  it('sends the token, the language, If-Match and a JSON body', async () => {
    const { fetchImpl, calls } = fakeFetch([Response.json({ ok: 1 }, { headers: { ETag: '"e2"' } })]);
    const api = createApiClient({ apiBase: 'http://api', tokens: tokens(['t1']), locale: () => 'en', fetchImpl });
    const res = await api.request('PUT', '/api/x', { body: { a: 1 }, ifMatch: '"e1"' });
    expect(res).toEqual({ data: { ok: 1 }, etag: '"e2"' });
    expect(calls[0]!.url).toBe('http://api/api/x');
    expect(calls[0]!.init.headers).toMatchObject({
      Authorization: 'Bearer t1',
      'Accept-Language': 'en',
      'If-Match': '"e1"',
      'Content-Type': 'application/json',
    });
    expect(calls[0]!.init.body).toBe('{"a":1}');
  });

  it('refreshes the token once on 401', async () => {
    const source = tokens(['old', 'new']);
    const { fetchImpl, calls } = fakeFetch([new Response('', { status: 401 }), Response.json({ ok: 2 })]);
    const api = createApiClient({ apiBase: 'http://api', tokens: source, locale: () => 'fr', fetchImpl });
    await expect(api.request('GET', '/api/me')).resolves.toMatchObject({ data: { ok: 2 } });
    expect(source.invalidations).toBe(1);
    expect(calls[1]!.init.headers).toMatchObject({ Authorization: 'Bearer new' });
  });

  it('turns error answers into failures carrying the API message and body', async () => {
    const body = {
      error: {
        code: 'validation',
        message: 'Certaines valeurs…',
        details: [{ path: 'name', code: 'validation.tooLong', message: 'trop long' }],
      },
    };
    const { fetchImpl } = fakeFetch([Response.json(body, { status: 400 })]);
    const api = createApiClient({ apiBase: '', tokens: tokens(['t']), locale: () => 'fr', fetchImpl });
    const failure = (await api.request('PUT', '/x').catch((e: unknown) => e)) as ApiFailure;
    expect(failure).toBeInstanceOf(ApiFailure);
    expect(failure.status).toBe(400);
    expect(failure.apiMessage).toBe('Certaines valeurs…');
    expect(failure.details).toEqual(body.error.details);
  });

  it('reports an unreachable server and a non-JSON error page', async () => {
    const { fetchImpl } = fakeFetch([new TypeError('Failed to fetch'), new Response('<html>bad gateway</html>', { status: 502 })]);
    const api = createApiClient({ apiBase: '', tokens: tokens(['t']), locale: () => 'fr', fetchImpl });
    await expect(api.request('GET', '/x')).rejects.toMatchObject({ status: 0, code: 'network', apiMessage: undefined });
    await expect(api.request('GET', '/x')).rejects.toMatchObject({ status: 502, apiMessage: undefined });
    expect(fallbackMessageKey(0)).toBe('error.network');
    expect(fallbackMessageKey(502)).toBe('error.internal');
  });
});

describe('dev token source', () => {
  const persona = { userId: 'u', name: 'N', tenantId: 't', role: 'member', label: 'preview.persona.member' } as const;

  it('asks once and caches until invalidated', async () => {
    const { fetchImpl, calls } = fakeFetch([Response.json({ token: 'a' }), Response.json({ token: 'b' })]);
    const source = devTokenSource('http://api', persona, fetchImpl);
    expect(await source.get()).toBe('a');
    expect(await source.get()).toBe('a');
    source.invalidate();
    expect(await source.get()).toBe('b');
    expect(calls).toHaveLength(2);
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ userId: 'u', name: 'N', tenantId: 't' });
  });

  it('does not cache a failure', async () => {
    const { fetchImpl } = fakeFetch([
      Response.json({ error: { code: 'devOnly', message: 'local only' } }, { status: 404 }),
      Response.json({ token: 'c' }),
    ]);
    const source = devTokenSource('http://api', persona, fetchImpl);
    await expect(source.get()).rejects.toMatchObject({ status: 404, apiMessage: 'local only' });
    expect(await source.get()).toBe('c');
  });
});

describe('downloads', () => {
  it('returns the file and the name the server suggests, and explains a refusal', async () => {
    const { fetchImpl, calls } = fakeFetch([
      new Response(new Blob(['docx']), { headers: { 'Content-Disposition': "attachment; filename*=UTF-8''Charte%20%C3%A9lan.docx" } }),
      Response.json({ error: { code: 'notFound', message: 'Introuvable.' } }, { status: 404 }),
    ]);
    const api = createApiClient({ apiBase: 'http://api', tokens: tokens(['t']), locale: () => 'fr', fetchImpl });
    const file = await api.download('/api/x.docx');
    expect(file.fileName).toBe('Charte élan.docx');
    expect(await file.blob.text()).toBe('docx');
    expect(calls[0]!.init.headers).toMatchObject({ Accept: '*/*', Authorization: 'Bearer t' });
    await expect(api.download('/api/y.docx')).rejects.toMatchObject({ status: 404, apiMessage: 'Introuvable.' });
  });

  it('reads plain and encoded file names', () => {
    expect(dispositionFileName('attachment; filename="charte.docx"')).toBe('charte.docx');
    expect(dispositionFileName(null)).toBeUndefined();
  });
});
