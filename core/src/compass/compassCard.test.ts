import * as AC from 'adaptivecards';
import { translate } from '../i18n/translate';
import { compassStatements } from './compass';
import { compassFormCard, compassRunCard } from './compassCard';
import { ratingsOfCard } from './compassCardCommands';

/** Parses a card as Teams' library does; the number of issues it reports (unknown elements, bad properties). */
function parseIssues(json: unknown): number {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json as never, context);
  return context.eventCount;
}

const links = { tabUrl: 'https://tab.example', teamsAppId: 'app-1' };
const texts = (node: unknown): string[] =>
  node && typeof node === 'object'
    ? Object.entries(node).flatMap(([k, v]) => ((k === 'text' || k === 'label' || k === 'title') && typeof v === 'string' ? [v] : texts(v)))
    : [];

describe('compass cards', () => {
  it.each(['fr', 'en'] as const)('the channel card (%s): the run, its size, the count, the dialog button and the tab link', (locale) => {
    const card = compassRunCard({ locale, communityId: 'c1', run: 2, respondents: 3, links });
    expect(parseIssues(card)).toBe(0);
    const all = texts(card).join('\n');
    expect(all).toContain(translate(locale, 'compass.card.title', { n: 2 }));
    expect(all).toContain(translate(locale, 'compass.card.size'));
    expect(all).toContain(translate(locale, 'compass.card.respondents', { n: 3 }));
    expect(all).toContain(translate(locale, 'compass.card.needed', { min: 5 }));
    expect(all).not.toMatch(/undefined|compass\.card\./);
    expect(card.actions![0]).toMatchObject({
      type: 'Action.Submit',
      data: { msteams: { type: 'task/fetch' }, verb: 'compass.open', communityId: 'c1', run: 2 },
    });
    expect(card.actions![1]).toMatchObject({ type: 'Action.Execute', verb: 'compass.refresh' });
    expect(card['refresh']).toMatchObject({ action: { type: 'Action.Execute', verb: 'compass.refresh', data: { run: 2 } } });
    const url = new URL(card.actions![2]!['url'] as string);
    expect(JSON.parse(url.searchParams.get('context')!).subEntityId).toBe('/c/c1/w/6');
  });

  it('says nothing of the threshold once five answered, and tells the viewer whether they answered', () => {
    const five = texts(compassRunCard({ locale: 'en', communityId: 'c1', run: 1, respondents: 5, answered: true })).join('\n');
    expect(five).not.toContain(translate('en', 'compass.card.needed', { min: 5 }));
    expect(five).toContain(translate('en', 'compass.card.youAnswered'));
    expect(five).toContain(translate('en', 'compass.card.change'));
    const none = texts(compassRunCard({ locale: 'fr', communityId: 'c1', run: 1, respondents: 0, answered: false })).join('\n');
    expect(none).toContain(translate('fr', 'compass.card.notAnswered'));
    expect(none).toContain(translate('fr', 'compass.card.respondents', { n: 0 }));
  });

  it.each(['fr', 'en'] as const)('the dialog’s form (%s): 30 compact 1–5 choices in 10 groups, prefilled with my ratings', (locale) => {
    const form = compassFormCard(
      { locale, communityId: 'c1', run: 2, mine: { 'purpose.a': 4, 'sponsor.c': 1 } },
      'compass.card.error.empty',
    );
    expect(parseIssues(form)).toBe(0);
    expect(Buffer.byteLength(JSON.stringify(form))).toBeLessThan(28 * 1024);
    const inputs = JSON.stringify(form).match(/"type":"Input\.ChoiceSet"/g) ?? [];
    expect(inputs).toHaveLength(30);
    expect(form.body.filter((e) => e['type'] === 'Container')).toHaveLength(10);
    const json = JSON.stringify(form);
    expect(json).toContain(`"id":"r.purpose.a","label":${JSON.stringify(translate(locale, 'compass.purpose.a'))}`);
    const inputsById = Object.fromEntries(
      form.body.flatMap((e) => ((e['items'] as Record<string, unknown>[] | undefined) ?? []).map((i) => [i['id'], i])),
    );
    expect(inputsById['r.purpose.a']).toMatchObject({ style: 'compact', value: '4' });
    expect(inputsById['r.sponsor.c']).toMatchObject({ value: '1' });
    expect(inputsById['r.trust.a']).not.toHaveProperty('value');
    expect((inputsById['r.trust.a'] as { choices: unknown[] }).choices).toHaveLength(5);
    expect(texts(form).join('\n')).toContain(translate(locale, 'compass.card.error.empty'));
    expect(form.actions![0]).toMatchObject({ type: 'Action.Submit', data: { verb: 'compass.submit', communityId: 'c1', run: 2 } });
  });

  it('reads the form’s answers as ratings, leaving blanks out and bad values for the schema to refuse', () => {
    expect(ratingsOfCard({ verb: 'compass.submit', 'r.purpose.a': '4', 'r.trust.b': '', 'r.value.c': '1' })).toEqual({
      ratings: { 'purpose.a': 4, 'value.c': 1 },
    });
    expect(ratingsOfCard({ 'r.purpose.a': 'lots' }).ratings['purpose.a']).toBe('lots');
    expect(Object.keys(ratingsOfCard(Object.fromEntries(compassStatements.map((s) => [`r.${s}`, '3']))).ratings)).toHaveLength(30);
  });
});
