/** Statuses Teams uses to say "not now": throttled, conflicting update, gateway trouble. */
const retryableStatuses = new Set([412, 429, 502, 503, 504]);

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** First backoff; it doubles on each retry. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { attempts: 6, baseDelayMs: 500, maxDelayMs: 15_000 };

/** Whether a failed send may succeed later: a retryable status, or no answer at all (network). */
export function isRetryable(error: unknown): boolean {
  const e = error as { status?: number; code?: string; message?: string; cause?: { code?: string } } | undefined;
  if (typeof e?.status === 'number') return retryableStatuses.has(e.status);
  const code = e?.cause?.code ?? e?.code ?? '';
  return ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'UND_ERR_SOCKET'].includes(code) || /fetch failed/i.test(e?.message ?? '');
}

/** How long to wait before retry number `retry` (1-based): the server's Retry-After, else exponential backoff with full jitter. */
export function retryDelayMs(error: unknown, retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const headers = (error as { response?: { headers?: { get?(name: string): string | null } } })?.response?.headers;
  const retryAfter = Number(headers?.get?.('retry-after'));
  if (Number.isFinite(retryAfter) && retryAfter > 0) return Math.min(retryAfter * 1000, policy.maxDelayMs);
  const ceiling = Math.min(policy.baseDelayMs * 2 ** (retry - 1), policy.maxDelayMs);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
