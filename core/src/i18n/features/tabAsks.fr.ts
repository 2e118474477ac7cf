/** French messages for the tabAsks feature (spread into the French catalog). */
export const tabAsksFr = {
  'tabAsks.placeholder': '—',
} as const;
