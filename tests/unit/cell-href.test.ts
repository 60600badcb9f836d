import { describe, expect, it } from 'vitest';
import { cellCasesHref } from '@/lib/statistics/cell-href';
import { KIND_COLUMNS } from '@/lib/statistics/formats';

describe('cellCasesHref: where a year-table number leads', () => {
  it('narrows to the applicant kind in a kind column of the 2019/2021 tables, not in the total', () => {
    const n = KIND_COLUMNS.length;
    expect(cellCasesHref('2021', 2025, '3.1', 0, n)).toBe('/cases?view=all&cell=2021:3.1&year=2025&kind=natural');
    expect(cellCasesHref('2021', 2025, '3.1', n - 1, n)).toBe('/cases?view=all&cell=2021:3.1&year=2025');
    expect(cellCasesHref('2019', 2024, '3.1', 1, n)).toBe(`/cases?view=all&cell=2019:3.1&year=2024&kind=${KIND_COLUMNS[1]}`);
  });

  it('never adds a kind in the 2017 table or in a section whose columns are not the kinds', () => {
    expect(cellCasesHref('2017', 2017, '3.3.4.1', 0, 1)).toBe('/cases?view=all&cell=2017:3.3.4.1&year=2017');
    expect(cellCasesHref('2021', 2025, '4.review.upheld', 0, KIND_COLUMNS.length + 3)).toBe(
      '/cases?view=all&cell=2021:4.review.upheld&year=2025',
    );
  });
});
