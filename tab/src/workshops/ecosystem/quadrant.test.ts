import { byQuadrant, quadrantOf } from './quadrant';

describe('power–interest grid', () => {
  it('places actors by the rule of the domain guide', () => {
    expect(quadrantOf(5, 4)).toBe('manageClosely');
    expect(quadrantOf(4, 4)).toBe('manageClosely');
    expect(quadrantOf(4, 2)).toBe('keepSatisfied');
    expect(quadrantOf(3, 5)).toBe('keepInformed');
    expect(quadrantOf(3, 3)).toBe('monitor');
    expect(quadrantOf(2, 4)).toBe('keepInformed');
    expect(quadrantOf(undefined, 5)).toBe('keepInformed');
    expect(quadrantOf(undefined, undefined)).toBe('monitor');
  });

  it('groups the worked example as WORKSHOPS.md does', () => {
    const example = [
      { power: 5, interest: 4 }, // DQEPE
      { power: 4, interest: 4 }, // soins infirmiers
      { power: 4, interest: 2 }, // finances
      { power: 3, interest: 5 }, // comité des usagers
      { power: 3, interest: 3 }, // commissaire
      { power: 2, interest: 4 }, // centre d'expertise
      { power: 2, interest: 3 }, // autre CdP
    ];
    expect(byQuadrant(example)).toEqual({ manageClosely: [0, 1], keepSatisfied: [2], keepInformed: [3, 5], monitor: [4, 6] });
  });
});
