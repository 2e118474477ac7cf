/** French messages for the delivery feature (spread into the French catalog). */
export const deliveryFr = {
  'delivery.placeholder': '—',
} as const;
