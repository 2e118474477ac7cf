import type { ritualsFr } from './rituals.fr';

/** English messages for the rituals feature: typed against the French keys. */
export const ritualsEn: Record<keyof typeof ritualsFr, string> = {
  'rituals.placeholder': '—',
};
