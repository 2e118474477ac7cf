import { en } from './en';
import { fr } from './fr';
import { pickLocale, translate } from './translate';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogs', () => {
  it('have exactly the same keys in fr and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('use the same placeholders for each key', () => {
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      expect({ key, p: placeholders(en[key]) }).toEqual({ key, p: placeholders(fr[key]) });
    }
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
});

describe('pickLocale', () => {
  it('defaults to French and reads Accept-Language', () => {
    expect(pickLocale(undefined)).toBe('fr');
    expect(pickLocale('de-DE')).toBe('fr');
    expect(pickLocale('en-CA,en;q=0.9')).toBe('en');
    expect(pickLocale('de-DE, fr-BE;q=0.8, en;q=0.5')).toBe('fr');
  });
});
