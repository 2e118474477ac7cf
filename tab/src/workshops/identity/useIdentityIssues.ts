import type { FieldIssue } from '@elan/core/validation/issueMessages';
import { fieldIssues } from '@elan/core/validation/issueMessages';
import { identityDraft, type IdentityDraft } from '@elan/core/workshops/identity';
import type { Locale } from '@elan/core/i18n/translate';
import { useMemo } from 'react';
import type { FieldDetail } from '../../api/failure';
import { isIdentityField } from './labels';

/** Validation of the draft with core's own schema, merged with what the API said on the last save. */
export function useIdentityIssues(draft: IdentityDraft, serverIssues: readonly FieldDetail[], locale: Locale) {
  return useMemo(() => {
    const parsed = identityDraft.safeParse(draft);
    const client: FieldIssue[] = parsed.success ? [] : fieldIssues(parsed.error.issues, locale);
    const all = [...client, ...serverIssues];
    const issuesAt = (path: string) => [...new Set(all.filter((i) => i.path === path).map((i) => i.message))];
    // Issues on no field the form shows (an unknown key, the whole object) still need to be seen.
    const general = [...new Set(all.filter((i) => !isIdentityField(i.path.split('.')[0] ?? '')).map((i) => i.message))];
    return { valid: parsed.success, issuesAt, general };
  }, [draft, serverIssues, locale]);
}

/** Whether the draft schema accepts a draft (what autosave may store). */
export function isValidDraft(draft: IdentityDraft): boolean {
  return identityDraft.safeParse(draft).success;
}
