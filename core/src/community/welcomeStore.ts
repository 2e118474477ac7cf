/** The steps of a newcomer's welcome, each sent once per person and community: the welcome, then the 30-day pulse. */
export type WelcomeStep = 'welcome' | 'pulse';

/** The newcomers' pulse answers ("are you finding what you came for?"). */
export const newcomerPulseAnswers = ['yes', 'partly', 'notYet'] as const;
export type NewcomerPulseAnswer = (typeof newcomerPulseAnswers)[number];

/** Someone welcomed in a community: when, and whether their 30-day pulse was claimed. */
export interface Welcomed {
  userId: string;
  welcomedAt: string;
  pulsed: boolean;
}

/** Storage port for newcomers' welcomes: one claim row per person, community and step, inserted before the send. */
export interface WelcomeStore {
  /** Claims a step for a person; false when it was already claimed (a retried or overlapping delivery). */
  claim(tenantId: string, communityId: string, userId: string, step: WelcomeStep, at: string): Promise<boolean>;
  /** Gives a claim back after a send that reached nobody, so a later delivery may try again. */
  release(tenantId: string, communityId: string, userId: string, step: WelcomeStep): Promise<void>;
  /** Everyone welcomed in a community, in one read. */
  listWelcomed(tenantId: string, communityId: string): Promise<Welcomed[]>;
  /** Stores a person's pulse answer, once (false when they had answered), keyed so that nothing stored says whose it is. */
  answerPulse(tenantId: string, communityId: string, userId: string, answer: NewcomerPulseAnswer): Promise<boolean>;
  /** How many answers of each kind a community's newcomers gave. */
  pulseCounts(tenantId: string, communityId: string): Promise<Record<NewcomerPulseAnswer, number>>;
}
