/** A cell value as exports hold it; objects and arrays are written as JSON. */
export type CsvValue = string | number | boolean | null | undefined | object;

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Makes one cell safe and well-formed: text a spreadsheet would run as a formula gets a leading `'`
 * (OWASP's advice; the cell then shows as typed), and cells with quotes, commas or line breaks are quoted.
 * Numbers and booleans are written as they are: a negative number is data, not a formula.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value === 'string' || typeof value === 'object') {
    if (formulaStart.test(text)) text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes rows as CSV (RFC 4180, CRLF line ends) with a UTF-8 byte order mark so spreadsheets read accents
 * right. The columns are the union of the rows' keys, in first-seen order, or `columns` when given.
 */
export function writeCsv(rows: readonly Record<string, CsvValue>[], columns?: readonly string[]): string {
  const header = columns ?? [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const lines = [header.map(csvCell).join(','), ...rows.map((row) => header.map((column) => csvCell(row[column])).join(','))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
