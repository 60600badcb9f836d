// Where a number of the year table leads: the case list filtered to the cases that cell counts.
import { KIND_COLUMNS, type FormatId } from './formats';

/** `columns`: how many number columns the cell's section has (the applicant kinds, or one). */
export function cellCasesHref(format: FormatId, year: number, code: string, col: number, columns: number): string {
  const kind = format !== '2017' && columns === KIND_COLUMNS.length && KIND_COLUMNS[col] !== 'total' ? `&kind=${KIND_COLUMNS[col]}` : '';
  return `/cases?view=all&cell=${format}:${code}&year=${year}${kind}`;
}
