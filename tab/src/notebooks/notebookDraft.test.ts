import type { NotebookView } from '@elan/core/contract';
import { draftIssues, draftOf, emptyResource, inputOf, newResourceId, splitTags } from './notebookDraft';

const stored: NotebookView = {
  id: 'm20270316',
  ref: { kind: 'meeting', seriesId: 'main', date: '2027-03-16' },
  format: 'virtual',
  title: 'Éducation thérapeutique',
  tags: ['outils', 'Triage'],
  minutes: { text: 'Détails', url: 'https://contoso.sharepoint.com/minutes' },
  summary: 'Trois outils comparés.',
  resources: [
    {
      id: 'r1',
      url: 'https://example.org/gabarit',
      description: 'Gabarit',
      tags: ['gabarit'],
      public: true,
      sharedBy: { userId: 'ana', name: 'Ana' },
      sharedAt: '2027-03-16T20:00:00.000Z',
    },
    {
      id: 'r2',
      fileName: 'liste.xlsx',
      description: 'Liste interne',
      tags: [],
      public: false,
      sharedBy: { userId: 'ana', name: 'Ana' },
      sharedAt: '2027-03-16T20:00:00.000Z',
    },
  ],
  recording: { url: 'https://contoso.sharepoint.com/recording', consent: true },
  status: 'draft',
  capturedBy: { userId: 'ana', name: 'Ana' },
  takenOverBy: null,
  approvedBy: null,
  approvedAt: null,
  updatedAt: '2027-03-16T20:00:00.000Z',
  updatedBy: { userId: 'ana', name: 'Ana' },
  etag: 'e1',
  seesMinutes: true,
};

describe('splitTags', () => {
  it('trims, drops blanks and keeps each tag once, accents and case aside', () => {
    expect(splitTags(' outils, Triage,, triage , Éducation, education,')).toEqual(['outils', 'Triage', 'Éducation']);
    expect(splitTags('')).toEqual([]);
  });
});

describe('draftOf and inputOf', () => {
  it('round-trip a stored notebook to what the API takes, without who shared what', () => {
    expect(inputOf(draftOf(stored))).toEqual({
      title: stored.title,
      tags: ['outils', 'Triage'],
      minutes: stored.minutes,
      summary: stored.summary,
      resources: [
        { id: 'r1', url: 'https://example.org/gabarit', description: 'Gabarit', tags: ['gabarit'], public: true },
        { id: 'r2', fileName: 'liste.xlsx', description: 'Liste interne', tags: [], public: false },
      ],
      recording: stored.recording,
    });
  });

  it('leaves out empty links and a recording not begun', () => {
    const draft = { ...draftOf({ ...stored, recording: null, resources: [] }), minutesUrl: '  ' };
    const input = inputOf(draft);
    expect(input['minutes']).toEqual({ text: 'Détails' });
    expect(input).not.toHaveProperty('recording');
    expect(inputOf({ ...draft, recordingConsent: true })['recording']).toEqual({ url: '', consent: true });
  });
});

describe('draftIssues', () => {
  it('accepts a stored notebook and names the fields core refuses, by the API paths', () => {
    const draft = draftOf(stored);
    expect(draftIssues(draft, 'fr')).toEqual([]);
    const bad = {
      ...draft,
      summary: 'x'.repeat(3_501),
      recordingConsent: false,
      resources: [{ ...draft.resources[0]!, url: '', description: '' }],
    };
    const paths = draftIssues(bad, 'fr').map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['summary', 'recording.consent', 'resources.0.description', 'resources.0.url']));
    expect(draftIssues(bad, 'fr').every((i) => i.message.trim() !== '' && !i.message.startsWith('notebook.'))).toBe(true);
  });
});

describe('resource ids', () => {
  it('are what the API accepts and never one already taken', () => {
    const seq = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
    let i = 0;
    const random = () => seq[i++ % seq.length]!;
    expect(newResourceId(['raaaaaaaaa'], random)).toBe('rsssssssss');
    for (let k = 0; k < 50; k++) expect(emptyResource([]).id).toMatch(/^[a-z0-9]{1,16}$/);
  });
});
