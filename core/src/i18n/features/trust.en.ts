import type { trustFr } from './trust.fr';

/** English messages for the trust feature: typed against the French keys. */
export const trustEn: Record<keyof typeof trustFr, string> = {
  'trust.placeholder': '—',
};
