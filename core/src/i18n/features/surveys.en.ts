import type { surveysFr } from './surveys.fr';

/** English messages for the surveys feature: typed against the French keys. */
export const surveysEn: Record<keyof typeof surveysFr, string> = {
  'surveys.placeholder': '—',
};
