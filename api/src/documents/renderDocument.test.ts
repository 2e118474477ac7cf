import { createHash } from 'node:crypto';
import { buildCharter } from '@elan/core/documents/charter/buildCharter';
import { buildCharterInput, buildEcosystem, buildWorkshops } from '@elan/core/documents/charter/exampleCharterInput';
import type { MessageKey } from '@elan/core/i18n/fr';
import { type Locale, translate } from '@elan/core/i18n/translate';
import { buildImpactReport } from '@elan/core/documents/report/buildImpactReport';
import { buildImpactReportInput } from '@elan/core/documents/report/exampleReportInput';
import { renderDocument } from './renderDocument';
import { type Docx, leakedPlaceholders, packageProblems, pngSignature, readDocx } from './testing/docxInspector';

const reportSections = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `doc.report.s${n}` as MessageKey);

async function render(model: Parameters<typeof renderDocument>[0]): Promise<{ docx: Docx; bytes: Buffer; sha256: string }> {
  const { bytes, sha256 } = await renderDocument(model);
  return { docx: readDocx(bytes), bytes, sha256 };
}

function expectCleanText(docx: Docx) {
  for (const p of docx.paragraphs) expect({ p, leak: leakedPlaceholders.test(p) }).toEqual({ p, leak: false });
}

describe('renderDocument: the full impact report from factory inputs', () => {
  it.each(['fr', 'en'] as Locale[])('writes a valid package with every section, three charts and no leaks (%s)', async (language) => {
    const { docx, bytes, sha256 } = await render(buildImpactReport(buildImpactReportInput({ language })));
    expect(sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(packageProblems(docx.files)).toEqual([]);
    for (const key of reportSections) expect(docx.paragraphs).toContain(translate(language, key));
    // Participation over time, indicators per value cycle, compass radar.
    expect(docx.images).toHaveLength(3);
    for (const png of docx.images) expect(png.subarray(0, 8)).toEqual(pngSignature);
    expectCleanText(docx);
    const text = docx.paragraphs.join('\n');
    expect(text).toContain(translate(language, 'doc.report.notEnough', { n: 3, min: 5 }));
    expect(text).toContain('Marc-André Gagnon');
    expect(text).not.toContain('Julie Secret');
    expect(text).not.toContain('Paul Interne');
    expect(text).not.toContain('(r3)');
    expect(text).not.toMatch(/@example\.org/);
    expect(docx.xml('docProps/core.xml')).toContain(`<dc:language>${language}-CA</dc:language>`);
  });

  it('says plainly when meetings, surveys, stories and compass runs have no data yet', async () => {
    const input = buildImpactReportInput({ meetings: [], surveys: [], stories: [], compass: [], measurements: [], decisions: [] });
    const { docx } = await render(buildImpactReport(input));
    expect(packageProblems(docx.files)).toEqual([]);
    const noData = docx.paragraphs.filter((p) => p === translate('fr', 'doc.report.noData'));
    expect(noData.length).toBeGreaterThanOrEqual(4);
    expect(docx.images).toHaveLength(0);
    expectCleanText(docx);
  });
});

describe('renderDocument: the charter', () => {
  it('draws the ecosystem map of a 300-stakeholder community and lists every stakeholder', async () => {
    const input = buildCharterInput({ workshops: buildWorkshops({ 5: buildEcosystem(300, 1000) }) });
    const { docx } = await render(buildCharter(input));
    expect(packageProblems(docx.files)).toEqual([]);
    expect(docx.images).toHaveLength(1);
    expect(docx.images[0]!.subarray(0, 8)).toEqual(pngSignature);
    const document = docx.xml('word/document.xml');
    expect(document).toContain('descr="Grille pouvoir-intérêt');
    for (const name of ['Partie prenante 1', 'Partie prenante 150', 'Partie prenante 299']) expect(docx.paragraphs).toContain(name);
    expectCleanText(docx);
  });

  it('writes the running header, page-number fields, a TOC field and the static contents list', async () => {
    const { docx } = await render(buildCharter(buildCharterInput({ language: 'en' })));
    const headers = [...docx.files.keys()].filter((n) => /^word\/header\d*\.xml$/.test(n)).map((n) => docx.xml(n));
    expect(headers.join('')).toContain('Partenaires en action · Charter · version 3');
    const footers = [...docx.files.keys()]
      .filter((n) => /^word\/footer\d*\.xml$/.test(n))
      .map((n) => docx.xml(n))
      .join('');
    expect(footers).toMatch(/PAGE/);
    expect(footers).toMatch(/NUMPAGES/);
    const document = docx.xml('word/document.xml');
    expect(document).toMatch(/<w:instrText[^>]*>TOC /);
    expect(docx.paragraphs).toContain('Outline of this document');
    expect(docx.paragraphs).toContain('1. Identity and purpose\tDone');
    const core = docx.xml('docProps/core.xml');
    expect(core).toContain('<dc:title>Charter — Partenaires en action</dc:title>');
    expect(core).toContain('<dc:creator>Élan</dc:creator>');
    expect(core).toContain('<dc:subject>How the Partenaires en action community of practice works</dc:subject>');
  });
});
