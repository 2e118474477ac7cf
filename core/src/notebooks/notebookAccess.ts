import type { Role } from '../community/community';
import type { RitualsDraft } from '../workshops/rituals';
import type { Notebook } from './notebook';

/** Who may read what in a community's notebooks, from workshop 3's capture rules. */
export interface NotebookRules {
  /** `core`: the detailed minutes stay with the core group (Élan's facilitators). */
  minutes: 'members' | 'core';
  /** Whether the summary goes beyond members (organisation or public): then sponsors read it. */
  summaryBeyondMembers: boolean;
  /** Whether the summary is public: then the wider network hears of it too. */
  summaryPublic: boolean;
}

/** Workshop 3's capture rules for notebooks; members-only until it says otherwise. */
export function notebookRulesOf(w3: RitualsDraft): NotebookRules {
  return {
    minutes: w3.capture?.minutesVisibility === 'core' ? 'core' : 'members',
    summaryBeyondMembers: (w3.capture?.summaryVisibility ?? 'members') !== 'members',
    summaryPublic: w3.capture?.summaryVisibility === 'public',
  };
}

/**
 * A notebook as one reader may see it, or undefined when they may see none of it (then it does not exist for them).
 * Members see the members' items (the minutes only if workshop 3 does not keep them to the core group); sponsors
 * see an approved notebook's summary when it goes beyond members, and the resources marked public — never the
 * minutes, the recording or who took the notes.
 */
export function notebookForReader(notebook: Notebook, role: Role, rules: NotebookRules): Notebook | undefined {
  if (role === 'facilitator') return notebook;
  if (role === 'member') return rules.minutes === 'core' ? { ...notebook, minutes: { text: '' } } : notebook;
  if (notebook.status !== 'approved') return undefined;
  const summary = rules.summaryBeyondMembers ? notebook.summary : '';
  const resources = notebook.resources.filter((r) => r.public);
  if (summary.trim() === '' && resources.length === 0) return undefined;
  const { recording: _recording, ...rest } = notebook;
  return { ...rest, minutes: { text: '' }, summary, resources, capturedBy: null, takenOverBy: null, updatedBy: null };
}

/** Whether a reader with `role` sees the detailed minutes (and may search them). */
export function seesMinutes(role: Role, rules: NotebookRules): boolean {
  return role === 'facilitator' || (role === 'member' && rules.minutes === 'members');
}
