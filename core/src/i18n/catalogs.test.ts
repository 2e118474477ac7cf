import { en, enParts } from './en';
import { fr, frParts } from './fr';
import { catalogs } from './catalogs';
import { isMessageKey, pickLocale, readPluralBlock, translate } from './translate';

// `{name}` placeholders and the numbers `{name, plural, …}` blocks choose by, once each; not the text of
// a plural form (`one {semaine}`).
const placeholders = (s: string) =>
  [...new Set([...s.matchAll(/(?<!(?:zero|one|two|few|many|other|=\d+) )\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]))].sort();

describe('catalogs', () => {
  it('have exactly the same keys in fr and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('have the same parts in fr and en, each with the same keys in both languages', () => {
    expect(Object.keys(enParts).sort()).toEqual(Object.keys(frParts).sort());
    for (const [part, messages] of Object.entries(frParts)) {
      const twin: Record<string, string> = enParts[part as keyof typeof enParts];
      expect({ part, keys: Object.keys(twin).sort() }).toEqual({ part, keys: Object.keys(messages).sort() });
    }
  });

  it('define each key in one part only, so merging the parts loses no message', () => {
    const owners = new Map<string, string[]>();
    for (const [part, messages] of Object.entries(frParts))
      for (const key of Object.keys(messages)) owners.set(key, [...(owners.get(key) ?? []), part]);
    expect([...owners].filter(([, parts]) => parts.length > 1)).toEqual([]);
    expect(Object.keys(fr)).toHaveLength(owners.size);
  });

  it('use the same placeholders for each key', () => {
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      expect({ key, p: placeholders(en[key]) }).toEqual({ key, p: placeholders(fr[key]) });
    }
  });

  it('write every plural block well, with a general form', () => {
    const blocks = [...Object.entries(fr), ...Object.entries(en)].flatMap(([key, value]) =>
      [...value.matchAll(/\{\w+, plural,/g)].map((m) => ({ key, block: readPluralBlock(value, m.index) })),
    );
    expect(blocks.length).toBeGreaterThan(20);
    for (const { key, block } of blocks) expect({ key, other: block?.branches.has('other') }).toEqual({ key, other: true });
  });

  it('have no empty message', () => {
    for (const [key, value] of [...Object.entries(fr), ...Object.entries(en)])
      expect({ key, empty: value.trim() === '' }).toEqual({ key, empty: false });
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'validation.tooLong', { max: 60 })).toBe('60 characters at most.');
    expect(translate('fr', 'validation.tooLong', { max: 60 })).toBe('60 caractères au maximum.');
    expect(translate('en', 'validation.tooLong')).toBe('{max} characters at most.');
  });

  it('chooses plural forms by the rules of each language: French singular for 0 and 1, English for 1 only', () => {
    const participation = (locale: 'fr' | 'en', voters: number) => translate(locale, 'poll.participation', { voters, eligible: 12 });
    expect(participation('fr', 0)).toBe('0 personne sur 12 a répondu');
    expect(participation('fr', 1)).toBe('1 personne sur 12 a répondu');
    expect(participation('fr', 2)).toBe('2 personnes sur 12 ont répondu');
    expect(participation('en', 0)).toBe('0 of 12 people answered');
    expect(participation('en', 1)).toBe('1 of 12 people answered');
    expect(translate('fr', 'survey.respondents', { n: 1 })).toBe('1 réponse');
    expect(translate('fr', 'survey.respondents', { n: 7 })).toBe('7 réponses');
    expect(translate('en', 'survey.respondents', { n: 1 })).toBe('1 answer');
    expect(translate('en', 'survey.respondents', { n: 0 })).toBe('0 answers');
  });

  it('nests plural forms and takes an exact form before the language rule', () => {
    const rhythm = (locale: 'fr' | 'en', every: number) =>
      translate(locale, 'bot.nextMeeting.rhythm', {
        every,
        unit: translate(locale, 'bot.unit.week', { n: every }),
        minutes: 90,
        format: 'hybride',
      });
    expect(rhythm('fr', 1)).toBe('Rencontres chaque semaine, 90 minutes, format : hybride.');
    expect(rhythm('fr', 2)).toBe('Rencontres aux 2 semaines, 90 minutes, format : hybride.');
    expect(rhythm('en', 1)).toBe('Meetings every week, 90 minutes, format: hybride.');
    expect(rhythm('en', 3)).toBe('Meetings every 3 weeks, 90 minutes, format: hybride.');
    expect(translate('fr', 'doc.report.newDecisions', { n: 0 })).toBe('Nouvelles décisions au registre : 0');
    expect(translate('fr', 'doc.report.newDecisions', { n: 1 })).toBe('Nouvelle décision au registre : 1');
  });

  it('fills placeholders inside plural forms, takes the general form for a value that is no number, and never re-reads values', () => {
    expect(translate('fr', 'doc.report.respondents', { n: 1, eligible: 1 })).toBe('1 réponse sur 1 membre sollicité.');
    expect(translate('fr', 'doc.report.respondents', { n: 3, eligible: 9 })).toBe('3 réponses sur 9 membres sollicités.');
    expect(translate('en', 'doc.report.respondents', { n: '1 234', eligible: 2000 })).toBe('1 234 answers from 2000 members asked.');
    // A question that looks like a plural block is shown as typed.
    expect(translate('en', 'bot.openPolls.line', { question: '{n, plural, one {x} other {y}}', voters: 1, date: 'today' })).toBe(
      '"{n, plural, one {x} other {y}}" — 1 answer, closes on today',
    );
  });
});

describe('translate with a catalog not loaded (the tab, before the other language is downloaded)', () => {
  const both = { ...catalogs };
  afterEach(() => Object.assign(catalogs, both));

  it('answers in a loaded language, with that language’s plural rules, rather than failing', () => {
    delete catalogs.en;
    expect(translate('en', 'home.title')).toBe(fr['home.title']);
    expect(translate('en', 'doc.report.respondents', { n: 0, eligible: 1 })).toBe('0 réponse sur 1 membre sollicité.');
    expect(isMessageKey('home.title')).toBe(true);
    expect(isMessageKey('home.nope')).toBe(false);
  });

  it('shows the key when no catalog is loaded at all', () => {
    delete catalogs.fr;
    delete catalogs.en;
    expect(translate('fr', 'home.title')).toBe('home.title');
  });
});

describe('pickLocale', () => {
  it('defaults to French and reads Accept-Language', () => {
    expect(pickLocale(undefined)).toBe('fr');
    expect(pickLocale('de-DE')).toBe('fr');
    expect(pickLocale('en-CA,en;q=0.9')).toBe('en');
    expect(pickLocale('de-DE, fr-BE;q=0.8, en;q=0.5')).toBe('fr');
  });
});
