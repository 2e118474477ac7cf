import { z } from 'zod';
import { locales } from '../i18n/locale';

/** Body of `PUT /api/communities/{id}/monthly/me`: whether a member gets the monthly "what happened" card. */
export const monthlyPreferenceInput = z.strictObject({
  enabled: z.boolean(),
  /** The language the member used Élan in when saving: their summary comes in it (else the community's). */
  locale: z.enum(locales).optional(),
});

/** A member's monthly summary setting in one community. */
export type MonthlyPreference = z.infer<typeof monthlyPreferenceInput>;

/** Members get nothing new unless they ask: the monthly summary is off until they turn it on. */
export const defaultMonthlyPreference: MonthlyPreference = { enabled: false };
