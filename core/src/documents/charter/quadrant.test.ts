import { quadrantOf } from './quadrant';

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
});
