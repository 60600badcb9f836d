import { describe, expect, it } from 'vitest';
import { Calendar } from '@/lib/deadlines/calendar';
import { backdateFrom, isBackdated } from '@/lib/documents/backdate';
import { addDays } from '@/lib/shared/dates';

const cal = new Calendar();

describe('补录: letters dated more than three working days back', () => {
  it.each([
    // Thursday 2025-12-04: Mon..Wed are 3 working days back, the Friday before is the 4th.
    ['2025-12-01', '2025-12-04', false],
    ['2025-11-28', '2025-12-04', true],
    ['2025-12-04', '2025-12-04', false],
    // Over the 2025 National Day holiday (10-01..08 off, Saturday 10-11 worked): 9-30 is one working day before 10-09.
    ['2025-09-30', '2025-10-09', false],
    ['2025-09-26', '2025-10-09', true],
  ])('%s produced on %s → back-dated %s', (date, today, expected) => {
    expect(isBackdated(cal, date, today)).toBe(expected);
  });

  it('the form threshold is the earliest date the rule lets through, for every day of two years', () => {
    for (let today = '2025-01-01'; today <= '2026-12-31'; today = addDays(today, 1)) {
      const from = backdateFrom(cal, today);
      expect(isBackdated(cal, from, today), today).toBe(false);
      expect(isBackdated(cal, addDays(from, -1), today), today).toBe(true);
    }
  });
});
