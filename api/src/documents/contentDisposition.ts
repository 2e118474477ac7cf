/** The MIME type of a Word document. */
export const docxContentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * `attachment` with an ASCII file name for old clients (accents dropped, anything unsafe replaced) and the
 * exact UTF-8 name in `filename*` (RFC 6266 / RFC 8187) for everyone else.
 */
export function attachment(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/[^\x20-\x7e]|["\\;%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
