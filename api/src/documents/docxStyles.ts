import { AlignmentType, type INumberingOptions, type IStylesOptions, LevelFormat, LineRuleType } from 'docx';

/** Text colours of the documents: dark blue headings, grey for notes. */
export const colors = { heading: '1F3864', accent: '2E75B6', muted: '595959', rule: 'BFBFBF', headerFill: 'DCE6F2' } as const;

/** Page geometry (US Letter, 1-inch margins), in twentieths of a point. */
export const page = { width: 12_240, height: 15_840, margin: 1_440 } as const;
/** Text width: where tables and the contents list's right tab end. */
export const textWidth = page.width - 2 * page.margin;

/** Paragraph and heading styles; `language` sets proofing so Word checks the right language. */
export function documentStyles(language: string): IStylesOptions {
  const heading = (size: number, before: number) => ({
    run: { font: 'Calibri', size, bold: true, color: colors.heading },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: 'Calibri', size: 22, language: { value: language } },
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      heading1: heading(32, 360),
      heading2: heading(26, 240),
      heading3: heading(23, 200),
    },
    paragraphStyles: [
      {
        id: 'ElanQuote',
        name: 'Élan quote',
        basedOn: 'Normal',
        run: { italics: true, color: colors.heading },
        paragraph: { indent: { left: 567 }, border: { left: { style: 'single', size: 12, color: colors.accent, space: 8 } } },
      },
      { id: 'ElanNote', name: 'Élan note', basedOn: 'Normal', run: { italics: true, size: 20, color: colors.muted } },
      { id: 'ElanToComplete', name: 'Élan to complete', basedOn: 'Normal', run: { italics: true, color: colors.muted } },
      {
        id: 'ElanCaption',
        name: 'Élan caption',
        basedOn: 'Normal',
        run: { italics: true, size: 19, color: colors.muted },
        paragraph: { alignment: AlignmentType.CENTER },
      },
      {
        id: 'ElanTableText',
        name: 'Élan table text',
        basedOn: 'Normal',
        run: { size: 19 },
        paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
    ],
  };
}

/** One bullet list definition shared by every list. */
export const bulletNumbering: INumberingOptions = {
  config: [
    {
      reference: 'elan-bullets',
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '•',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 567, hanging: 283 } } },
        },
      ],
    },
  ],
};
