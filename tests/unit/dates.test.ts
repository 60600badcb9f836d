import { describe, expect, it } from 'vitest';
import { addDays, weekday } from '@/lib/shared/dates';

// The reference: the same arithmetic through Date in UTC.
const viaDate = (d: string, n: number) => {
  const t = new Date(d + 'T00:00:00Z');
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
};

describe('day arithmetic without Date', () => {
  it('agrees with Date on every day from 1899 to 2101, stepping by one and by long spans', () => {
    let checked = 0;
    const wrong: string[] = [];
    for (let d = '1899-01-01'; d < '2102-01-01'; d = viaDate(d, 1)) {
      for (const n of [1, -1, 0, 29, -366, 3660]) if (addDays(d, n) !== viaDate(d, n)) wrong.push(`${d}+${n}`);
      if (weekday(d) !== new Date(d + 'T00:00:00Z').getUTCDay()) wrong.push(`weekday ${d}`);
      checked++;
    }
    expect(wrong).toEqual([]);
    expect(checked).toBe(74144); // 203 years
  });

  it('crosses month ends, leap days and century rules', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2017-12-31', 1)).toBe('2018-01-01');
    expect(addDays('2018-01-01', -1)).toBe('2017-12-31');
    expect(weekday('2017-05-23')).toBe(2); // a Tuesday
  });
});
