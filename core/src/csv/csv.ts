/**
 * CSV as spreadsheets write and read it (RFC 4180): quoted fields, doubled quotes, CRLF line ends, a UTF-8 byte
 * order mark, and either commas or semicolons between fields (French-language Excel uses semicolons). Every cell
 * written goes through the formula guard, for the data export and the workshop tables alike.
 */

/** A cell value as exports hold it; objects and arrays are written as JSON. */
export type CsvValue = string | number | boolean | null | undefined | object;

/** The field separator: a comma, or the semicolon French-language spreadsheets expect. */
export type CsvDelimiter = ',' | ';';

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
const formulaStart = /^[=+\-@\t\r]/;

/** A text that cannot run as a formula: one starting with = + - @ (or a tab / carriage return) gets a leading `'`. */
export function neutralise(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** Undoes `neutralise` on import, so an exported file comes back as it was. */
export function unneutralise(cell: string): string {
  return cell.startsWith("'") && formulaStart.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/**
 * Makes one cell safe and well-formed: text a spreadsheet would run as a formula gets a leading `'`
 * (OWASP's advice; the cell then shows as typed), and cells with quotes, the delimiter or line breaks are quoted.
 * Numbers and booleans are written as they are: a negative number is data, not a formula.
 */
export function csvCell(value: CsvValue, delimiter: CsvDelimiter = ','): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value === 'string' || typeof value === 'object') text = neutralise(text);
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

// The byte order mark makes spreadsheets read the file as UTF-8 (accents), CRLF is what RFC 4180 asks.
const csvFile = (lines: readonly string[]) => `\ufeff${lines.join('\r\n')}\r\n`;

/** Writes rows of cells as CSV (the first row is the header), every cell through `csvCell`. */
export function toCsv(rows: readonly (readonly CsvValue[])[], delimiter: CsvDelimiter = ','): string {
  return csvFile(rows.map((row) => row.map((cell) => csvCell(cell, delimiter)).join(delimiter)));
}

/**
 * Writes records as CSV. The columns are the union of the rows' keys, in first-seen order, or `columns` when given.
 */
export function writeCsv(rows: readonly Record<string, CsvValue>[], columns?: readonly string[]): string {
  const header = columns ?? [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return toCsv([header, ...rows.map((row) => header.map((column) => row[column]))]);
}

/** The delimiter of a file, guessed from its first line (outside quotes). */
export function guessDelimiter(text: string): CsvDelimiter {
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
export function parseCsv(input: string, delimiter: CsvDelimiter = guessDelimiter(input.replace(/^\uFEFF/, ''))): string[][] {
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

/** Folds a word typed in a CSV for matching headers and labels: no accents, lower case, trimmed. */
export function foldWord(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase()
    .trim();
}
