import { retryDownload } from './retryDownload';

function environment(reachable: boolean) {
  const calls = { reachable: 0, reload: 0 };
  let stay!: () => void;
  const stayed = new Promise<void>((resolve) => (stay = resolve));
  return {
    calls,
    stay,
    env: {
      reachable: async () => {
        calls.reachable++;
        return reachable;
      },
      reload: () => {
        calls.reload++;
        return stayed;
      },
    },
  };
}

describe('retrying a failed screen download', () => {
  it('uses the second download when it succeeds, without asking the server or reloading', async () => {
    const { env, calls } = environment(true);
    await expect(retryDownload(async () => 'screen', env)).resolves.toBe('screen');
    expect(calls).toEqual({ reachable: 0, reload: 0 });
  });

  it('reloads the page when the second download fails but the server answers (a browser that keeps the failure)', async () => {
    const failure = new Error('Failed to fetch dynamically imported module');
    const { env, calls, stay } = environment(true);
    const outcome = retryDownload(() => Promise.reject(failure), env);
    let settled = false;
    outcome.then(
      () => (settled = true),
      () => (settled = true),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toEqual({ reachable: 1, reload: 1 });
    // The screen stays on its spinner while the page goes: no error flashes before the reload.
    expect(settled).toBe(false);
    // The page stayed (the leave-page question answered "stay"): the error shows again, nothing spins forever.
    stay();
    await expect(outcome).rejects.toBe(failure);
  });

  it('gives the error back, without reloading, while the server is out of reach (a reload would show the browser’s offline page)', async () => {
    const failure = new Error('offline');
    const { env, calls } = environment(false);
    await expect(retryDownload(() => Promise.reject(failure), env)).rejects.toBe(failure);
    expect(calls).toEqual({ reachable: 1, reload: 0 });
  });

  it('treats a failing check as out of reach', async () => {
    const failure = new Error('offline');
    const reload = jest.fn();
    const env = { reachable: () => Promise.reject(new Error('fetch failed')), reload: async () => reload() };
    await expect(retryDownload(() => Promise.reject(failure), env)).rejects.toBe(failure);
    expect(reload).not.toHaveBeenCalled();
  });
});
