import { type Locale, translate } from '../../i18n/translate';
import { exampleWorkshops } from '../../workshops/exampleWorkshops';
import { buildCharter, nextVersion } from './buildCharter';
import { charterStatus } from './charterStatus';
import { type Block, type DocumentModel, modelTexts } from './documentModel';
import {
  buildCharterInput,
  buildDecision,
  buildDocumentRecord,
  buildEcosystem,
  buildWorkshops,
  charterHeadingKeys as chapterKeys,
} from './exampleCharterInput';
import { quadrantOf } from './quadrant';

const leak = /\bundefined\b|\bnull\b|\[object Object\]|\bNaN\b|\{\w+\}/;

const headings = (m: DocumentModel, level?: number) =>
  m.blocks.flatMap((b) => (b.type === 'heading' && (level === undefined || b.level === level) ? [b.text] : []));
const tables = (m: DocumentModel) => m.blocks.filter((b): b is Extract<Block, { type: 'table' }> => b.type === 'table');
const texts = (m: DocumentModel) => modelTexts(m).join('\n');

describe('buildCharter', () => {
  it.each(['fr', 'en'] as Locale[])('has every chapter and annex, in order, in %s', (language) => {
    const model = buildCharter(buildCharterInput({ language }));
    expect(headings(model, 1)).toEqual(chapterKeys.map((k) => translate(language, k)));
    // The running footer's {page} and {pages} are meant for the writer, which turns them into fields.
    for (const text of modelTexts(model).filter((t) => t !== model.runningFooter))
      expect({ text, leak: leak.test(text) }).toEqual({ text, leak: false });
  });

  it('writes each workshop as prose and tables, with enum values through the catalog', () => {
    const all = texts(buildCharter(buildCharterInput({ language: 'en', workshops: buildWorkshops() })));
    expect(all).toContain(exampleWorkshops[1].purposeStatement as string);
    expect(all).toContain('Main aim: Producing together and Sharing practices.');
    expect(all).toContain('Les patients partenaires quittent les comités après une ou deux rencontres');
    expect(all).toContain('We meet every 6 weeks, for 2 h, in hybrid mode.');
    expect(all).toContain('Rencontre de résolution animée par une personne neutre.');
    expect(all).toContain('Advice process');
    expect(all).toContain('Direction DQEPE');
    expect(all).toContain('Rétention à 6 mois');
    // Raw enum values never reach the reader.
    for (const raw of [
      'onRequest',
      'sharePractices',
      'inPerson',
      'adviceProcess',
      'countsForQuorumOnly',
      'autoAttendance',
      'manageClosely',
    ])
      expect(all).not.toContain(raw);
  });

  it('times the agenda and totals it', () => {
    const model = buildCharter(buildCharterInput({ language: 'en' }));
    const agenda = tables(model).find((t) => t.columns[0]!.title === 'Start')!;
    expect(agenda.rows.map((r) => r[0])).toEqual(['0:00', '0:10', '1:40']);
    expect(agenda.totals).toEqual(['', 'Total', '2 h', '']);
  });

  it('groups stakeholders by the power–interest quadrant rule', () => {
    expect([quadrantOf(5, 4), quadrantOf(4, 2), quadrantOf(3, 5), quadrantOf(3, 3), quadrantOf(undefined, undefined)]).toEqual([
      'manageClosely',
      'keepSatisfied',
      'keepInformed',
      'monitor',
      'monitor',
    ]);
    const model = buildCharter(buildCharterInput({ language: 'en', workshops: buildWorkshops({ 5: buildEcosystem(25, 60) }) }));
    const h3 = headings(model, 3);
    expect(h3).toEqual(['Manage closely (5)', 'Keep satisfied (5)', 'Keep informed (5)', 'Monitor (10)']);
    const figure = model.blocks.find((b) => b.type === 'figure');
    expect(figure?.type === 'figure' && figure.chart.kind === 'stakeholderMap' && figure.chart.nodes).toHaveLength(25);
  });

  it('gives an empty community short "to be completed" paragraphs, no figure, and still every heading', () => {
    const model = buildCharter(buildCharterInput({ workshops: [], decisions: [], history: [], members: [] }));
    const paragraphs = model.blocks.filter((b) => b.type === 'paragraph' && b.tone === 'toComplete');
    expect(paragraphs.filter((b) => b.type === 'paragraph' && b.runs[0]!.text === translate('fr', 'doc.chapterToComplete'))).toHaveLength(
      6,
    );
    expect(model.blocks.some((b) => b.type === 'figure')).toBe(false);
    expect(headings(model, 1)).toHaveLength(chapterKeys.length);
    // Only the version history has a row (this version); no table is empty.
    expect(tables(model).map((t) => t.rows.length)).toEqual([1]);
    expect(model.cover.facts.find((f) => f.label === 'Statut')?.value).toBe('Version de travail, pas encore adoptée');
  });

  it('numbers the version after the last record and lists earlier versions', () => {
    expect(nextVersion([])).toBe(1);
    expect(nextVersion([buildDocumentRecord({ version: 4 }), buildDocumentRecord({ version: 2 })])).toBe(5);
    const model = buildCharter(buildCharterInput({ language: 'en' }));
    const history = tables(model).at(-1)!;
    expect(history.rows.map((r) => r[0])).toEqual(['1', '2', '3']);
    expect(history.rows[2]).toEqual(['3', 'November 2, 2026', 'English', 'Community', 'This version']);
  });

  it('reports the status from the decision log: draft, adopted, or changed since adoption', () => {
    const adopted = buildDecision({ number: 7, subject: 'charter', outcome: 'adopted', decidedAt: '2026-10-20T15:00:00.000Z' });
    const saved = (at: string) => buildWorkshops({}, at);
    expect(charterStatus([], saved('2026-09-01T00:00:00Z')).kind).toBe('draft');
    expect(charterStatus([buildDecision({ subject: 'charter', outcome: 'rejected' })], saved('2026-09-01T00:00:00Z')).kind).toBe('draft');
    expect(charterStatus([adopted], saved('2026-09-01T00:00:00Z'))).toEqual({ kind: 'adopted', decision: adopted });
    expect(charterStatus([adopted], saved('2026-10-21T00:00:00Z')).kind).toBe('amendedSinceAdoption');
    const model = buildCharter(buildCharterInput({ language: 'en', decisions: [adopted] }));
    expect(model.cover.facts.find((f) => f.label === 'Status')?.value).toBe('Adopted on October 20, 2026 by decision 7');
  });

  it('writes the decision log with method, quorum and result', () => {
    const model = buildCharter(buildCharterInput({ language: 'en' }));
    const log = tables(model).find((t) => t.columns[2]?.title === 'Question')!;
    expect(log.rows[0]).toEqual([
      '1',
      'October 1, 2026',
      'Adopter l’énoncé de raison d’être pour 12 mois?',
      'Consent',
      'Yes (12 of 16; threshold 50%)',
      'Adopted — Raison d’être adoptée',
    ]);
    expect(log.rows[2]![4]).toBe('No (5 of 16; threshold 50%)');
  });

  it('keeps every contact detail out of the sponsor copy, wherever it was typed', () => {
    const w1 = {
      ...exampleWorkshops[1],
      sponsors: [
        { person: { name: 'Hélène Bouchard' }, role: 'DQEPE', expectations: 'Écrire à helene.bouchard@cisss.example ou au 514 555-0199.' },
      ],
    };
    const input = buildCharterInput({
      workshops: buildWorkshops({ 1: w1 }),
      members: [
        { userId: 'nadia', name: 'Nadia Tremblay (nadia.tremblay@cisss.example)', role: 'facilitator' },
        { userId: 'marc', name: 'Marc-André Gagnon, +1 (418) 555-0142', role: 'member' },
      ],
    });
    const internal = texts(buildCharter(input));
    expect(internal).toContain('helene.bouchard@cisss.example');
    const sponsor = buildCharter({ ...input, audience: 'sponsors' });
    const all = texts(sponsor);
    for (const secret of ['helene.bouchard@cisss.example', 'nadia.tremblay@cisss.example', '514 555-0199', '(418) 555-0142'])
      expect(all).not.toContain(secret);
    expect(all).toContain('[coordonnées retirées]');
    expect(all).toContain('Nadia Tremblay');
    expect(sponsor.cover.note).toBe(translate('fr', 'doc.cover.copy.sponsors'));
    // Dates and amounts are not phone numbers.
    expect(all).toContain('1 décembre 2027');
    expect(all).toContain('3\u00a0000');
  });
});
