import { describe, expect, it } from 'vitest';
import { firstItems } from '@/lib/cases/list-cases-json';

// PostgreSQL's json_agg writes elements separated by ", \n " (a raw line break only there).
const agg = (xs: unknown[]) => '[' + xs.map((x) => JSON.stringify(x)).join(', \n ') + ']';

describe('firstItems: a page cut from json_agg text', () => {
  const rows = [
    { id: 1, name: '张三, \n {"id": 9}' },
    { id: 2, name: '}, {' },
    { id: 3, name: '李四\n王五' },
  ];

  it('keeps every element when no more than the limit came back', () => {
    expect(firstItems(agg(rows), 3)).toEqual({ items: agg(rows), last: null });
    expect(firstItems(agg(rows), 5).last).toBeNull();
    expect(firstItems(null, 3)).toEqual({ items: '[]', last: null });
  });

  it('drops the extra element and returns the last one kept, whatever the names contain', () => {
    for (const limit of [1, 2]) {
      const { items, last } = firstItems(agg(rows), limit);
      expect(JSON.parse(items)).toEqual(rows.slice(0, limit));
      expect(JSON.parse(last!)).toEqual(rows[limit - 1]);
    }
  });
});
