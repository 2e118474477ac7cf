import { translate } from '@elan/core/i18n/translate';
import type { T } from '../i18n/types';
import { emptyResource, type NotebookDraft } from './notebookDraft';
import { conflictRows, mergeTags, notebookName, refLabel } from './notebookText';

const t: T = (key, params) => translate('fr', key, params);

const draft: NotebookDraft = {
  title: 'Éducation',
  tags: 'outils',
  minutesText: '',
  minutesUrl: '',
  summary: 'Ma synthèse',
  resources: [],
  recordingUrl: '',
  recordingConsent: false,
};

describe('notebook names', () => {
  it('say which meeting, or between meetings, when there is no title', () => {
    const meeting = { kind: 'meeting', seriesId: 'main', date: '2027-03-16' } as const;
    expect(refLabel(meeting, t, 'fr')).toBe(translate('fr', 'tab.notebooks.meeting', { date: 'mardi 16 mars 2027' }));
    expect(refLabel({ ...meeting, seriesId: 'demi' }, t, 'fr', 'Demi-journées')).toContain('Demi-journées');
    expect(refLabel({ ...meeting, seriesId: 'demi' }, t, 'fr')).toContain('demi');
    expect(notebookName({ title: '  ', ref: { kind: 'between' } }, t, 'fr')).toBe(translate('fr', 'tab.notebooks.between'));
    expect(notebookName({ title: 'Titre', ref: meeting }, t, 'fr')).toBe('Titre');
  });
});

describe('conflictRows', () => {
  it('lists only the fields whose content differs, in the form’s order, as text', () => {
    const theirs: NotebookDraft = {
      ...draft,
      title: 'Éducation ',
      summary: 'Leur synthèse',
      resources: [{ ...emptyResource([]), description: 'Gabarit', url: 'https://example.org/g', public: true }],
      recordingConsent: true,
    };
    const rows = conflictRows(draft, theirs, t);
    expect(rows.map((r) => r.field)).toEqual(['summary', 'resources', 'recordingConsent']);
    expect(rows[0]).toEqual({ field: 'summary', label: t('tab.notebooks.field.summary'), mine: 'Ma synthèse', theirs: 'Leur synthèse' });
    expect(rows[1]!.mine).toBe(t('conflict.empty'));
    expect(rows[1]!.theirs).toBe(`Gabarit — https://example.org/g — ${t('tab.notebooks.resource.public.yes')}`);
    expect([rows[2]!.mine, rows[2]!.theirs]).toEqual([t('tab.notebooks.no'), t('tab.notebooks.yes')]);
    expect(conflictRows(draft, { ...draft }, t)).toEqual([]);
  });
});

describe('mergeTags', () => {
  it('keeps every tag seen once, case aside, sorted', () => {
    const view = {
      notebooks: [{ tags: ['triage', 'Outils'] }],
      resources: [{ resource: { tags: ['gabarit', 'outils'] } }],
    } as never;
    expect(mergeTags(['Zèbre'], view)).toEqual(['gabarit', 'Outils', 'triage', 'Zèbre']);
  });
});
