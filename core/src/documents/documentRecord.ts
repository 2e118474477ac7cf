/** The kinds of document Élan writes. */
export type DocumentKind = 'charter' | 'impactReport' | 'legacy';

/** One generated document, kept for the version history and for audit. */
export interface DocumentRecord {
  kind: DocumentKind;
  /** Increases by one for each generation of that kind in a community. */
  version: number;
  language: 'fr' | 'en';
  /** Sponsor copies leave out members' contact details. */
  audience: 'facilitators' | 'sponsors';
  generatedAt: string;
  generatedBy: { userId: string; name: string };
  /** SHA-256 of the file, hex. */
  sha256: string;
  bytes: number;
}

/** A concurrent generation already recorded the version number this one printed: generate again. */
export class VersionTakenError extends Error {
  constructor(readonly version: number) {
    super(`document version ${version} was taken by a concurrent generation`);
  }
}
