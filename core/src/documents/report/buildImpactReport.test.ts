import { buildDecision, buildDocumentRecord, buildWorkshops } from '../charter/exampleCharterInput';
import { type DocumentModel, modelTexts } from '../charter/documentModel';
import { type Locale, translate } from '../../i18n/translate';
import { exampleWorkshops } from '../../workshops/exampleWorkshops';
import { buildImpactReport } from './buildImpactReport';
import { buildCompass, buildImpactReportInput, buildSurvey } from './exampleReportInput';

const leak = /\bundefined\b|\bnull\b|\[object Object\]|\bNaN\b|\{\w+\}/;
const texts = (m: DocumentModel) => modelTexts(m).filter((t) => t !== m.runningFooter);
const figures = (m: DocumentModel) => m.blocks.flatMap((b) => (b.type === 'figure' ? [b.chart.kind] : []));

describe('buildImpactReport', () => {
  it.each(['fr', 'en'] as Locale[])('has the nine sections, three charts and no leaks in %s', (language) => {
    const model = buildImpactReport(buildImpactReportInput({ language }));
    const h1 = model.blocks.flatMap((b) => (b.type === 'heading' && b.level === 1 ? [b.text] : []));
    expect(h1).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => translate(language, `doc.report.s${n}` as 'doc.report.s1')));
    expect(figures(model)).toEqual(['timeSeries', 'bars', 'radar']);
    for (const text of texts(model)) expect({ text, leak: leak.test(text) }).toEqual({ text, leak: false });
  });

  it('hides survey and compass results below 5 answers, or below the community’s own higher threshold', () => {
    const all = texts(buildImpactReport(buildImpactReportInput({ language: 'en' }))).join('\n');
    expect(all).toContain('Not enough answers to report: 3 answers, at least 5 needed.');
    expect(all).toContain('Compass of October 30, 2026: not enough answers to report (2; at least 5 needed).');
    const strict = { ...exampleWorkshops[6], pulse: { itemIds: ['a', 'b', 'c', 'd'], frequency: 'quarter', minRespondents: 13 } };
    const input = buildImpactReportInput({
      language: 'en',
      workshops: buildWorkshops({ 6: strict }),
      surveys: [buildSurvey('S1', 12, '2026-07-15')],
      compass: [buildCompass('2026-05-20', 12, 3)],
    });
    const model = buildImpactReport(input);
    const strictText = texts(model).join('\n');
    expect(strictText).toContain('Not enough answers to report: 12 answers, at least 13 needed.');
    expect(strictText).not.toContain('Nos rencontres valent le temps');
    expect(figures(model)).not.toContain('radar');
  });

  it('publishes only consented stories, and an anonymised one without its author', () => {
    const all = texts(buildImpactReport(buildImpactReportInput({ language: 'en' }))).join('\n');
    expect(all).toContain('Told by Marc-André Gagnon');
    expect(all).toContain('Anonymised story');
    expect(all).not.toContain('Julie Secret');
    expect(all).not.toContain('(r3)');
    expect(all).toContain('Other stories kept internal at their authors’ request: 1.');
  });

  it('scrubs contact details from every input, open answers included', () => {
    const all = texts(buildImpactReport(buildImpactReportInput())).join('\n');
    expect(all).not.toContain('anne.roy@example.org');
    expect(all).toContain('Écrire à [coordonnées retirées] pour le gabarit.');
  });

  it('says there is no data yet for what Élan does not store, and still builds from the decision log', () => {
    const input = buildImpactReportInput({ language: 'en', meetings: [], surveys: [], stories: [], compass: [], measurements: [] });
    const model = buildImpactReport(input);
    const all = texts(model).join('\n');
    expect(all).toContain(translate('en', 'doc.report.noMeetings'));
    expect(all).toContain(translate('en', 'doc.report.noMeasurements'));
    expect(all.split(translate('en', 'doc.report.noData')).length - 1).toBe(3);
    // Poll participation comes from the decision log, which is stored.
    expect(figures(model)).toEqual(['timeSeries']);
  });

  it('tells what changed since the previous report and derives next steps', () => {
    const input = buildImpactReportInput({
      language: 'en',
      workshops: buildWorkshops({ 2: {} }, '2026-08-01T00:00:00.000Z'),
      decisions: [buildDecision({ decidedAt: '2026-08-10T00:00:00.000Z' })],
      history: [buildDocumentRecord({ kind: 'impactReport', generatedAt: '2026-07-01T00:00:00.000Z' })],
    });
    const all = texts(buildImpactReport(input)).join('\n');
    expect(all).toContain('Since the previous report, of July 1, 2026:');
    expect(all).toContain('Workshop revised: Identity and purpose');
    expect(all).toContain('New decisions in the log: 1');
    expect(all).toContain('Complete workshop 2: Problem and project');
    expect(all).toContain('Have the charter adopted under the rule in its chapter 4');
    expect(all).toContain('Next compass: January 15, 2027');
  });
});
