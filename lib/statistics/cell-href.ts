// Where a number of the year table leads: the case list filtered to the cases that cell counts.
import { kindOfColumn, type FormatId } from './formats';

/** `columns`: how many number columns the cell's section has (the applicant kinds, or one). */
export function cellCasesHref(format: FormatId, year: number, code: string, col: number, columns: number): string {
  const kind = kindOfColumn(format, col, columns);
  return `/cases?view=all&cell=${format}:${code}&year=${year}${kind ? `&kind=${kind}` : ''}`;
}
