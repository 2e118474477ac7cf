import {
  AlignmentType,
  BorderStyle,
  type FileChild,
  HeadingLevel,
  ImageRun,
  LeaderType,
  PageBreak,
  Paragraph,
  ShadingType,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block } from '@elan/core/documents/charter/documentModel';
import type { Png } from './charts/renderChart';
import { colors, textWidth } from './docxStyles';

type Paragraphish = Extract<Block, { type: 'paragraph' }>;

const toneStyle: Record<Paragraphish['tone'], string | undefined> = {
  normal: undefined,
  quote: 'ElanQuote',
  note: 'ElanNote',
  toComplete: 'ElanToComplete',
};
const headingLevel = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Figures are drawn 6.3 inches wide (at 96 px to the inch), the text width with a little air. */
const figureWidthPx = 605;

const thin = { style: BorderStyle.SINGLE, size: 4, color: colors.rule };
const tableBorders = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };

// Margins and widths live on the table, not on each cell: a 300-row stakeholder table is thousands of cells.
function tableCell(text: string, header: boolean): TableCell {
  return new TableCell({
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: colors.headerFill, color: 'auto' } } : {}),
    children: [new Paragraph({ style: 'ElanTableText', children: [header ? new TextRun({ text, bold: true }) : new TextRun(text)] })],
  });
}

function table(block: Extract<Block, { type: 'table' }>): Table {
  const total = block.columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = block.columns.map((c) => Math.floor((textWidth * c.weight) / total));
  const row = (cells: string[], header = false) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: widths.map((_, i) => tableCell(cells[i] ?? '', header)),
    });
  const rows = [
    row(
      block.columns.map((c) => c.title),
      true,
    ),
    ...block.rows.map((r) => row(r)),
  ];
  if (block.totals) rows.push(row(block.totals, true));
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 60, bottom: 60, left: 90, right: 90 },
    borders: tableBorders,
    rows,
  });
}

function figure(block: Extract<Block, { type: 'figure' }>, png: Png, index: number): Paragraph[] {
  const height = Math.round((figureWidthPx * png.height) / png.width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: png.data,
          transformation: { width: figureWidthPx, height },
          altText: { name: `figure-${index + 1}`, title: block.caption, description: block.alt },
        }),
      ],
    }),
    new Paragraph({ style: 'ElanCaption', children: [new TextRun(block.caption)] }),
  ];
}

/** Turns the model's blocks into docx paragraphs and tables; `figures` holds each figure's PNG in order. */
export function blocksToDocx(blocks: readonly Block[], figures: readonly Png[]): FileChild[] {
  const out: FileChild[] = [];
  let figureIndex = 0;
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
        out.push(new Paragraph({ heading: headingLevel[b.level], children: [new TextRun(b.text)] }));
        break;
      case 'paragraph':
        out.push(
          new Paragraph({
            ...(toneStyle[b.tone] ? { style: toneStyle[b.tone] } : {}),
            children: b.runs.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic })),
          }),
        );
        break;
      case 'bullets':
        for (const item of b.items)
          out.push(new Paragraph({ numbering: { reference: 'elan-bullets', level: 0 }, children: [new TextRun(item)] }));
        break;
      case 'table':
        out.push(table(b), new Paragraph({ spacing: { after: 60 }, children: [] }));
        break;
      case 'figure':
        out.push(...figure(b, figures[figureIndex]!, figureIndex));
        figureIndex++;
        break;
      case 'tocField':
        out.push(new Paragraph({ children: [new TextRun({ text: b.title, bold: true, size: 28, color: colors.heading })] }));
        out.push(new TableOfContents(b.title, { hyperlink: true, headingStyleRange: '1-2' }));
        break;
      case 'contents':
        out.push(
          new Paragraph({
            spacing: { before: 360 },
            children: [new TextRun({ text: b.title, bold: true, size: 28, color: colors.heading })],
          }),
        );
        for (const e of b.entries) {
          out.push(
            new Paragraph({
              tabStops: [{ type: TabStopType.RIGHT, position: textWidth, leader: LeaderType.DOT }],
              children: [
                new TextRun(e.text),
                ...(e.note ? [new TextRun({ text: `\t${e.note}`, italics: true, color: colors.muted })] : []),
              ],
            }),
          );
        }
        break;
      case 'pageBreak':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  return out;
}
