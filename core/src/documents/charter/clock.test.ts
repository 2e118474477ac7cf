import { clock } from './clock';

describe('clock', () => {
  it('writes minutes as h:mm', () => {
    expect(clock(0)).toBe('0:00');
    expect(clock(70)).toBe('1:10');
    expect(clock(125)).toBe('2:05');
  });

  it('rounds to the minute and never goes below zero', () => {
    expect([clock(89.6), clock(-5)]).toEqual(['1:30', '0:00']);
  });
});
