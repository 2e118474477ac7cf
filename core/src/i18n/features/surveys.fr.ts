/** French messages for the surveys feature (spread into the French catalog). */
export const surveysFr = {
  'surveys.placeholder': '—',
} as const;
