/** French messages for the rituals feature (spread into the French catalog). */
export const ritualsFr = {
  'rituals.placeholder': '—',
} as const;
