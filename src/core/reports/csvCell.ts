/**
 * CSV cells that spreadsheet programs read as the text they are: every text
 * cell is quoted (quotes doubled, so commas and line breaks stay inside it),
 * and one that a spreadsheet would take for a formula (starting with =, +, -,
 * @, a tab or a carriage return, also after leading spaces) gets a leading
 * apostrophe. Numbers the extension computed are written as plain numbers.
 */

export type CsvCell = { readonly text: string } | { readonly number: number | null };

export const textCell = (text: string): CsvCell => ({ text });
export const numberCell = (value: number | null): CsvCell => ({ number: value });

const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r]/;

/** Prefixes text a spreadsheet would run as a formula with an apostrophe. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvCell(cell: CsvCell): string {
  if ('number' in cell) {
    return cell.number === null || !Number.isFinite(cell.number) ? '' : String(cell.number);
  }
  // Lone NULs and other C0 controls other than tab and line breaks confuse some readers; drop them.
  // eslint-disable-next-line no-control-regex
  const clean = String(cell.text ?? '').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
  return quoted(neutraliseFormula(clean));
}

/** Rows joined with CRLF (RFC 4180) after a UTF-8 byte order mark, so Excel reads the text as UTF-8. */
export function csvDocument(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
