/** What a retry may do besides downloading again. */
export interface RetryEnvironment {
  /** Whether the tab's own server answers (the connection is back). */
  reachable(): Promise<boolean>;
  /** Loads the page again, on the same address. */
  reload(): void;
}

/**
 * Downloads a screen again after a failed download. Chromium (so Edge and Teams) keeps a failed `import()` as
 * failed for the page's life and answers the same URL with the same error without asking the network; when the
 * second try fails too and the server answers, the page is loaded again, which downloads the screen afresh
 * (an unsaved edit still gets the browser's leave-page question). Resolves with the screen, or rejects when it
 * stays out of reach (the error shows again); never settles once a reload started.
 */
export async function retryDownload<T>(download: () => Promise<T>, env: RetryEnvironment): Promise<T> {
  try {
    return await download();
  } catch (reason) {
    if (!(await env.reachable().catch(() => false))) throw reason;
    env.reload();
    return new Promise<T>(() => undefined);
  }
}

/** The browser's: the page's own address, asked with no cache, and `location.reload()`. */
export const browserRetry: RetryEnvironment = {
  reachable: () =>
    fetch(window.location.href.split('#')[0]!, { cache: 'no-store' }).then(
      (response) => response.ok,
      () => false,
    ),
  reload: () => window.location.reload(),
};
