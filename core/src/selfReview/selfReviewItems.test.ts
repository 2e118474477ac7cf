import { fr } from '../i18n/fr';
import { en } from '../i18n/en';
import {
  mostOftenNotYet,
  selfReviewFromCard,
  selfReviewInput,
  selfReviewInputId,
  selfReviewItems,
  selfReviewNoteId,
  selfReviewTips,
} from './selfReviewItems';

describe('the self-review item bank', () => {
  it('holds 6 to 8 items, each with its statement and its tip in French and English', () => {
    expect(selfReviewItems.length).toBeGreaterThanOrEqual(6);
    expect(selfReviewItems.length).toBeLessThanOrEqual(8);
    for (const item of selfReviewItems)
      for (const catalog of [fr, en] as Record<string, string>[]) {
        expect(catalog[`selfReview.item.${item}`]).toMatch(/\S/);
        expect(catalog[`selfReview.tip.${item}`]).toMatch(/\S/);
      }
    // Distinct tips: each says something of its own.
    expect(new Set(selfReviewItems.map((i) => fr[`selfReview.tip.${i}`])).size).toBe(selfReviewItems.length);
  });

  it('answers with the competence checklist’s levels and refuses anything else', () => {
    expect(selfReviewInput.safeParse({ answers: { agendaKept: 'partly', climate: 'notYet' } }).success).toBe(true);
    expect(selfReviewInput.safeParse({ answers: { agendaKept: 'maybe' } }).success).toBe(false);
    expect(selfReviewInput.safeParse({ answers: { mandate: 'yes' } }).success).toBe(false);
    const empty = selfReviewInput.safeParse({ answers: {} });
    expect(empty.success).toBe(false);
    expect((empty.error?.issues[0] as { params?: { key?: string } }).params?.key).toBe('selfReview.error.empty');
    const long = selfReviewInput.safeParse({ answers: { checkOut: 'yes' }, note: 'x'.repeat(1001) });
    expect((long.error?.issues[0] as { params?: { key?: string } }).params?.key).toBe('selfReview.error.noteTooLong');
    expect(selfReviewInput.parse({ answers: { checkOut: 'yes' }, note: `  ${'x'.repeat(1000)}  ` }).note).toHaveLength(1000);
  });

  it('reads the card’s inputs: untouched choices are unanswered, a blank note is none', () => {
    const data = {
      communityId: 'c1',
      meetingDate: '2027-03-09',
      [selfReviewInputId('agendaKept')]: 'yes',
      [selfReviewInputId('climate')]: '',
      [selfReviewNoteId]: '   ',
    };
    expect(selfReviewFromCard(data)).toEqual({ answers: { agendaKept: 'yes' } });
    expect(selfReviewFromCard({ ...data, [selfReviewNoteId]: 'Plus de silence.' })).toEqual({
      answers: { agendaKept: 'yes' },
      note: 'Plus de silence.',
    });
  });

  it('gives the tip of every item answered "partly" or "not yet", in the bank’s order', () => {
    expect(selfReviewTips({ checkOut: 'notYet', everyoneSpoke: 'partly', agendaKept: 'yes' })).toEqual([
      { item: 'everyoneSpoke', level: 'partly' },
      { item: 'checkOut', level: 'notYet' },
    ]);
    expect(selfReviewTips({ agendaKept: 'yes' })).toEqual([]);
  });

  it('ranks the items most often "not yet" across reviews, "partly" breaking ties', () => {
    const reviews = [
      { answers: { checkOut: 'notYet', climate: 'notYet', summarised: 'partly' } },
      { answers: { checkOut: 'notYet', summarised: 'notYet', climate: 'partly' } },
      { answers: { checkOut: 'yes', summarised: 'notYet', agendaKept: 'yes' } },
    ] as const;
    expect(mostOftenNotYet(reviews)).toEqual([
      { item: 'summarised', notYet: 2, partly: 1 },
      { item: 'checkOut', notYet: 2, partly: 0 },
      { item: 'climate', notYet: 1, partly: 1 },
    ]);
    expect(mostOftenNotYet([])).toEqual([]);
  });
});
