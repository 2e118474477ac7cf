/**
 * Privacy of the copies that leave the community: sponsors' copies carry no personal contact details, not
 * even one a facilitator typed into free text ("call Anne at 514 555-0199").
 */

const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Digits with optional spaces, dots, dashes, slashes or brackets between them, optionally starting with "+".
const phoneCandidate = /(?:\+\s?)?\(?\d(?:[\s.\-/()]{0,2}\d){6,16}/g;
const isoDate = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/;
const urlWithContact = /\b(?:mailto|tel|sip):\S+/gi;

/**
 * Replaces e-mail addresses and phone numbers in `text` with `replacement`. A digit run counts as a phone
 * number from 9 digits (Belgian numbers without the country code), which spares dates (8 digits) and amounts.
 */
export function scrubContacts(text: string, replacement: string): string {
  return text
    .replace(urlWithContact, replacement)
    .replace(emailPattern, replacement)
    .replace(phoneCandidate, (match) => (match.replace(/\D/g, '').length >= 9 ? replacement : match));
}

/** Whether `text` still contains something that looks like an e-mail address or a phone number. */
export function hasContactDetails(text: string): boolean {
  return scrubContacts(text, '\u0000') !== text;
}

// Keys that hold identifiers (links between stakeholders, user ids, poll ids), never free text.
const identifierKeys = new Set(['id', 'from', 'to', 'stakeholderId', 'userId', 'pollId']);
const isIdentifierKey = (key: string) => identifierKeys.has(key) || key.endsWith('PollId');

/**
 * Returns a deep copy of `value` with contact details scrubbed from every string, except identifiers and
 * calendar dates, so links between records survive. Used on every input of a sponsor copy.
 */
export function redactDeep<T>(value: T, replacement: string): T {
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === 'string') return isIdentifierKey(key) || isoDate.test(v) ? v : scrubContacts(v, replacement);
    if (Array.isArray(v)) return v.map((item) => walk(item, key));
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, walk(inner, k)]));
    }
    return v;
  };
  return walk(value, '') as T;
}
