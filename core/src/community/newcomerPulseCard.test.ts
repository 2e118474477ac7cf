import * as AC from 'adaptivecards';
import { translate } from '../i18n/translate';
import { newcomerPulseDue } from './newcomerPulse';
import { newcomerPulseCard, newcomerPulseVerb } from './newcomerPulseCard';

/** Parses a card as Teams' library does; the issues it reports (unknown elements, bad properties). */
function parseIssues(json: unknown): number {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json as never, context);
  return context.eventCount;
}

const view = { communityId: 'c1', communityName: 'Passerelles' };

describe('newcomerPulseCard', () => {
  it.each(['fr', 'en'] as const)('in %s: asks the question, says it is anonymous, one button per answer', (locale) => {
    const card = newcomerPulseCard({ ...view, locale });
    expect(parseIssues(card)).toBe(0);
    const texts = card.body.map((b) => b.text);
    expect(texts).toContain(translate(locale, 'welcome.pulse.question'));
    expect(texts).toContain(translate(locale, 'welcome.pulse.anonymous'));
    expect(card.actions?.map((a) => [a.verb, a.title, (a.data as { answer: string }).answer])).toEqual([
      [newcomerPulseVerb, translate(locale, 'welcome.pulse.yes'), 'yes'],
      [newcomerPulseVerb, translate(locale, 'welcome.pulse.partly'), 'partly'],
      [newcomerPulseVerb, translate(locale, 'welcome.pulse.notYet'), 'notYet'],
    ]);
  });

  it.each(['fr', 'en'] as const)('in %s, once answered: thanks, with no buttons left', (locale) => {
    const card = newcomerPulseCard({ ...view, locale, notice: 'welcome.pulse.thanks' });
    expect(parseIssues(card)).toBe(0);
    expect(card.body.map((b) => b.text)).toContain(translate(locale, 'welcome.pulse.thanks'));
    expect(card.actions).toBeUndefined();
  });
});

describe('newcomerPulseDue', () => {
  it('is due from 30 days after the welcome, not at 29', () => {
    const welcomedAt = '2027-03-01T10:00:00.000Z';
    expect(newcomerPulseDue(welcomedAt, new Date('2027-03-30T10:00:00Z'))).toBe(false);
    expect(newcomerPulseDue(welcomedAt, new Date('2027-03-31T09:59:59Z'))).toBe(false);
    expect(newcomerPulseDue(welcomedAt, new Date('2027-03-31T10:00:00Z'))).toBe(true);
  });
});
