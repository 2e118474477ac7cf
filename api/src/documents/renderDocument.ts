import { createHash } from 'node:crypto';
import type { DocumentModel } from '@elan/core/documents/charter/documentModel';
import type { DocumentRenderer } from '@elan/core/documents/documentRenderer';
import { renderChart } from './charts/renderChart';
import { writeDocx } from './docxWriter';

/** A finished Word file with what the document record needs. */
export interface RenderedDocument {
  bytes: Buffer;
  sha256: string;
}

/** Renders the model's figures to PNG, then writes the .docx. */
export async function renderDocument(model: DocumentModel): Promise<RenderedDocument> {
  const figures = model.blocks.flatMap((b) => (b.type === 'figure' ? [renderChart(b.chart)] : []));
  const bytes = await writeDocx(model, figures);
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Core's document renderer: every document Élan writes is a Word file. */
export const docxRenderer: DocumentRenderer = {
  async render(model, name) {
    return { ...(await renderDocument(model)), fileName: `${name}.docx` };
  },
};
