import type { CommunityOfUser, Role } from './community/community';
import type { Author } from './ports/stores';
import type { WorkshopState } from './workshops/progress';
import type { WorkshopNumber } from './workshops/registry';

/** Wire shapes of the HTTP API, shared by the API presenters and the tab. */

export interface ApiError {
  error: { code: string; message: string; details?: unknown };
}

/** `GET /api/me` */
export interface MeView {
  userId: string;
  name: string;
  tenantId: string;
  communities: CommunityOfUser[];
}

/** One workshop as the wizard lists it. */
export interface WorkshopSummary {
  n: WorkshopNumber;
  state: WorkshopState | 'adopted';
  /** The decision that adopted this version, when adopted. */
  adoptedBy?: number;
  /** Field paths still needed for "done". */
  missing: string[];
  version: number;
  updatedAt: string | null;
  updatedBy: Author | null;
}

/** `GET /api/communities/{id}` and the body of a successful create. */
export interface CommunityView {
  id: string;
  name: string;
  language: 'fr' | 'en';
  createdAt: string;
  role: Role;
  workshops: WorkshopSummary[];
}

/** `GET/PUT /api/communities/{id}/workshops/{n}`; the ETag header carries `etag` too. */
export interface WorkshopView extends WorkshopSummary {
  data: Record<string, unknown>;
  etag: string;
}

/** Body of a 412 answer to a workshop save: the error plus what is stored now. */
export interface WorkshopConflict extends ApiError {
  current: WorkshopView;
}
