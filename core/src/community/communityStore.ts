import type { Lifecycle, LifecycleStage } from './lifecycle';
import type { StoredLifePhase } from './lifePhase';
import type { Community, CommunityOfUser, Membership } from './community';
import type { RoleChange } from './members';

/** One guarded change to a person's membership, decided from everything stored at the time. */
export type MemberDecision =
  | {
      /** Store this membership (new, or replacing the person's row). */
      put?: Membership;
      /** Delete this person's row (an invitation withdrawn or taken up, a hand-added person removed). */
      remove?: string;
      /** Record this role change with the write. */
      change?: RoleChange;
    }
  | 'unchanged';

/** Storage port for communities and their memberships. */
export interface CommunityStore {
  /** Creates the community, its first facilitator and its six empty workshops, all or nothing. */
  create(community: Community, facilitator: Membership): Promise<void>;
  get(tenantId: string, communityId: string): Promise<Community | undefined>;
  /** Moves the community to a stage if it is still at `from` (false: someone moved it in between, or it is gone). */
  setLifecycle(tenantId: string, communityId: string, next: Lifecycle, from: LifecycleStage): Promise<boolean>;
  /**
   * Stores the confirmed life phase if the one stored is still the one confirmed at `from` (null: none yet);
   * false when someone confirmed another in between, or the community is gone.
   */
  setLifePhase(tenantId: string, communityId: string, next: StoredLifePhase, from: string | null): Promise<boolean>;
  /**
   * A person's active membership (an inactive or invited one reads as none); `maxAgeMs` allows a recently
   * read answer (hot paths such as voting).
   */
  membership(tenantId: string, communityId: string, userId: string, opts?: { maxAgeMs?: number }): Promise<Membership | undefined>;
  /** Adds a person or changes their role, unguarded (seeding, local preview); people use `changeMember`. */
  putMember(tenantId: string, communityId: string, member: Membership): Promise<void>;
  /**
   * Stores many people at once (a roster read), in as few atomic batches as the partition allows; replaying
   * it is harmless. Never changes a role it was not given.
   */
  putMembers(tenantId: string, communityId: string, members: readonly Membership[]): Promise<void>;
  /**
   * Reads every membership and applies `decide`'s answer atomically against concurrent changes (a write
   * that lost a race is decided again on fresh data), so rules such as "at least one facilitator" hold.
   * Returns what `decide` answered last. `decide` may throw to refuse.
   */
  changeMember(tenantId: string, communityId: string, decide: (members: Membership[]) => MemberDecision): Promise<MemberDecision>;
  /** Active members; `{ all: true }` adds inactive members and invitations. */
  listMembers(tenantId: string, communityId: string, opts?: { all?: boolean }): Promise<Membership[]>;
  /** Role changes, newest first. */
  listRoleChanges(tenantId: string, communityId: string): Promise<RoleChange[]>;
  listOfUser(tenantId: string, userId: string): Promise<CommunityOfUser[]>;
}
