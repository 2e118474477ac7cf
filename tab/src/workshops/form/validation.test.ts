import { exampleWorkshops } from '@elan/core/workshops/exampleWorkshops';
import { type WorkshopNumber, workshopNumbers, workshopSchemas } from '@elan/core/workshops/registry';
import { completeIssues, draftIssues } from './validation';

const paths = (issues: { path: PropertyKey[]; code: string }[]) => issues.map((i) => `${i.path.join('.')}:${i.code}`).sort();
const full = (
  schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; code: string }[] } } },
  v: unknown,
) => {
  const r = schema.safeParse(v);
  return r.success ? [] : paths(r.error!.issues);
};

describe('field-by-field validation', () => {
  const drafts = (n: WorkshopNumber): Record<string, unknown>[] => [
    {},
    exampleWorkshops[n],
    { ...exampleWorkshops[n], surprise: 1, other: 'x' },
    Object.fromEntries(
      Object.entries(exampleWorkshops[n]).map(([k, v]) => [
        k,
        typeof v === 'string' ? 'x'.repeat(900) : Array.isArray(v) ? [...v, ...v, ...v, ...v, ...v, ...v, ...v, ...v, ...v, ...v, ...v] : v,
      ]),
    ),
    Object.fromEntries(Object.entries(exampleWorkshops[n]).slice(0, 2)),
  ];

  it.each([...workshopNumbers])('gives the same verdict as the whole schema for workshop %i', (n) => {
    for (const draft of drafts(n)) {
      expect(paths(draftIssues(n, draft))).toEqual(full(workshopSchemas[n].draft, draft));
      expect(paths(completeIssues(n, draft))).toEqual(full(workshopSchemas[n].complete, draft));
    }
  });

  it('keeps refinements over several fields (one indicator per value cycle)', () => {
    const example = exampleWorkshops[6] as { indicators: { cycle: string }[] };
    const oneCycle = { ...example, indicators: example.indicators.map((i) => ({ ...i, cycle: 'immediate' })) };
    expect(paths(completeIssues(6, oneCycle))).toEqual(full(workshopSchemas[6].complete, oneCycle));
    expect(completeIssues(6, oneCycle).length).toBe(3);
  });

  it('does not validate an unchanged field again', () => {
    const stakeholders = (exampleWorkshops[5] as { stakeholders: unknown[] }).stakeholders;
    const first = draftIssues(5, { stakeholders, relationships: [{ from: 'x' }] });
    const second = draftIssues(5, { stakeholders, relationships: [{ from: 'x' }] });
    expect(second).toEqual(first);
    const schema = (workshopSchemas[5].draft as unknown as { shape: { stakeholders: { safeParse(v: unknown): unknown } } }).shape
      .stakeholders;
    const spy = jest.spyOn(schema, 'safeParse');
    draftIssues(5, { stakeholders, name: undefined } as never);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
