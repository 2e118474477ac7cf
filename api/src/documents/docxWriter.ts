import { AlignmentType, Document, Footer, Header, Packer, PageBreak, PageNumber, Paragraph, TextRun } from 'docx';
import type { Cover, DocumentModel } from '@elan/core/documents/charter/documentModel';
import type { Png } from './charts/renderChart';
import { corePropertiesXml } from './coreProperties';
import { blocksToDocx } from './docxBlocks';
import { bulletNumbering, colors, documentStyles, page } from './docxStyles';

function coverPage(cover: Cover): Paragraph[] {
  const out = [
    new Paragraph({
      spacing: { before: 2400, after: 240 },
      children: [new TextRun({ text: cover.kicker.toUpperCase(), size: 24, color: colors.accent, bold: true })],
    }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: cover.title, size: 56, bold: true, color: colors.heading })] }),
  ];
  if (cover.subtitle.trim() !== '') {
    out.push(
      new Paragraph({
        spacing: { after: 720 },
        children: [new TextRun({ text: cover.subtitle, size: 28, italics: true, color: colors.muted })],
      }),
    );
  }
  for (const f of cover.facts) {
    out.push(
      new Paragraph({
        spacing: { after: 80 },
        children: [new TextRun({ text: f.label, bold: true, color: colors.heading }), new TextRun({ text: `\u2003${f.value}` })],
      }),
    );
  }
  out.push(new Paragraph({ spacing: { before: 1200 }, children: [new TextRun({ text: cover.note, italics: true, color: colors.muted })] }));
  out.push(new Paragraph({ children: [new PageBreak()] }));
  return out;
}

/** "Page {page} of {pages}" with page-number fields in place of the placeholders. */
function footerRuns(template: string): TextRun[] {
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => {
      if (part === '{page}') return new TextRun({ children: [PageNumber.CURRENT], size: 18, color: colors.muted });
      if (part === '{pages}') return new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18, color: colors.muted });
      return new TextRun({ text: part, size: 18, color: colors.muted });
    });
}

/**
 * Writes a document model as a .docx file. `figures` are the PNGs of the model's figures, in order.
 * The cover is the first page of the only section, so it gets no running header or footer.
 */
export async function writeDocx(model: DocumentModel, figures: readonly Png[]): Promise<Buffer> {
  const doc = new Document({
    title: model.properties.title,
    subject: model.properties.subject,
    creator: model.properties.creator,
    description: model.properties.description,
    keywords: model.properties.keywords,
    lastModifiedBy: model.properties.creator,
    styles: documentStyles(model.properties.language),
    numbering: bulletNumbering,
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: page.width, height: page.height },
            margin: { top: page.margin, bottom: page.margin, left: page.margin, right: page.margin },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: model.runningHeader, size: 18, color: colors.muted })],
              }),
            ],
          }),
        },
        footers: {
          first: new Footer({ children: [new Paragraph({ children: [] })] }),
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: footerRuns(model.runningFooter) })],
          }),
        },
        children: [...coverPage(model.cover), ...blocksToDocx(model.blocks, figures)],
      },
    ],
  });
  return Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: corePropertiesXml(model.properties) }]);
}
