import type { Lifecycle } from './lifecycle';
import type { StoredLifePhase } from './lifePhase';
import { z } from 'zod';
import type { MemberSource, MemberStatus } from './members';

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

/** The person making a request, as established by a validated token. */
export interface Principal {
  tenantId: string;
  userId: string;
  name: string;
  /** The sign-in name (UPN), when the token carries one: it lets an invitation made by UPN find its person. */
  upn?: string;
}

export interface Community {
  id: string;
  tenantId: string;
  name: string;
  language: 'fr' | 'en';
  createdAt: string;
  createdBy: string;
  /** Where it is in its life; absent for a community never moved from active. */
  lifecycle?: Lifecycle;
  /** The life phase a facilitator confirmed (preparation … reorientation); absent while none did. */
  lifePhase?: StoredLifePhase;
}

export interface Membership {
  userId: string;
  name: string;
  role: Role;
  /** Where it comes from; rows stored before rosters were read count as 'added'. */
  source?: MemberSource;
  /** 'active' when absent. Only active members act; an inactive member's past votes and answers stay counted. */
  status?: MemberStatus;
  /** The Entra sign-in name, for facilitators' eyes only: never printed in a sponsor copy. */
  upn?: string | null;
  /** The Teams user id (`29:…`) from the roster: Teams names people by it in a card's `refresh.userIds`. */
  teamsId?: string | null;
  /** When the row was first stored (set by storage); rows older than this field read as long ago. */
  joinedAt?: string;
}

/** One line of "my communities". */
export interface CommunityOfUser {
  id: string;
  name: string;
  language: 'fr' | 'en';
  role: Role;
}
