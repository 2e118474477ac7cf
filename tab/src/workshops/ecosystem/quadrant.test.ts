import { byQuadrant } from './quadrant';

describe('power–interest grid', () => {
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
