import { describe, expect, it } from 'vitest';
import { listStatement, pageQuery, type ListActor, type ListFilter } from '@/lib/cases/list-cases';

// listStatement builds a page's statement once per shape of filter and binds each filter's values;
// pageQuery builds it for one filter. Both must give the same SQL with the same values, for every
// filter a list can be asked for — else a page would list another filter's cases.
const OPTIONS: Record<string, (string | undefined)[]> = {
  view: [undefined, 'mine', 'review', 'all'],
  status: [undefined, 'active', 'received', 'closed', 'bogus'],
  channel: [undefined, 'online', 'x'],
  kind: [undefined, 'person', 'y'],
  topic: [undefined, '交通'],
  disposition: [undefined, 'grant'],
  assignee: [undefined, 'none', '12', '1e3'],
  receivedFrom: [undefined, '2025-01-01', '2025-02-30'],
  dueBefore: [undefined, '2025-12-31'],
  q: [undefined, '张三', '2017-00', '王小二公司', '%_\\'],
  sort: [undefined, 'due', 'received', 'newest'],
  cursor: [undefined, '2026-01-05|17', '|42', 'bad'],
};
const ACTORS: ListActor[] = [
  { userId: 3, agencyId: 1, role: 'clerk' },
  { userId: 9, agencyId: 2, role: 'handler', departmentId: 4 },
];

/** Filters that vary every option against the others (a pseudo-random walk, the same each run). */
function* filters(n: number): Generator<[ListActor, ListFilter]> {
  let seed = 7;
  const next = (m: number) => (seed = (seed * 48271) % 2147483647) % m;
  for (let i = 0; i < n; i++) {
    const f: Record<string, unknown> = {};
    for (const [k, o] of Object.entries(OPTIONS)) {
      const v = o[next(o.length)];
      if (v !== undefined) f[k] = v;
    }
    if (next(3) === 0) f.trigramFirst = true;
    f.limit = [50, 2, 200, undefined][next(4)];
    yield [ACTORS[next(2)], f as ListFilter];
  }
}

type Page = ReturnType<typeof pageQuery>['page'];
const ids = (page: Page) => page.select('c.id');

describe('listStatement', () => {
  it('gives the SQL and values pageQuery builds for the same filter, page and undated rest alike', () => {
    const seen = new Set<string>();
    for (const [actor, f] of filters(300)) {
      const one = pageQuery(actor, f);
      const bound = listStatement(actor, f, ids).compile();
      const built = ids(one.page).compile();
      expect({ sql: bound.sql, values: bound.parameters }).toEqual({ sql: built.sql, values: built.parameters });
      if (one.undated) {
        const rest = listStatement(actor, f, ids, 9).compile();
        const restBuilt = ids(one.undated(9)).compile();
        expect({ sql: rest.sql, values: rest.parameters }).toEqual({ sql: restBuilt.sql, values: restBuilt.parameters });
      }
      seen.add(built.sql);
    }
    // The walk reached many shapes, not a few.
    expect(seen.size).toBeGreaterThan(250);
  });

  it('builds a shape once: another filter of that shape only binds its values', () => {
    let built = 0;
    const counting = (page: Page) => (built++, page.select('c.id'));
    const actor = ACTORS[0];
    const a = listStatement(actor, { view: 'mine', status: 'active', cursor: '2026-01-05|17' }, counting).compile();
    const b = listStatement({ ...actor, userId: 4 }, { view: 'mine', status: 'active', cursor: '2026-02-01|99' }, counting).compile();
    expect(built).toBe(1);
    expect(b.sql).toBe(a.sql);
    expect(b.parameters).not.toEqual(a.parameters);
    expect(b.parameters).toEqual(expect.arrayContaining([4, '2026-02-01', 99]));
  });
});
