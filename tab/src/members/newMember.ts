import type { Role } from '@elan/core/community/community';
import { addMemberInput } from '@elan/core/community/members';
import type { MessageKey } from '@elan/core/i18n/fr';

/** What the "Add a person" form holds. */
export interface NewMemberDraft {
  account: string;
  name: string;
  role: Role;
}

export type NewMemberCheck =
  | { ok: true; input: { account: string; name: string; role: Role } }
  | { ok: false; fields: Partial<Record<'account' | 'name', MessageKey>> };

/**
 * Checks the form with the API's own schema (`addMemberInput`, account form), so the tab refuses exactly what
 * the API would; the accepted input is the schema's output (trimmed, UPN in lower case).
 */
export function checkNewMember(draft: NewMemberDraft): NewMemberCheck {
  const parsed = addMemberInput.safeParse(draft);
  if (parsed.success && 'account' in parsed.data) return { ok: true, input: parsed.data };
  const fields: Partial<Record<'account' | 'name', MessageKey>> = {};
  if (draft.account.trim() === '') fields.account = 'tab.members.add.accountRequired';
  else if (!addMemberInput.safeParse({ ...draft, name: 'x' }).success) fields.account = 'tab.members.add.accountInvalid';
  if (draft.name.trim() === '') fields.name = 'tab.members.add.nameRequired';
  else if (!addMemberInput.safeParse({ ...draft, account: 'x' }).success) fields.name = 'tab.members.add.nameTooLong';
  return { ok: false, fields };
}
