// Every CSV the product writes goes through csv-stringify with formula escaping: a cell that
// starts with =, +, -, @, a tab or a carriage return gets a leading ' (OWASP "CSV injection"),
// since names and descriptions come from the public form and a spreadsheet would run them.
// Numbers stay numbers (a negative figure is not text). Lines end in CRLF, as Excel writes them.
import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | null;

/** The BOM that lets Excel open a UTF-8 file with its Chinese intact. */
export const CSV_BOM = '\uFEFF';

/** Rows as CSV text, each line ending in CRLF. */
export function csvLines(rows: CsvCell[][]): string {
  // A lone CR or LF is quoted too (csv-stringify quotes only the whole record delimiter).
  return stringify(rows, {
    escape_formulas: true,
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
    cast: { number: (n) => String(n) },
  });
}
