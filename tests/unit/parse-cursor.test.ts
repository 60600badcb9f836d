import { describe, expect, it } from 'vitest';
import { parseCursor } from '@/lib/cases/parse-cursor';
import { listParamProblems } from '@/lib/cases/list-params';

describe('parseCursor', () => {
  it('reads a dated and an undated place', () => {
    expect(parseCursor('2026-03-04|17')).toEqual({ key: '2026-03-04', id: 17 });
    expect(parseCursor('|999999999')).toEqual({ key: null, id: 999_999_999 });
  });
  it('is no place for anything else, a date that does not exist included', () => {
    for (const c of [undefined, '', '17', '2026-02-30|17', '2026-3-4|17', '|', '|1234567890', '|-1', '|1e3', '2026-03-04|17|', ' |17'])
      expect(parseCursor(c)).toBeNull();
  });
  it('is what the list checks a cursor by: each one it refuses is named in Chinese', () => {
    for (const cursor of ['2026-03-04|17', '|5', '2026-02-30|17', '|x', 'abc'])
      expect(listParamProblems({ cursor }).some((p) => p.field === 'cursor')).toBe(parseCursor(cursor) === null);
    expect(listParamProblems({ cursor: '|x' })[0].message).toBe('翻页参数无效，请从第一页重新查看');
  });
});
