/**
 * localStorage that never throws: storage can be disabled (privacy settings, some embedded webviews),
 * and a remembered preference is a convenience, not a requirement.
 */
export const preferences = {
  /** The stored string for `key`, or undefined. */
  get(key: string): string | undefined {
    try {
      return window.localStorage.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  },
  /** Stores `value` under `key` if storage is available. */
  set(key: string, value: string): void {
    try {
      window.localStorage.setItem(key, value);
    } catch {
      // Not remembered; the choice still applies to this session.
    }
  },
};
