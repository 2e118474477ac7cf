import { diffFields, normalize, sameContent } from './diffFields';

describe('diffFields', () => {
  it('lists the fields whose content differs, in form order', () => {
    const mine = { name: 'Partenaires', tagline: 'Mine', values: [{ label: 'Réciprocité', meaning: 'a' }], aim: ['produce'] };
    const theirs = {
      name: 'Partenaires',
      tagline: 'Theirs',
      values: [{ label: 'Réciprocité', meaning: 'b' }],
      aim: ['produce'],
      domain: 'x',
    };
    expect(diffFields(mine, theirs, ['name', 'tagline', 'domain', 'values'])).toEqual(['tagline', 'domain', 'values']);
  });

  it('ignores whitespace, blank rows and empty values', () => {
    const mine = {
      name: ' Partenaires ',
      inScope: ['a', ''],
      sponsors: [{ person: { name: '' }, role: '', expectations: '' }],
      tagline: '',
    };
    const theirs = { name: 'Partenaires', inScope: ['a'] };
    expect(diffFields(mine, theirs)).toEqual([]);
  });

  it('treats list order and enum choices as content', () => {
    expect(diffFields({ inScope: ['a', 'b'] }, { inScope: ['b', 'a'] })).toEqual(['inScope']);
    expect(diffFields({ lifespan: 'openEnded' }, { lifespan: 'untilDate' })).toEqual(['lifespan']);
    expect(diffFields({ lifespan: 'openEnded' }, {})).toEqual(['lifespan']);
  });

  it('puts fields the order does not know last, alphabetically', () => {
    expect(diffFields({ b: 1, a: 1, name: 'x' }, {}, ['name'])).toEqual(['name', 'a', 'b']);
  });

  it('compares objects regardless of key order', () => {
    expect(sameContent({ label: 'x', meaning: 'y' }, { meaning: 'y', label: 'x' })).toBe(true);
    expect(normalize({ a: { b: '  ' } })).toBeUndefined();
    expect(normalize(false)).toBe(false);
    expect(normalize(null)).toBeUndefined();
  });
});
