import { type PhaseFacts, compassEnergyOf, lifePhaseInput, lifePhaseView, nextWorkshop, storedLifePhase, suggestPhase } from './lifePhase';

const facts = (over: Partial<PhaseFacts> = {}): PhaseFacts => ({ workshopsDone: [], meetingsHeld: 0, compassEnergy: [], ...over });
const settled = { workshopsDone: [1, 2, 3, 4] as const };

describe('suggestPhase', () => {
  it('is preparation while no meeting has been held, whatever is done or scored', () => {
    expect(suggestPhase(facts())).toBe('preparation');
    expect(suggestPhase(facts({ workshopsDone: [1, 2, 3, 4, 5, 6] }))).toBe('preparation');
    expect(suggestPhase(facts({ compassEnergy: [1.5] }))).toBe('preparation');
  });

  it('is start-up from the kick-off until rituals and decisions are settled and a few meetings held', () => {
    expect(suggestPhase(facts({ meetingsHeld: 1 }))).toBe('startUp');
    expect(suggestPhase(facts({ ...settled, meetingsHeld: 2 }))).toBe('startUp');
    expect(suggestPhase(facts({ workshopsDone: [3], meetingsHeld: 10 }))).toBe('startUp');
    expect(suggestPhase(facts({ workshopsDone: [4], meetingsHeld: 10 }))).toBe('startUp');
  });

  it('is growth with W3 and W4 done and three meetings held', () => {
    expect(suggestPhase(facts({ ...settled, meetingsHeld: 3 }))).toBe('growth');
    expect(suggestPhase(facts({ ...settled, meetingsHeld: 3, compassEnergy: [3.6] }))).toBe('growth');
  });

  it('is reorientation once started when the latest compass energy is at or below 2.5', () => {
    expect(suggestPhase(facts({ ...settled, meetingsHeld: 8, compassEnergy: [2.5] }))).toBe('reorientation');
    expect(suggestPhase(facts({ meetingsHeld: 1, compassEnergy: [4, 2.2] }))).toBe('reorientation');
    expect(suggestPhase(facts({ ...settled, meetingsHeld: 8, compassEnergy: [2.51] }))).toBe('growth');
    // A low run followed by a recovered one is not.
    expect(suggestPhase(facts({ ...settled, meetingsHeld: 8, compassEnergy: [2, 3.2] }))).toBe('growth');
  });

  it('is reorientation when the energy fell by a point or more since the previous run', () => {
    expect(suggestPhase(facts({ ...settled, meetingsHeld: 8, compassEnergy: [4.5, 3.5] }))).toBe('reorientation');
    expect(suggestPhase(facts({ ...settled, meetingsHeld: 8, compassEnergy: [4.5, 3.75] }))).toBe('growth');
  });
});

describe('nextWorkshop', () => {
  it("is the phase's first workshop not done, else its first one to revisit", () => {
    expect(nextWorkshop('preparation', [])).toBe(1);
    expect(nextWorkshop('preparation', [1, 2])).toBe(5);
    expect(nextWorkshop('startUp', [1, 2, 3])).toBe(4);
    expect(nextWorkshop('growth', [6])).toBe(5);
    expect(nextWorkshop('growth', [5, 6])).toBe(6);
    expect(nextWorkshop('reorientation', [1, 2, 3, 4, 5, 6])).toBe(1);
  });
});

describe('compassEnergyOf', () => {
  it('averages the scored dimensions and is null when none is', () => {
    expect(compassEnergyOf([2, 4, null])).toBe(3);
    expect(compassEnergyOf([null, null])).toBeNull();
    expect(compassEnergyOf([])).toBeNull();
  });
});

describe('lifePhaseView', () => {
  const by = { userId: 'nadia', name: 'Nadia' };

  it('shows the suggestion alone while no facilitator confirmed one', () => {
    expect(lifePhaseView(facts({ meetingsHeld: 1 }), undefined, null)).toEqual({
      suggested: 'startUp',
      nextWorkshop: 3,
      nextMeetingAt: null,
    });
  });

  it('adds the confirmed phase with its date, and the next workshop follows it', () => {
    const view = lifePhaseView(
      facts(),
      { phase: 'growth', confirmedAt: '2027-01-05T10:00:00.000Z', confirmedBy: by },
      '2027-01-12T17:00:00.000Z',
    );
    expect(view).toEqual({
      suggested: 'preparation',
      confirmed: 'growth',
      changedAt: '2027-01-05T10:00:00.000Z',
      changedBy: by,
      nextWorkshop: 6,
      nextMeetingAt: '2027-01-12T17:00:00.000Z',
    });
  });
});

describe('schemas', () => {
  it('accepts the four phases only, with field paths on refusal', () => {
    expect(lifePhaseInput.parse({ phase: 'reorientation' })).toEqual({ phase: 'reorientation' });
    const refused = lifePhaseInput.safeParse({ phase: 'closing' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual(['phase']);
    expect(lifePhaseInput.safeParse({ phase: 'growth', extra: 1 }).success).toBe(false);
    expect(lifePhaseInput.safeParse({}).success).toBe(false);
    expect(lifePhaseInput.parse({ phase: 'growth', changedAt: null })).toEqual({ phase: 'growth', changedAt: null });
    expect(lifePhaseInput.parse({ phase: 'growth', changedAt: '2027-01-05T10:00:00.000Z' }).changedAt).toBe('2027-01-05T10:00:00.000Z');
    expect(lifePhaseInput.safeParse({ phase: 'growth', changedAt: 'hier' }).error?.issues[0]?.path).toEqual(['changedAt']);
  });

  it('reads a stored phase and refuses a damaged one', () => {
    const ok = { phase: 'startUp', confirmedAt: '2027-01-05T10:00:00.000Z', confirmedBy: { userId: 'u', name: 'U' } };
    expect(storedLifePhase.safeParse(ok).success).toBe(true);
    expect(storedLifePhase.safeParse({ ...ok, confirmedAt: 'yesterday' }).success).toBe(false);
    expect(storedLifePhase.safeParse({ ...ok, phase: 'active' }).success).toBe(false);
  });
});
