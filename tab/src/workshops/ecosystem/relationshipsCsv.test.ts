import { translate } from '@elan/core/i18n/translate';
import { ecosystemDraft, relationshipTypes } from '@elan/core/workshops/ecosystem';
import { parseCsv } from '@elan/core/csv/csv';
import { importRelationships, relationshipsToCsv } from './relationshipsCsv';

const stakeholders = [
  { id: 's1', name: 'Direction DQEPE' },
  { id: 's2', name: 'Élan Québec' },
  { id: 's3', name: '=HYPERLINK("http://evil")' },
  { id: 's4', name: 'Finances' },
  { id: 's5', name: 'finances' },
  { id: 's6', name: '-Moins' },
];
const typeWords = Object.fromEntries(
  (['fr', 'en'] as const).flatMap((l) =>
    relationshipTypes.map((type) => [translate(l, `doc.relationship.${type}`).toLocaleLowerCase(), type] as const),
  ),
);
const relationships = [
  { from: 's1', to: 's2', type: 'collaborates' as const, strength: 2 },
  { from: 's3', to: 's1', type: 'funds' as const, strength: 3 },
  { from: 's6', to: 's2', type: 'informs' as const, strength: 1 },
];

describe('relationships CSV', () => {
  it('round-trips, naming stakeholders and keeping valid data', () => {
    const csv = relationshipsToCsv(relationships, stakeholders, ';');
    expect(parseCsv(csv)[0]).toEqual(['from', 'to', 'type', 'strength']);
    expect(parseCsv(csv)[1]).toEqual(['Direction DQEPE', 'Élan Québec', 'collaborates', '2']);
    const result = importRelationships(csv, stakeholders, [], { typeWords });
    expect(result.problems).toEqual([]);
    expect(result.missingColumns).toEqual([]);
    expect(result.added).toBe(3);
    expect(result.relationships).toEqual(relationships);
    expect(ecosystemDraft.safeParse({ relationships: result.relationships }).success).toBe(true);
  });

  it('neutralises formula injection on export (= + - @) and restores the names on import', () => {
    const csv = relationshipsToCsv(
      [...relationships, { from: 's1', to: 's2', type: 'other', strength: 1 }],
      [...stakeholders.slice(0, 1), { id: 's2', name: '@SUM(1)' }, ...stakeholders.slice(2)],
    );
    const cells = parseCsv(csv).flat();
    expect(cells).toContain(`'=HYPERLINK("http://evil")`);
    expect(cells).toContain("'-Moins");
    expect(cells).toContain("'@SUM(1)");
    expect(cells.some((c) => /^[=+\-@]/.test(c))).toBe(false);
    expect(
      relationshipsToCsv(
        [{ from: 's1', to: 's2', type: 'funds', strength: 1 }],
        [
          { id: 's1', name: '+1' },
          { id: 's2', name: 'x' },
        ],
      ),
    ).toContain("'+1");
  });

  it('reports bad rows by number: unknown or ambiguous stakeholder, same stakeholder, bad type, strength outside 1–3', () => {
    const csv = [
      'from,to,type,strength',
      'Direction DQEPE,Inconnu,funds,2',
      'Finances,s1,funds,2',
      's1,s1,funds,2',
      's1,s2,amitié,2',
      's1,s2,funds,4',
      's1,s2,funds,0',
      's1,s2,funds,1.5',
      's1,s2,funds,',
      's1,s2,funds,2,extra',
      'direction dqepe,ELAN QUEBEC,Financement,3',
      's4,s2,Information,1',
    ].join('\n');
    const result = importRelationships(csv, stakeholders, [], { typeWords });
    expect(result.problems).toEqual([
      { row: 2, reason: 'unknownStakeholder', value: 'Inconnu' },
      { row: 3, reason: 'ambiguousStakeholder', value: 'Finances' },
      { row: 4, reason: 'sameStakeholder', value: 's1' },
      { row: 5, reason: 'type', value: 'amitié' },
      { row: 6, reason: 'strength', value: '4' },
      { row: 7, reason: 'strength', value: '0' },
      { row: 8, reason: 'strength', value: '1.5' },
      { row: 9, reason: 'strength', value: '' },
      { row: 10, reason: 'columns', value: '5' },
    ]);
    expect(result.relationships).toEqual([
      { from: 's1', to: 's2', type: 'funds', strength: 3 },
      { from: 's4', to: 's2', type: 'informs', strength: 1 },
    ]);
  });

  it('updates the strength of a known link instead of duplicating it, and stops at the limit', () => {
    const existing = [{ from: 's1', to: 's2', type: 'collaborates' as const, strength: 1 }];
    const csv = 'from;to;type;strength\ns1;s2;collaborates;3\ns2;s1;collaborates;2\ns4;s1;funds;2';
    const result = importRelationships(csv, stakeholders, existing, { typeWords, max: 2 });
    expect(result.updated).toBe(1);
    expect(result.added).toBe(1);
    expect(result.relationships).toEqual([
      { from: 's1', to: 's2', type: 'collaborates', strength: 3 },
      { from: 's2', to: 's1', type: 'collaborates', strength: 2 },
    ]);
    expect(result.problems).toEqual([{ row: 4, reason: 'full', value: '2' }]);
    expect(existing[0]!.strength).toBe(1);
  });

  it('imports nothing when a column is missing', () => {
    const result = importRelationships('from,to,strength\ns1,s2,2', stakeholders, [], { typeWords });
    expect(result.missingColumns).toEqual(['type']);
    expect(result.relationships).toEqual([]);
    expect(result.added).toBe(0);
  });
});
