import type { deliveryFr } from './delivery.fr';

/** English messages for the delivery feature: typed against the French keys. */
export const deliveryEn: Record<keyof typeof deliveryFr, string> = {
  'delivery.placeholder': '—',
};
