import type { CompassDimension } from '@elan/core/compass/compass';
import type { MessageKey } from '@elan/core/i18n/fr';
import type { CreateSurveyInput } from '@elan/core/surveys/survey';
import {
  defaultSatisfactionItems,
  dimensionOfItem,
  type SatisfactionItem,
  satisfactionItems,
  satisfactionLimits,
} from '@elan/core/surveys/satisfaction/satisfactionItems';
import type { T } from '../i18n/types';

/** One bank statement in the editor: whether it is asked, and its wording as shown (the catalog's until edited). */
export interface BankRow {
  item: SatisfactionItem;
  asked: boolean;
  text: string;
}

/** One of the facilitator's own statements, with the compass dimension it feeds ('' for none). */
export interface OwnRow {
  text: string;
  dimension: CompassDimension | '';
}

/** What the satisfaction editor holds before posting. */
export interface SatisfactionDraft {
  bank: BankRow[];
  own: OwnRow[];
  invitation: string;
  /** Once the facilitator typed in the invitation, a new closing date no longer rewrites it. */
  invitationEdited: boolean;
}

const bankKey = (item: SatisfactionItem) => `satisfaction.item.${item}` as MessageKey;

/** The catalog's invitation with the community's name and the closing date filled in. */
export function invitationTemplate(t: T, community: string, closesOn: string): string {
  return t('satisfaction.invitation.template', { community, date: closesOn });
}

/** The editor as first opened: the bank's default selection in the reader's language, no own statement, the template. */
export function initialSatisfactionDraft(t: T, community: string, closesOn: string): SatisfactionDraft {
  return {
    bank: satisfactionItems.map((item) => ({ item, asked: defaultSatisfactionItems.includes(item), text: t(bankKey(item)) })),
    own: [],
    invitation: invitationTemplate(t, community, closesOn),
    invitationEdited: false,
  };
}

/** Whether a bank statement's wording differs from the catalog's (spaces around it aside). */
export function isReworded(row: BankRow, t: T): boolean {
  return row.text.trim() !== t(bankKey(row.item));
}

/** The compass dimension a bank statement feeds, or null for the open question. */
export const bankDimension = (row: BankRow): CompassDimension | null => dimensionOfItem(row.item);

/** What would make the API refuse the draft, as catalog keys (empty when it can be posted). */
export function satisfactionProblems(draft: SatisfactionDraft): MessageKey[] {
  const problems: MessageKey[] = [];
  const asked = draft.bank.filter((r) => r.asked);
  if (asked.length + draft.own.length === 0) problems.push('tab.satisfaction.noneChosen');
  const short = (text: string) => text.trim().length < 3;
  if (asked.some((r) => short(r.text)) || draft.own.some((r) => short(r.text))) problems.push('tab.satisfaction.tooShort');
  if (draft.invitation.trim() === '') problems.push('tab.satisfaction.noInvitation');
  return problems;
}

/** The body fields of `POST …/surveys` for the draft: reworded bank items carry their wording, own ones theirs. */
export function satisfactionInput(draft: SatisfactionDraft, t: T): Pick<CreateSurveyInput, 'statements' | 'invitation'> {
  return {
    statements: [
      ...draft.bank
        .filter((r) => r.asked)
        .map((r) => ({ item: r.item, ...(isReworded(r, t) ? { text: r.text.trim().slice(0, satisfactionLimits.wording) } : {}) })),
      ...draft.own.map((r) => ({ text: r.text.trim(), ...(r.dimension ? { dimension: r.dimension } : {}) })),
    ],
    invitation: draft.invitation.trim(),
  };
}
