/** French messages for the trust feature (spread into the French catalog). */
export const trustFr = {
  'trust.placeholder': '—',
} as const;
