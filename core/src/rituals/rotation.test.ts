import { parsePeople, rotationPlan } from './rotation';

const people = (plan: ReturnType<typeof rotationPlan>, role: string) => plan.map((m) => m.find((a) => a.role === role)?.person);

describe('rotationPlan', () => {
  it('rotates each rotating role through everyone, one step per meeting', () => {
    const plan = rotationPlan(
      [
        { role: 'noteTaker', rotation: 'rotating' },
        { role: 'timekeeper', rotation: 'rotating' },
      ],
      ['Ana', 'Ben', 'Chloé'],
      3,
    );
    expect(people(plan, 'noteTaker')).toEqual(['Ana', 'Ben', 'Chloé']);
    expect(people(plan, 'timekeeper')).toEqual(['Ben', 'Chloé', 'Ana']);
    // Nobody holds two roles at one meeting.
    for (const meeting of plan) expect(new Set(meeting.map((a) => a.person)).size).toBe(meeting.length);
  });

  it('is fair: over a full turn everyone holds as many roles', () => {
    const pool = ['A', 'B', 'C', 'D', 'E'];
    const plan = rotationPlan(
      [
        { role: 'noteTaker', rotation: 'rotating' },
        { role: 'timekeeper', rotation: 'rotating' },
        { role: 'host', rotation: 'rotating' },
      ],
      pool,
      pool.length,
    );
    const counts = new Map<string, number>();
    for (const a of plan.flat()) counts.set(a.person!, (counts.get(a.person!) ?? 0) + 1);
    expect([...counts.values()]).toEqual([3, 3, 3, 3, 3]);
  });

  it('keeps fixed holders out of the rotation and leaves volunteer roles open', () => {
    const plan = rotationPlan(
      [
        { role: 'facilitator', rotation: 'fixed', holder: 'Nadia' },
        { role: 'noteTaker', rotation: 'rotating' },
        { role: 'host', rotation: 'volunteer' },
      ],
      ['nadia ', 'Marc', 'Marc', 'Julie'],
      2,
    );
    expect(plan[0]).toEqual([
      { role: 'facilitator', kind: 'fixed', person: 'Nadia' },
      { role: 'noteTaker', kind: 'rotating', person: 'Marc' },
      { role: 'host', kind: 'volunteer', person: null },
    ]);
    expect(people(plan, 'noteTaker')).toEqual(['Marc', 'Julie']);
  });

  it('names nobody when nobody is available', () => {
    expect(rotationPlan([{ role: 'noteTaker', rotation: 'rotating' }], [], 2)).toEqual([
      [{ role: 'noteTaker', kind: 'rotating', person: null }],
      [{ role: 'noteTaker', kind: 'rotating', person: null }],
    ]);
    expect(rotationPlan([{ role: 'host' }], ['A'], 1)).toEqual([[{ role: 'host', kind: 'fixed', person: null }]]);
  });

  it('reads names separated by commas, semicolons or lines', () => {
    expect(parsePeople('Ana, Ben;Chloé\n\n  Dan ')).toEqual(['Ana', 'Ben', 'Chloé', 'Dan']);
  });
});
