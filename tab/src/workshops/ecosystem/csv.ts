/**
 * CSV as spreadsheets write it (RFC 4180): quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM, and either
 * commas or semicolons between fields (French-language Excel uses semicolons).
 */

/** Characters that make a spreadsheet read a cell as a formula (CSV injection). */
const formulaStart = /^[=+\-@\t\r]/;

/** A cell that cannot run as a formula: one starting with = + - @ (or a tab / carriage return) gets a leading apostrophe. */
export function neutralise(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

/** Undoes `neutralise` on import, so an exported file comes back as it was. */
export function unneutralise(cell: string): string {
  return cell.startsWith("'") && formulaStart.test(cell.slice(1)) ? cell.slice(1) : cell;
}

function quote(cell: string, delimiter: string): string {
  return /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Writes rows as CSV with a BOM (so spreadsheets read UTF-8), CRLF line ends and neutralised cells. */
export function toCsv(rows: readonly (readonly string[])[], delimiter: ',' | ';' = ','): string {
  return `\uFEFF${rows.map((row) => row.map((cell) => quote(neutralise(cell), delimiter)).join(delimiter)).join('\r\n')}\r\n`;
}

/** The delimiter of a file, guessed from its first line (outside quotes). */
export function guessDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Reads CSV into rows of cells; blank lines are skipped. An unclosed quote runs to the end of the file. */
export function parseCsv(input: string, delimiter: ',' | ';' = guessDelimiter(input.replace(/^\uFEFF/, ''))): string[][] {
  const text = input.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(cell);
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else if (ch === '\n' || ch === '\r') endRow();
    else cell += ch;
    i++;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}
