/** What a retry may do besides downloading again. */
export interface RetryEnvironment {
  /** Whether the tab's own server answers (the connection is back). */
  reachable(): Promise<boolean>;
  /** Loads the page again, on the same address; resolves if the page is still here a moment later. */
  reload(): Promise<void>;
}

// Long enough for a reload to replace the page; a "stay" answer to the leave-page question shows the error again after it.
const stayedMs = 3000;

/**
 * Downloads a screen again after a failed download. Chromium (so Edge and Teams) keeps a failed `import()` as
 * failed for the page's life and answers the same URL with the same error without asking the network; when the
 * second try fails too and the server answers, the page is loaded again, which downloads the screen afresh.
 * Resolves with the screen; rejects when it stays out of reach, or when the page stays (someone with an unsaved
 * edit answered "stay" to the browser's leave-page question), so the error shows again.
 */
export async function retryDownload<T>(download: () => Promise<T>, env: RetryEnvironment): Promise<T> {
  try {
    return await download();
  } catch (reason) {
    if (await env.reachable().catch(() => false)) await env.reload();
    throw reason;
  }
}

/** The browser's: the page's own address, asked with no cache, and `location.reload()`. */
export const browserRetry: RetryEnvironment = {
  reachable: () =>
    fetch(window.location.href.split('#')[0]!, { cache: 'no-store' }).then(
      (response) => response.ok,
      () => false,
    ),
  reload: () => {
    window.location.reload();
    return new Promise((resolve) => setTimeout(resolve, stayedMs));
  },
};
