import { lifecycleMoves, moveKey } from './lifecycleMoves';

describe('lifecycleMoves', () => {
  it('closes an active community before it can be archived', () => {
    expect(lifecycleMoves('active')).toEqual(['closing']);
  });

  it('archives a closing community, or takes it back to active', () => {
    expect(lifecycleMoves('closing')).toEqual(['archived', 'active']);
  });

  it('only reactivates an archived community', () => {
    expect(lifecycleMoves('archived')).toEqual(['active']);
  });

  it('names going back to active by where it comes from', () => {
    expect(moveKey('closing', 'active')).toBe('tab.lifecycle.move.resume');
    expect(moveKey('archived', 'active')).toBe('tab.lifecycle.move.reactivate');
    expect(moveKey('active', 'closing')).toBe('tab.lifecycle.move.closing');
    expect(moveKey('closing', 'archived')).toBe('tab.lifecycle.move.archived');
  });
});
