import { useTestApp } from '../testing/testApp';

const app = useTestApp();

const decision = (question: string) => ({
  pollId: null,
  question,
  method: 'consent',
  quorumPct: 50,
  quorumMet: true,
  voters: 3,
  eligible: 4,
  counts: { agree: 3 },
  outcome: 'adopted' as const,
  result: 'Adoptée',
  subject: null,
  decidedAt: '2026-11-23T10:00:00.000Z',
});

describe('decision and document logs (integration, Azurite)', () => {
  it('numbers 20 concurrent decisions 1..20 without gaps or duplicates, per community', async () => {
    const { decisions } = app.deps.stores;
    await Promise.all(Array.from({ length: 20 }, (_, i) => decisions.append('t1', 'c1', decision(`Q${i}`))));
    await decisions.append('t1', 'c2', decision('other community'));
    const list = await decisions.list('t1', 'c1');
    expect(list.map((d) => d.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(list.map((d) => d.question)).size).toBe(20);
    expect((await decisions.list('t1', 'c2')).map((d) => [d.number, d.question])).toEqual([[1, 'other community']]);
    expect(await decisions.list('t2', 'c1')).toEqual([]);
  });

  it('keeps one version series per document kind', async () => {
    const { documents } = app.deps.stores;
    const record = (kind: 'charter' | 'impactReport') => ({
      kind,
      language: 'fr' as const,
      audience: 'sponsors' as const,
      generatedAt: '2026-11-23T10:00:00.000Z',
      generatedBy: { userId: 'u', name: 'U' },
      sha256: 'ab',
      bytes: 10,
    });
    expect((await documents.append('t1', 'c1', record('charter'))).version).toBe(1);
    expect((await documents.append('t1', 'c1', record('charter'))).version).toBe(2);
    expect((await documents.append('t1', 'c1', record('impactReport'))).version).toBe(1);
    expect((await documents.list('t1', 'c1', 'charter')).map((d) => d.version)).toEqual([1, 2]);
  });
});
