import * as AC from 'adaptivecards';
import { pollCard } from '../polls/pollCard';
import { reminderCard } from '../rituals/reminderCard';
import { openPollsCard, statusCard } from '../chat/chatReplyCards';
import { plainField, plainText } from './plainText';
import type { Poll } from '../polls/poll';
import type { Tally } from '../polls/pollTally';

const hostile = '[click](https://evil.example) **bold** <b>x</b> ${user.name} _it_ {{DATE(2026-01-01T00:00:00Z)}} &amp; `c` ~s~';
const multiline = '# Title\n- item\n+ item\n1. first\n2) second\n> quote\n  * star';

/**
 * Reads TextBlock text as a CommonMark renderer would for the subset Adaptive Cards support, and reports
 * any markup that would still be active: emphasis, links, HTML, entities, list/heading markers, template
 * and date expressions. Returns the literal text a reader sees plus the active markup found.
 */
function render(text: string): { literal: string; active: string[] } {
  const active: string[] = [];
  let literal = '';
  let raw = ''; // the text with escaped characters masked, to look for live syntax
  // The builders' own date functions (for the poll's deadline) are meant to be live.
  text = text.replace(/\{\{(DATE|TIME)\(2026-12-01T12:00:00Z(, LONG)?\)\}\}/g, 'DATE');
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1]!)) {
      literal += text[i + 1];
      raw += '\u0000';
      i += 1;
    } else {
      literal += c;
      raw += c;
    }
  }
  if (/\*\*|\*[^\s*]|_[^\s_]|~~?[^\s~]/.test(raw)) active.push('emphasis');
  if (/\[[^\]]*\]/.test(raw)) active.push('link');
  if (/<[A-Za-z/!]|<https?:/.test(raw)) active.push('html or autolink');
  if (/&[#A-Za-z0-9]+;/.test(raw)) active.push('entity');
  if (/`/.test(raw)) active.push('code');
  if (/\$\{|\{\{/.test(raw)) active.push('template or date expression');
  if (/^[ \t]*([-+*>#=]|\d+[.)])/m.test(raw)) active.push('line marker');
  return { literal, active };
}

/** Every TextBlock text of a card, as the adaptivecards library parses it (schema 1.5). */
function parsedTexts(json: unknown): string[] {
  const card = new AC.AdaptiveCard();
  card.parse(json as never, new AC.SerializationContext(AC.Versions.v1_5));
  const texts: string[] = [];
  const walk = (el: AC.CardElement) => {
    if (el instanceof AC.TextBlock && el.text) texts.push(el.text);
    if (el instanceof AC.Container || el instanceof AC.Column) for (let i = 0; i < el.getItemCount(); i++) walk(el.getItemAt(i));
    if (el instanceof AC.ColumnSet) for (let i = 0; i < el.getItemCount(); i++) walk(el.getColumnAt(i));
  };
  for (let i = 0; i < card.getItemCount(); i++) walk(card.getItemAt(i));
  return texts;
}

const poll: Poll = {
  id: 'p1',
  tenantId: 't',
  communityId: 'c1',
  question: hostile,
  details: multiline,
  method: 'single',
  options: [
    { id: 'a', label: hostile },
    { id: 'b', label: 'Plain' },
  ],
  anonymous: false,
  hideResultsUntilClose: false,
  quorumPct: 50,
  eligible: 3,
  dots: 0,
  closesAt: '2026-12-01T12:00:00.000Z',
  createdAt: '2026-11-01T12:00:00.000Z',
  createdBy: { userId: 'nadia', name: 'Nadia' },
  status: 'open',
  closedAt: null,
  posts: [],
} as unknown as Poll;
const tally = { counts: { a: 1, b: 0 }, voters: 1, mean: null, quorumMet: false } as unknown as Tally;

describe('plainText: user text in TextBlocks renders literally', () => {
  it.each([hostile, multiline, 'a\\b', 'Santé & services', 'Équipe 2024 - Montréal'])('escapes %j so it reads as typed', (text) => {
    const { literal, active } = render(plainText(text));
    expect(active).toEqual([]);
    expect(literal).toBe(text);
  });

  it('leaves ordinary text alone', () => {
    expect(plainText('Partenaires en action, 2e cohorte (Québec)')).toBe('Partenaires en action, 2e cohorte (Québec)');
  });

  it('breaks template and date expressions in non-Markdown fields without visible change', () => {
    const field = plainField('${user.name} {{DATE(x)}}');
    expect(field).not.toMatch(/\$\{|\{\{/);
    expect(field.replace(/\u2060/g, '')).toBe('${user.name} {{DATE(x)}}');
  });

  it('keeps a hostile question, details and option label literal in the parsed poll card', () => {
    const card = pollCard({ poll, tally, locale: 'fr', mine: { method: 'single', optionId: 'a' } as never });
    const texts = parsedTexts(card);
    const shown = texts.map(render);
    expect(shown.flatMap((s) => s.active)).toEqual([]);
    expect(shown.map((s) => s.literal)).toEqual(expect.arrayContaining([hostile, multiline]));
    // The label shows in the result rows and in "you voted", literally.
    expect(shown.filter((s) => s.literal.includes(hostile)).length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(card)).not.toContain('${');
  });

  it('keeps names and questions literal in reminder and chat reply cards', () => {
    const cards = [
      reminderCard(poll, 'en'),
      openPollsCard([{ poll, tally }], 'fr'),
      statusCard({ id: 'c1', name: hostile, language: 'fr', role: 'member', workshops: [] } as never, 'en'),
    ];
    for (const card of cards) {
      const shown = parsedTexts(card).map(render);
      expect(shown.flatMap((s) => s.active)).toEqual([]);
      expect(shown.some((s) => s.literal.includes(hostile))).toBe(true);
      expect(JSON.stringify(card)).not.toContain('${');
    }
  });
});
