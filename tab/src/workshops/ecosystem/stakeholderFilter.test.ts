import { allTags, degrees, filterStakeholders, parseTags } from './stakeholderFilter';

const list = [
  { name: 'Direction DQEPE', tags: ['Partenariat patient', 'qualité'] },
  { name: 'Comité des usagers', tags: ['partenariat patient'], notes: 'Un représentant est membre' },
  { name: 'Finances', tags: ['budget'] },
];

describe('stakeholder search and tags', () => {
  it('lists tags once, whatever their case, sorted', () => {
    expect(allTags(list, 'fr')).toEqual(['budget', 'Partenariat patient', 'qualité']);
  });

  it('searches names, tags and notes, ignoring accents and case; every word must match', () => {
    expect(filterStakeholders(list, 'comite', undefined)).toEqual([1]);
    expect(filterStakeholders(list, 'QUALITE dqepe', undefined)).toEqual([0]);
    expect(filterStakeholders(list, 'représentant', undefined)).toEqual([1]);
    expect(filterStakeholders(list, '', undefined)).toEqual([0, 1, 2]);
  });

  it('filters by tag', () => {
    expect(filterStakeholders(list, '', 'partenariat PATIENT')).toEqual([0, 1]);
    expect(filterStakeholders(list, 'finances', 'partenariat patient')).toEqual([]);
  });

  it('reads typed tags, without duplicates, eight at most', () => {
    expect(parseTags(' santé, Santé ;patients|  ,x')).toEqual(['santé', 'patients', 'x']);
    expect(parseTags('a,b,c,d,e,f,g,h,i,j')).toHaveLength(8);
  });

  it('counts relationships per stakeholder', () => {
    expect(degrees([{ from: 'a', to: 'b' }, { from: 'a', to: 'c' }, { from: 'a', to: 'a' }, { from: 'a' }])).toEqual(
      new Map([
        ['a', 3],
        ['b', 1],
        ['c', 1],
      ]),
    );
  });
});
