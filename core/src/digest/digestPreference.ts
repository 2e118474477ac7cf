import { z } from 'zod';
import { locales } from '../i18n/locale';

/** ISO weekdays: 1 is Monday, 7 is Sunday. */
export const isoWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/** Body of `PUT /api/communities/{id}/digest/me`: when a facilitator gets the weekly digest, or that they do not. */
export const digestPreferenceInput = z.strictObject({
  enabled: z.boolean(),
  /** ISO weekday in the community's time zone: 1 Monday … 7 Sunday. */
  weekday: z.number().int().min(1).max(7),
  /** Local time of day, HH:MM (24 h). */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  /** The language the facilitator used Élan in when saving: their digest comes in it (else the community's). */
  locale: z.enum(locales).optional(),
});

/** A facilitator's weekly digest setting in one community. */
export type DigestPreference = z.infer<typeof digestPreferenceInput>;

/** What a facilitator who never chose gets: the digest on Monday at 9:00 in the community's time zone. */
export const defaultDigestPreference: DigestPreference = { enabled: true, weekday: 1, time: '09:00' };
