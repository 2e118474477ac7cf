import * as AC from 'adaptivecards';
import { translate } from '../i18n/translate';
import { selfReviewAskVerb, selfReviewCard, selfReviewDoneCard, selfReviewSubmitVerb } from './selfReviewCard';
import { selfReviewInputId, selfReviewItems, selfReviewNoteId } from './selfReviewItems';

/** Parses a card as Teams' library does; the issues it reports (unknown elements, bad properties). */
function parseIssues(json: unknown): number {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json as never, context);
  return context.eventCount;
}

const texts = (card: { body: Record<string, unknown>[] }): string[] =>
  JSON.stringify(card.body)
    .match(/"text":"((?:[^"\\]|\\.)*)"/g)!
    .map((t) => JSON.parse(t.slice(7)) as string);
const view = { communityId: 'c1', communityName: 'Passerelles', meeting: { seriesId: 'main', date: '2027-03-09' } };

describe('the self-review card', () => {
  it.each(['fr', 'en'] as const)('in %s: every item as a compact yes / partly / not yet, a private note, one submit', (locale) => {
    const card = selfReviewCard({ ...view, locale });
    expect(parseIssues(card)).toBe(0);
    const inputs = card.body.filter((b) => b.type === 'Input.ChoiceSet');
    expect(inputs.map((i) => i.id)).toEqual(selfReviewItems.map(selfReviewInputId));
    for (const input of inputs) {
      expect(input.style).toBe('compact');
      expect((input.choices as { value: string; title: string }[]).map((c) => [c.value, c.title])).toEqual([
        ['yes', translate(locale, 'checklist.level.yes')],
        ['partly', translate(locale, 'checklist.level.partly')],
        ['notYet', translate(locale, 'checklist.level.notYet')],
      ]);
    }
    expect(inputs[0]!.label).toBe(translate(locale, 'selfReview.item.everyoneSpoke'));
    expect(card.body.find((b) => b.id === selfReviewNoteId)).toMatchObject({ type: 'Input.Text', isMultiline: true, maxLength: 1000 });
    expect(texts(card)).toContain(translate(locale, 'selfReview.card.title'));
    expect(texts(card)).toContain(translate(locale, 'selfReview.card.private'));
    expect(card.actions).toHaveLength(1);
    expect(card.actions![0]).toMatchObject({
      type: 'Action.Execute',
      verb: selfReviewSubmitVerb,
      data: { communityId: 'c1', meetingDate: '2027-03-09' },
    });
    // The main series is named by its date alone, as on the ritual cards.
    expect(card.actions![0]!.data).not.toHaveProperty('seriesId');
  });

  it('names another series, comes back filled with a refused answer and its reason, and escapes the community name', () => {
    const card = selfReviewCard({
      ...view,
      locale: 'fr',
      communityName: 'Soins *à domicile*',
      meeting: { seriesId: 'demi', date: '2027-03-09' },
      answers: { climate: 'partly' },
      note: 'À revoir',
      notice: { key: 'selfReview.error.noteTooLong', tone: 'attention' },
    });
    expect(parseIssues(card)).toBe(0);
    expect(card.actions![0]!.data).toEqual({ communityId: 'c1', meetingDate: '2027-03-09', seriesId: 'demi' });
    expect(card.body.find((b) => b.id === selfReviewInputId('climate'))?.value).toBe('partly');
    expect(card.body.find((b) => b.id === selfReviewInputId('agendaKept'))).not.toHaveProperty('value');
    expect(card.body.find((b) => b.id === selfReviewNoteId)?.value).toBe('À revoir');
    expect(texts(card)).toContain(translate('fr', 'selfReview.error.noteTooLong'));
    expect(texts(card).join('\n')).toContain('Soins \\*à domicile\\*');
  });

  it.each(['fr', 'en'] as const)('in %s, once saved: the tips of the items partly or not yet, and "Ask members for feedback"', (locale) => {
    const card = selfReviewDoneCard({
      ...view,
      locale,
      answers: { agendaKept: 'yes', checkOut: 'notYet', summarised: 'partly' },
      askMembers: true,
    });
    expect(parseIssues(card)).toBe(0);
    const shown = texts(card);
    expect(shown).toContain(translate(locale, 'selfReview.done.title'));
    expect(shown).toContain(translate(locale, 'selfReview.tip.checkOut'));
    expect(shown).toContain(translate(locale, 'selfReview.tip.summarised'));
    expect(shown).not.toContain(translate(locale, 'selfReview.tip.agendaKept'));
    expect(shown.indexOf(translate(locale, 'selfReview.tip.summarised'))).toBeLessThan(
      shown.indexOf(translate(locale, 'selfReview.tip.checkOut')),
    );
    expect(card.actions).toEqual([
      expect.objectContaining({
        verb: selfReviewAskVerb,
        title: translate(locale, 'selfReview.ask'),
        data: { communityId: 'c1', meetingDate: '2027-03-09' },
      }),
    ]);
  });

  it('all "yes": no tips, says so; once members were asked: the notice and no button', () => {
    const card = selfReviewDoneCard({
      ...view,
      locale: 'en',
      answers: { agendaKept: 'yes' },
      askMembers: false,
      notice: { key: 'selfReview.alreadyAsked', tone: 'good' },
    });
    expect(parseIssues(card)).toBe(0);
    expect(texts(card)).toContain(translate('en', 'selfReview.done.noTips'));
    expect(texts(card)).toContain(translate('en', 'selfReview.alreadyAsked'));
    expect(card.actions).toBeUndefined();
  });
});
