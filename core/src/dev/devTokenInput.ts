import { z } from 'zod';

// Ids end up in Table Storage keys, which forbid / \ # ? and control characters.
const safeId = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/);

/** Body of `POST /api/dev/token` (local mode only). */
export const devTokenInput = z.strictObject({
  userId: safeId,
  name: z.string().trim().min(1).max(100),
  tenantId: safeId.optional(),
  /** A sign-in name, to take up invitations made by UPN. */
  upn: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[^@\s]+@[^@\s]+$/)
    .max(254)
    .optional(),
});
