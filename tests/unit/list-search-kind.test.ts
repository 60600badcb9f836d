import { describe, expect, it } from 'vitest';
import { pageQuery, preparable, searchKind } from '@/lib/cases/list-cases';

const actor = { userId: 7, agencyId: 3 };

describe('how a list search is looked for and planned', () => {
  it('tells tracking numbers, two characters and longer text apart', () => {
    expect(searchKind('')).toBeNull();
    expect(searchKind('2017-0042')).toBe('tracking');
    expect(searchKind('张三')).toBe('bigram');
    expect(searchKind('𠮷野')).toBe('bigram'); // two characters, three UTF-16 units
    expect(searchKind('张三丰')).toBe('substring');
    expect(searchKind('a')).toBe('substring');
  });

  it('prepares every list statement except a substring search, whose plan depends on the text', () => {
    expect(preparable({ q: '张三' })).toBe(true);
    expect(preparable({ view: 'mine', status: 'active' })).toBe(true);
    expect(preparable({ q: '张三丰' })).toBe(false);
    // The bigram token reaches PostgreSQL as a subquery's value, carrying the office.
    const { sql, parameters } = pageQuery(actor, { q: '张三' }).page.selectAll().compile();
    expect(sql).toContain('(SELECT ARRAY[');
    expect(parameters).toContain('3:张三');
  });

  it('pages by a whole number of rows between 1 and 200, whatever the client asked', () => {
    expect(pageQuery(actor, { limit: 50.5 }).limit).toBe(50);
    expect(pageQuery(actor, { limit: Number.NaN }).limit).toBe(50);
    expect(pageQuery(actor, { limit: 0 }).limit).toBe(1);
    expect(pageQuery(actor, { limit: Infinity }).limit).toBe(50);
    expect(pageQuery(actor, { limit: 1e9 }).limit).toBe(200);
  });
});
