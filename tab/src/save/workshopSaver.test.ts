import type { WorkshopView } from '@elan/core/contract';
import type { ApiClient } from '../api/client';
import { ApiFailure } from '../api/failure';
import { workshopSaver } from './workshopSaver';

const view = { n: 1, data: { name: 'x' }, etag: '"v2"', version: 2 } as unknown as WorkshopView;

function saverWith(answer: () => Promise<unknown>) {
  const seen = { saved: [] as unknown[], rejected: [] as unknown[], failed: [] as unknown[], requests: [] as unknown[] };
  const api: ApiClient = {
    request: async (method, path, options) => {
      seen.requests.push({ method, path, options });
      return { data: (await answer()) as never, etag: undefined };
    },
    download: async () => {
      throw new Error('not used');
    },
  };
  const save = workshopSaver({
    api,
    communityId: 'c 1',
    n: 1,
    onSaved: (v) => seen.saved.push(v),
    onRejected: (d) => seen.rejected.push(d),
    onFailed: (e) => seen.failed.push(e),
  });
  return { save, seen };
}

describe('workshopSaver', () => {
  it('PUTs the whole draft with If-Match and reports the new etag', async () => {
    const { save, seen } = saverWith(async () => view);
    await expect(save({ name: 'x' }, '"v1"')).resolves.toEqual({ kind: 'saved', etag: '"v2"' });
    expect(seen.requests).toEqual([
      { method: 'PUT', path: '/api/communities/c%201/workshops/1', options: { body: { name: 'x' }, ifMatch: '"v1"' } },
    ]);
    expect(seen.saved).toEqual([view]);
  });

  it('turns a 412 with the current version into a conflict', async () => {
    const { save } = saverWith(async () => {
      throw new ApiFailure(412, 'conflict', 'Une autre personne…', { error: { code: 'conflict', message: '…' }, current: view });
    });
    await expect(save({}, '"v1"')).resolves.toEqual({ kind: 'conflict', current: view });
  });

  it('passes 400 details on and reports other failures', async () => {
    const details = [{ path: 'name', code: 'validation.tooLong', message: '60 caractères au maximum.' }];
    const rejected = saverWith(async () => {
      throw new ApiFailure(400, 'validation', '…', { error: { code: 'validation', message: '…', details } });
    });
    await expect(rejected.save({}, '"v1"')).resolves.toEqual({ kind: 'rejected' });
    expect(rejected.seen.rejected).toEqual([details]);

    const down = saverWith(async () => {
      throw new ApiFailure(503, 'storageUnavailable', 'Le stockage…', undefined);
    });
    await expect(down.save({}, '"v1"')).resolves.toEqual({ kind: 'failed' });
    expect(down.seen.failed).toHaveLength(1);

    const oddConflict = saverWith(async () => {
      throw new ApiFailure(412, 'conflict', undefined, { error: { code: 'conflict' } });
    });
    await expect(oddConflict.save({}, '"v1"')).resolves.toEqual({ kind: 'failed' });
  });
});
