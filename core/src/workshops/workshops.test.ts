import { exampleWorkshops } from './exampleWorkshops';
import { workshopProgress } from './progress';
import { parseWorkshopNumber, workshopNumbers, workshopSchemas } from './registry';

const paths = (issues: { path: PropertyKey[] }[]) => issues.map((i) => i.path.join('.'));

describe.each(workshopNumbers)('workshop %i schemas', (n) => {
  const example = exampleWorkshops[n];
  const { draft, complete } = workshopSchemas[n];

  it('accept the worked example as a draft and as complete', () => {
    expect(draft.safeParse(example).success).toBe(true);
    expect(complete.safeParse(example).error?.issues).toBeUndefined();
  });

  it('accept an empty draft but not an empty complete workshop', () => {
    expect(draft.safeParse({}).success).toBe(true);
    expect(complete.safeParse({}).success).toBe(false);
  });

  it('reject unknown fields, even in a draft', () => {
    const result = draft.safeParse({ ...example, injected: 'x' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.code).toBe('unrecognized_keys');
  });

  it('reject a wrong type on every top-level field', () => {
    for (const key of Object.keys(example)) {
      const result = draft.safeParse({ ...example, [key]: { not: 'this' } });
      expect({ key, ok: result.success }).toEqual({ key, ok: false });
      expect(paths(result.error!.issues)[0]!.startsWith(key)).toBe(true);
    }
  });

  it('reject text over its limit anywhere in the data', () => {
    const tooLong = 'x'.repeat(1001);
    const mutate = (value: unknown): unknown => {
      if (typeof value === 'string') return tooLong;
      if (Array.isArray(value)) return value.map(mutate);
      if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mutate(v)]));
      return value;
    };
    const result = draft.safeParse(mutate(example));
    expect(result.success).toBe(false);
    expect(result.error!.issues.some((i) => i.code === 'too_big' || i.code === 'invalid_value' || i.code === 'invalid_format')).toBe(true);
  });
});

describe('workshop 1 specific rules', () => {
  const w1 = exampleWorkshops[1];
  const { draft, complete } = workshopSchemas[1];

  it('needs 3 to 5 values to be complete, but a draft may hold fewer', () => {
    const two = { ...w1, values: (w1['values'] as unknown[]).slice(0, 2) };
    expect(draft.safeParse(two).success).toBe(true);
    expect(paths(complete.safeParse(two).error!.issues)).toEqual(['values']);
  });

  it('caps the aim at two choices and rejects an unknown aim', () => {
    expect(draft.safeParse({ aim: ['produce', 'innovate', 'mutualHelp'] }).success).toBe(false);
    expect(draft.safeParse({ aim: ['everything'] }).success).toBe(false);
  });

  it('bounds the name at 60 characters', () => {
    expect(draft.safeParse({ name: 'x'.repeat(60) }).success).toBe(true);
    expect(draft.safeParse({ name: 'x'.repeat(61) }).success).toBe(false);
  });

  it('rejects a malformed review date', () => {
    expect(draft.safeParse({ reviewDate: '2027-13-45' }).success).toBe(false);
    expect(draft.safeParse({ reviewDate: '01/12/2027' }).success).toBe(false);
  });

  it('treats whitespace-only required text as missing', () => {
    expect(paths(complete.safeParse({ ...w1, tagline: '   ' }).error!.issues)).toEqual(['tagline']);
  });
});

describe('other workshop rules', () => {
  it('workshop 4 needs at least four decision types', () => {
    const w4 = exampleWorkshops[4];
    const three = { ...w4, decisionMatrix: (w4['decisionMatrix'] as unknown[]).slice(0, 3) };
    expect(paths(workshopSchemas[4].complete.safeParse(three).error!.issues)).toEqual(['decisionMatrix']);
  });

  it('workshop 5 needs at least five stakeholders and bounds power to 1–5', () => {
    const w5 = exampleWorkshops[5];
    const stakeholders = w5['stakeholders'] as Record<string, unknown>[];
    expect(workshopSchemas[5].complete.safeParse({ ...w5, stakeholders: stakeholders.slice(0, 4) }).success).toBe(false);
    expect(workshopSchemas[5].draft.safeParse({ stakeholders: [{ ...stakeholders[0], power: 6 }] }).success).toBe(false);
  });

  it('workshop 6 needs an indicator in each of the first four value cycles', () => {
    const w6 = exampleWorkshops[6];
    const indicators = (w6['indicators'] as Record<string, unknown>[]).map((i) => ({ ...i, cycle: 'immediate' }));
    const result = workshopSchemas[6].complete.safeParse({ ...w6, indicators });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => (i as { params?: { cycle?: string } }).params?.cycle)).toEqual([
      'potential',
      'applied',
      'realised',
    ]);
  });

  it('workshop 3 bounds the meeting length to 30–480 minutes', () => {
    expect(workshopSchemas[3].draft.safeParse({ durationMinutes: 20 }).success).toBe(false);
    expect(workshopSchemas[3].draft.safeParse({ durationMinutes: 480 }).success).toBe(true);
  });
});

describe('workshopProgress', () => {
  it('is notStarted for empty data, even with blank strings and empty lists', () => {
    expect(workshopProgress(1, {})).toEqual({ state: 'notStarted', missing: [] });
    expect(workshopProgress(1, { name: '  ', values: [] })).toEqual({ state: 'notStarted', missing: [] });
  });

  it('is inProgress with the missing fields listed', () => {
    const { state, missing } = workshopProgress(1, { name: 'Partenaires en action' });
    expect(state).toBe('inProgress');
    expect(missing).toContain('purposeStatement');
    expect(missing).not.toContain('name');
  });

  it('is done for the worked example', () => {
    for (const n of workshopNumbers) expect(workshopProgress(n, exampleWorkshops[n]).state).toBe('done');
  });
});

describe('parseWorkshopNumber', () => {
  it('accepts 1..6 and nothing else', () => {
    expect(parseWorkshopNumber('1')).toBe(1);
    expect(parseWorkshopNumber('6')).toBe(6);
    for (const bad of ['0', '7', '01', '1.0', 'one', '', undefined]) expect(parseWorkshopNumber(bad)).toBeUndefined();
  });
});
