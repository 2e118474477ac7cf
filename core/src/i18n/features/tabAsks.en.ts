import type { tabAsksFr } from './tabAsks.fr';

/** English messages for the tabAsks feature: typed against the French keys. */
export const tabAsksEn: Record<keyof typeof tabAsksFr, string> = {
  'tabAsks.placeholder': '—',
};
