import { child, getIn, segments, setIn } from './paths';

describe('paths', () => {
  it('splits paths into keys and indexes', () => {
    expect(segments('problems.0.severity')).toEqual(['problems', 0, 'severity']);
    expect(segments('')).toEqual([]);
    expect(child('', 'a')).toBe('a');
    expect(child('a', 2)).toBe('a.2');
  });

  it('reads nested values and tolerates missing steps', () => {
    const draft = { cadence: { every: 6 }, problems: [{ statement: 'x' }] };
    expect(getIn(draft, 'cadence.every')).toBe(6);
    expect(getIn(draft, 'problems.0.statement')).toBe('x');
    expect(getIn(draft, 'problems.3.statement')).toBeUndefined();
    expect(getIn(draft, 'capture.minutesVisibility')).toBeUndefined();
  });

  it('writes immutably, copying only the objects on the way', () => {
    const draft = { cadence: { every: 6 }, problems: [{ statement: 'x' }, { statement: 'y' }], other: { a: 1 } };
    const next = setIn(draft, 'problems.1.statement', 'z');
    expect(next.problems[1]).toEqual({ statement: 'z' });
    expect(draft.problems[1]).toEqual({ statement: 'y' });
    expect(next.problems[0]).toBe(draft.problems[0]);
    expect(next.other).toBe(draft.other);
  });

  it('creates missing objects and lists', () => {
    expect(setIn({}, 'capture.dueWorkingDays', 5)).toEqual({ capture: { dueWorkingDays: 5 } });
    expect(setIn({}, 'objectives.0', 'a')).toEqual({ objectives: ['a'] });
  });

  it('removes a key set to undefined', () => {
    expect(setIn({ cadence: { every: 6, unit: 'week' } }, 'cadence.unit', undefined)).toEqual({ cadence: { every: 6 } });
    expect(setIn({ a: 1, b: 2 }, 'a', undefined)).toEqual({ b: 2 });
  });
});
