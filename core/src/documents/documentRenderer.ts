import type { DocumentModel } from './charter/documentModel';

/** A document written to a file, with what its record needs. */
export interface RenderedDocument {
  bytes: Uint8Array;
  /** The file name: the given name with the format's extension. */
  fileName: string;
  /** SHA-256 of `bytes`, hex: the record proves which file a version was. */
  sha256: string;
}

/**
 * Port for writing a document model to a file (the host's Word writer and chart renderer). Core builds
 * the model and the name; how it becomes bytes is the host's.
 */
export interface DocumentRenderer {
  /** Writes the model; `name` is the file name without extension. */
  render(model: DocumentModel, name: string): Promise<RenderedDocument>;
}
