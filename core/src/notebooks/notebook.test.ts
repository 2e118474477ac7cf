import type { Notebook } from './notebook';
import { notebookIdOf, notebookInput, parseNotebookId } from './notebook';
import { notebookForReader, notebookRulesOf } from './notebookAccess';
import { fold, searchNotebooks } from './notebookSearch';

const ana = { userId: 'ana', name: 'Ana' };
const notebook = (over: Partial<Notebook> = {}): Notebook => ({
  id: 'm20270316',
  ref: { kind: 'meeting', seriesId: 'main', date: '2027-03-16' },
  format: 'virtual',
  title: 'Éducation thérapeutique',
  tags: ['Outils'],
  minutes: { text: 'Cas de M. X, confidentiel' },
  summary: 'Trois outils comparés.',
  resources: [
    {
      id: 'r1',
      url: 'https://example.org/g',
      description: 'Gabarit d’enseignement',
      tags: ['gabarit'],
      public: true,
      sharedBy: ana,
      sharedAt: '',
    },
    { id: 'r2', fileName: 'interne.xlsx', description: 'Liste interne', tags: [], public: false, sharedBy: ana, sharedAt: '' },
  ],
  recording: { url: 'https://example.org/rec', consent: true },
  status: 'approved',
  capturedBy: ana,
  takenOverBy: null,
  approvedBy: ana,
  approvedAt: '',
  announcedAt: '',
  updatedAt: '',
  updatedBy: ana,
  etag: 'e',
  ...over,
});

describe('notebook ids', () => {
  it('round-trips meeting and between-meetings ids, and refuses anything else', () => {
    for (const ref of [
      { kind: 'between' } as const,
      { kind: 'meeting', seriesId: 'main', date: '2027-03-16' } as const,
      { kind: 'meeting', seriesId: 'demi', date: '2027-09-16' } as const,
    ])
      expect(parseNotebookId(notebookIdOf(ref))).toEqual(ref);
    expect(notebookIdOf({ kind: 'meeting', seriesId: 'demi', date: '2027-09-16' })).toBe('m20270916-demi');
    for (const bad of ['m20270230', 'm2027031', 'x20270316', 'm20270316-', 'm20270316-A', 'between2'])
      expect(parseNotebookId(bad)).toBeUndefined();
  });

  it('asks consent for a recording and a link or file name for a resource', () => {
    const keys = (input: unknown) =>
      notebookInput.safeParse(input).error?.issues.map((i) => (i as { params?: { key: string } }).params?.key);
    expect(keys({ recording: { url: 'https://x.example/r', consent: false } })).toEqual(['notebook.validation.recordingConsent']);
    expect(keys({ resources: [{ id: 'r', description: 'rien' }] })).toEqual(['notebook.validation.resourceTarget']);
    expect(notebookInput.parse({})).toEqual({ title: '', tags: [], minutes: { text: '' }, summary: '', resources: [] });
  });
});

describe('notebookForReader', () => {
  const capture = { resourcesLocation: 'SharePoint', dueWorkingDays: 3 };
  const members = notebookRulesOf({ capture: { ...capture, minutesVisibility: 'members', summaryVisibility: 'members' } });
  const beyond = notebookRulesOf({ capture: { ...capture, minutesVisibility: 'core', summaryVisibility: 'public' } });

  it('gives members everything unless the minutes stay with the core group', () => {
    expect(notebookForReader(notebook(), 'member', members)).toEqual(notebook());
    expect(notebookForReader(notebook(), 'member', beyond)?.minutes).toEqual({ text: '' });
    expect(notebookForReader(notebook(), 'facilitator', beyond)).toEqual(notebook());
  });

  it('gives sponsors an approved notebook’s summary beyond members and public resources, nothing else', () => {
    const seen = notebookForReader(notebook(), 'sponsor', beyond)!;
    expect(seen).toMatchObject({ summary: 'Trois outils comparés.', minutes: { text: '' }, capturedBy: null, updatedBy: null });
    expect(seen.recording).toBeUndefined();
    expect(seen.resources.map((r) => r.id)).toEqual(['r1']);
    expect(notebookForReader(notebook({ status: 'draft' }), 'sponsor', beyond)).toBeUndefined();
    // Summary kept to members and no public resource: nothing to show.
    expect(notebookForReader(notebook({ resources: [] }), 'sponsor', members)).toBeUndefined();
  });
});

describe('searchNotebooks', () => {
  it('folds accents and case, needs every word, and tells notebook matches from resource matches', () => {
    expect(fold('Éducation À DOMICILE')).toBe('education a domicile');
    const hits = (text?: string, tag?: string) =>
      searchNotebooks([notebook()], { text, tag }).map((h) => [h.matched, h.resources.map((r) => r.id)]);
    expect(hits('EDUCATION outils')).toEqual([[true, []]]);
    expect(hits('gabarit')).toEqual([[false, ['r1']]]);
    expect(hits('education absent')).toEqual([]);
    expect(hits(undefined, 'outils')).toEqual([[true, []]]);
    expect(hits(undefined, 'GABARIT')).toEqual([[false, ['r1']]]);
    expect(hits()).toEqual([[true, []]]);
  });
});
