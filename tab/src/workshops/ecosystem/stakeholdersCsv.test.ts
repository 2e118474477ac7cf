import { ecosystemDraft } from '@elan/core/workshops/ecosystem';
import { exampleWorkshops } from '@elan/core/workshops/exampleWorkshops';
import { importStakeholders, stakeholdersToCsv } from './stakeholdersCsv';

const vocabulary = {
  kind: { organisation: 'organisation' as const, personne: 'person' as const },
  disposition: { favorable: 'supportive' as const },
};
let n = 0;
const newId = () => `new-${++n}`;

describe('stakeholders CSV', () => {
  const example = (exampleWorkshops[5] as { stakeholders: never[] }).stakeholders;

  it('round-trips the worked example', () => {
    const csv = stakeholdersToCsv(example, ';');
    const result = importStakeholders(csv, [], { newId, vocabulary });
    expect(result.problems).toEqual([]);
    expect(result.added).toBe(example.length);
    expect(result.stakeholders).toEqual(example);
    expect(ecosystemDraft.safeParse({ stakeholders: result.stakeholders }).success).toBe(true);
  });

  it('neutralises formula injection on export and restores the text on import', () => {
    const evil = [
      {
        id: 'x1',
        name: '=HYPERLINK("http://evil")',
        kind: 'person',
        tags: ['@tag'],
        power: 1,
        interest: 1,
        disposition: 'unknown',
        notes: '-5 points',
      },
    ];
    const csv = stakeholdersToCsv(evil as never);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain("'@tag");
    expect(csv).toContain("'-5 points");
    expect(importStakeholders(csv, [], { newId, vocabulary }).stakeholders).toEqual(evil);
  });

  it('imports the good rows and reports each bad one with its row number and reason', () => {
    const csv = [
      'name,kind,power,interest,disposition,tags,inTeams',
      'Finances,organisation,4,2,,budget,oui',
      ',organisation,3,3,,,',
      'Comité,club,3,3,,,',
      'Commissaire,personne,7,3,,,',
      'Centre,organisation,2,x,,,',
      'Autre CdP,organisation,2,3,hostile,,',
      'Réseau,organisation,2,3,favorable,,peut-être',
      'Trop,organisation,2,3,,a|b|c|d|e|f|g|h|i,',
    ].join('\n');
    const result = importStakeholders(csv, [], { newId, vocabulary });
    expect(result.stakeholders.map((s) => s.name)).toEqual(['Finances']);
    expect(result.stakeholders[0]).toMatchObject({
      kind: 'organisation',
      power: 4,
      interest: 2,
      disposition: 'unknown',
      inTeams: true,
      tags: ['budget'],
    });
    expect(result.problems).toEqual([
      { row: 3, reason: 'name', value: undefined },
      { row: 4, reason: 'kind', value: 'club' },
      { row: 5, reason: 'power', value: '7' },
      { row: 6, reason: 'interest', value: 'x' },
      { row: 7, reason: 'disposition', value: 'hostile' },
      { row: 8, reason: 'inTeams', value: 'peut-être' },
      { row: 9, reason: 'tags', value: 'a|b|c|d|e|f|g|h|i' },
    ]);
  });

  it('updates a stakeholder with a known id, refuses a repeated id and stops at the limit', () => {
    const existing = [{ id: 's1', name: 'Old', kind: 'person', tags: [], power: 1, interest: 1, disposition: 'unknown' }] as never[];
    const csv = 'id,name,kind,power,interest\ns1,New,person,2,2\ns1,Again,person,2,2\n,Extra,person,1,1\n,More,person,1,1';
    const result = importStakeholders(csv, existing, { newId, vocabulary, max: 2 });
    expect(result.updated).toBe(1);
    expect(result.added).toBe(1);
    expect(result.stakeholders.map((s) => s.name)).toEqual(['New', 'Extra']);
    expect(result.problems).toEqual([
      { row: 3, reason: 'duplicateId', value: 's1' },
      { row: 5, reason: 'full', value: '2' },
    ]);
  });

  it('refuses a file without the needed columns', () => {
    expect(importStakeholders('nom,type\nA,B', [], { newId, vocabulary }).missingColumns).toEqual(['name', 'kind', 'power', 'interest']);
  });
});
