import { describe, expect, it } from 'vitest';
import { asDate, compiledOnce, qb } from '@/lib/db/kysely';

// A statement compiled once must give, for any values, exactly what building it afresh gives.
const fresh = (from: string, agency: number) =>
  qb
    .selectFrom('disclosure_case')
    .select('id')
    .where((eb) => eb.and([eb('agency_id', '=', agency), eb('received_on', '>=', asDate(from)), eb('request_kind', '=', 'application')]))
    .compile();

describe('compiledOnce: one build, each call bound to its own values', () => {
  let builds = 0;
  const once = compiledOnce({ from: '', agency: 0 }, (s) => {
    builds++;
    return qb
      .selectFrom('disclosure_case')
      .select('id')
      .where((eb) =>
        eb.and([eb('agency_id', '=', s.agency), eb('received_on', '>=', asDate(s.from)), eb('request_kind', '=', 'application')]),
      );
  });

  it('binds every placeholder to the call’s value and keeps the statement’s own constants', () => {
    for (const [from, agency] of [
      ['2025-01-01', 1],
      ['2017-06-30', 42],
    ] as const) {
      const got = once({ from, agency }).compile();
      const want = fresh(from, agency);
      expect(got.sql).toBe(want.sql);
      expect(got.parameters).toEqual(want.parameters);
    }
    expect(builds).toBe(1);
  });

  it('leaves no call’s values in another’s statement', () => {
    const a = once({ from: '2020-01-01', agency: 7 });
    const b = once({ from: '2021-01-01', agency: 8 });
    expect(b.compile().parameters).toEqual([8, '2021-01-01', 'application']);
    expect(a.compile().parameters).toEqual([7, '2020-01-01', 'application']);
  });
});
