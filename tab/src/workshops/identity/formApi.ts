import type { IdentityDraft } from '@elan/core/workshops/identity';
import type { T } from '../../i18n/types';

/** What each W1 form section gets: the draft, a setter, the messages per field path, and whether it may edit. */
export interface IdentityFormApi {
  draft: IdentityDraft;
  readOnly: boolean;
  t: T;
  /** Replaces one top-level field; `undefined` removes it (an unset choice or date). */
  set<K extends keyof IdentityDraft>(key: K, value: IdentityDraft[K] | undefined): void;
  /** Validation messages for an exact field path (`name`, `values.0.label`). */
  issuesAt(path: string): string[];
}
