import type { CompassRatings } from './compass';
import type { Author } from '../community/author';

/** One compass run (a round of self-assessment). */
export interface CompassRun {
  number: number;
  openedAt: string;
  openedBy: Author;
}

/** Storage port for compass runs and responses; a response row must not say whose it is. */
export interface CompassStore {
  openRun(tenantId: string, communityId: string, opened: Omit<CompassRun, 'number'>): Promise<CompassRun>;
  listRuns(tenantId: string, communityId: string): Promise<CompassRun[]>;
  /** Stores a person's ratings for a run, replacing their earlier ones. */
  putResponse(tenantId: string, communityId: string, run: number, userId: string, ratings: CompassRatings): Promise<void>;
  getResponse(tenantId: string, communityId: string, run: number, userId: string): Promise<CompassRatings | undefined>;
  listResponses(tenantId: string, communityId: string, run: number): Promise<CompassRatings[]>;
}
