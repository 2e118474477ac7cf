import { z } from 'zod';

/** Roles a person holds in one community. */
export const roles = ['facilitator', 'member', 'sponsor'] as const;
export type Role = (typeof roles)[number];

export const communityLanguage = z.enum(['fr', 'en']);

/** Body of `POST /api/communities`. */
export const createCommunityInput = z.strictObject({
  name: z.string().trim().min(1).max(60),
  language: communityLanguage.default('fr'),
});
export type CreateCommunityInput = z.infer<typeof createCommunityInput>;

/** Body of `POST /api/communities/{id}/members`. */
export const addMemberInput = z.strictObject({
  userId: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(100),
  role: z.enum(roles),
});
export type AddMemberInput = z.infer<typeof addMemberInput>;

/** The person making a request, as established by a validated token. */
export interface Principal {
  tenantId: string;
  userId: string;
  name: string;
}

export interface Community {
  id: string;
  tenantId: string;
  name: string;
  language: 'fr' | 'en';
  createdAt: string;
  createdBy: string;
}

export interface Membership {
  userId: string;
  name: string;
  role: Role;
}

/** One line of "my communities". */
export interface CommunityOfUser {
  id: string;
  name: string;
  language: 'fr' | 'en';
  role: Role;
}
