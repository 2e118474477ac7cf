import type { Locale } from '@elan/core/i18n/locale';
import { fieldIssues, type FieldIssue } from '@elan/core/validation/issueMessages';
import type { WorkshopNumber } from '@elan/core/workshops/registry';
import { useMemo } from 'react';
import type { FieldDetail } from '../../api/failure';
import { isField, type WorkshopLabels } from './labels';
import { draftIssues } from './validation';

/** Whether the draft schema accepts a draft (what autosave may store). */
export function isValidDraft(n: WorkshopNumber, draft: Record<string, unknown>): boolean {
  return draftIssues(n, draft).length === 0;
}

export interface Issues {
  valid: boolean;
  /** Messages for an exact path (`name`, `values.0.label`). */
  issuesAt(path: string): string[];
  /** Messages for a path and everything below it (a list item, a table row). */
  issuesUnder(path: string): string[];
  /** Messages on no field the form shows (an unknown key, the whole object). */
  general: string[];
}

/** Validation of the draft with core's own schema, merged with what the API said on the last save. */
export function useIssues(
  n: WorkshopNumber,
  labels: WorkshopLabels,
  draft: Record<string, unknown>,
  serverIssues: readonly FieldDetail[],
  locale: Locale,
): Issues {
  return useMemo(() => {
    const found = draftIssues(n, draft);
    const client: FieldIssue[] = fieldIssues(found, locale);
    const all = [...client, ...serverIssues];
    const byPath = new Map<string, string[]>();
    for (const issue of all) {
      const list = byPath.get(issue.path) ?? [];
      if (!list.includes(issue.message)) list.push(issue.message);
      byPath.set(issue.path, list);
    }
    const issuesAt = (path: string) => byPath.get(path) ?? [];
    const issuesUnder = (path: string) => [
      ...new Set(all.filter((i) => i.path === path || i.path.startsWith(`${path}.`)).map((i) => i.message)),
    ];
    const general = [...new Set(all.filter((i) => !isField(labels, i.path.split('.')[0] ?? '')).map((i) => i.message))];
    return { valid: found.length === 0, issuesAt, issuesUnder, general };
  }, [n, labels, draft, serverIssues, locale]);
}
