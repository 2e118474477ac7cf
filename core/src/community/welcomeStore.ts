/** The steps of a newcomer's welcome, each sent once per person and community. */
export type WelcomeStep = 'welcome';

/** Storage port for newcomers' welcomes: one claim row per person, community and step, inserted before the send. */
export interface WelcomeStore {
  /** Claims a step for a person; false when it was already claimed (a retried or overlapping delivery). */
  claim(tenantId: string, communityId: string, userId: string, step: WelcomeStep, at: string): Promise<boolean>;
  /** Gives a claim back after a send that reached nobody, so a later delivery may try again. */
  release(tenantId: string, communityId: string, userId: string, step: WelcomeStep): Promise<void>;
}
