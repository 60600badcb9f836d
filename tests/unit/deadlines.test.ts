import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Calendar } from '@/lib/deadlines/calendar';
import { computeDeadlines, regimeFor } from '@/lib/deadlines/compute-deadlines';
import { addWorkdays, MAX_SPAN_DAYS, workdaysLeft } from '@/lib/deadlines/count-workdays';
import { DUE_SOON_WORKDAYS, dueSoonDate, dueUrgency } from '@/lib/deadlines/due-soon';
import { addDays, isIsoDate } from '@/lib/shared/dates';

const cal = new Calendar();

describe('working days (State Council calendar)', () => {
  it.each([
    // DOMAIN.md worked example: crosses make-up days 9-28 and 10-11 and the 10-01..08 holiday.
    ['2025-09-26', 7, '2025-10-13'],
    ['2025-09-26', 20, '2025-10-30'],
    ['2025-09-26', 40, '2025-11-27'],
    // Spring Festival 2025: 1-28..2-04 off, Sunday 1-26 and Saturday 2-08 worked.
    ['2025-01-24', 1, '2025-01-26'],
    ['2025-01-24', 3, '2025-02-05'],
    ['2025-01-24', 20, '2025-02-27'],
    // Spring Festival 2024: 2-10..2-17 off, Sunday 2-04 and Saturday 2-18 worked.
    ['2024-02-02', 1, '2024-02-04'],
    ['2024-02-08', 1, '2024-02-09'],
    ['2024-02-09', 1, '2024-02-18'],
    // National Day 2024: 10-01..07 off, Sunday 9-29 and Saturday 10-12 worked.
    ['2024-09-27', 1, '2024-09-29'],
    ['2024-09-30', 1, '2024-10-08'],
    ['2024-09-30', 5, '2024-10-12'],
    // Spring Festival 2026: 2-15..2-23 off, Saturday 2-14 and Saturday 2-28 worked.
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-14', 1, '2026-02-24'],
    ['2026-02-13', 20, '2026-03-19'],
    // Year boundary: New Year's Day 2025 (Wednesday) off.
    ['2024-12-30', 2, '2025-01-02'],
    // Received on a holiday or weekend: counting starts the next working day.
    ['2025-10-01', 1, '2025-10-09'],
    ['2025-05-31', 1, '2025-06-03'],
    ['2024-05-01', 1, '2024-05-06'],
  ])('%s + %i WD = %s', (start, n, expected) => {
    const r = addWorkdays(cal, start, n);
    expect(r.date).toBe(expected);
    expect(r.provisional).toBe(false);
  });

  it('names the holidays and make-up days a count crossed', () => {
    const r = addWorkdays(cal, '2025-09-26', 20);
    expect(r.crossed.filter((c) => c.kind === 'makeup').map((c) => c.date)).toEqual(['2025-09-28', '2025-10-11']);
    expect(r.crossed.some((c) => c.kind === 'holiday' && c.date === '2025-10-01' && c.name === '国庆节')).toBe(true);
  });

  it('marks a count reaching an unpublished year provisional, and still knows its statutory holidays', () => {
    const r = addWorkdays(cal, '2026-12-30', 3);
    expect(r.provisional).toBe(true);
    // 12-31 Thu; 1-1 Fri is 元旦 by law even before the arrangement is published; 1-4 Mon; 1-5 Tue.
    expect(r.date).toBe('2027-01-05');
    expect(r.crossed).toContainEqual({ date: '2027-01-01', kind: 'holiday', name: '元旦' });
    // 春节 2027: 除夕 2-5 (Fri) to 初三 2-8 (Mon); 清明 4-5 (Mon); 端午 6-9; 中秋 9-15; 国庆 10-1..3.
    for (const d of ['2027-02-05', '2027-02-08', '2027-04-05', '2027-05-03' /* a Monday, not statutory */]) {
      expect(cal.day(d).work, d).toBe(d === '2027-05-03');
    }
    for (const [d, name] of [
      ['2027-06-09', '端午节'],
      ['2027-09-15', '中秋节'],
      ['2027-10-01', '国庆节'],
      ['2028-01-25', '春节'],
      ['2028-05-28', '端午节'],
    ]) {
      expect(cal.day(d), d).toMatchObject({ work: false, kind: 'holiday', name, known: false });
    }
    expect(addWorkdays(cal, '2027-02-04', 1).date).toBe('2027-02-09');
  });

  it('bounds every walk, whatever date it is given', () => {
    // Without the cap this walks 2.9 million days (11–19 s of one process for every user).
    const ahead = workdaysLeft(cal, '2026-11-27', '9999-12-31');
    expect(ahead).toBeGreaterThan(2000);
    expect(ahead).toBeLessThanOrEqual(MAX_SPAN_DAYS);
    expect(workdaysLeft(cal, '9999-12-31', '2026-11-27')).toBeGreaterThanOrEqual(-MAX_SPAN_DAYS);
  });

  it('lets an admin publish a year and amend days', () => {
    const amended = new Calendar({
      publishedYears: [2027],
      days: [
        { date: '2027-01-01', work: false, name: '元旦' },
        { date: '2026-12-31', work: false, name: '临时调整' },
      ],
    });
    const r = addWorkdays(amended, '2026-12-30', 1);
    expect(r).toMatchObject({ date: '2027-01-04', provisional: false });
    // An override amends a bundled year too: make 2025-10-11 a day off after all.
    const changed = new Calendar({ publishedYears: [], days: [{ date: '2025-10-11', work: false, name: '国庆节' }] });
    expect(addWorkdays(changed, '2025-10-10', 1).date).toBe('2025-10-13');
  });

  it('counts working days left and overdue', () => {
    expect(workdaysLeft(cal, '2025-09-26', '2025-10-13')).toBe(7);
    expect(workdaysLeft(cal, '2025-10-13', '2025-10-13')).toBe(0);
    expect(workdaysLeft(cal, '2025-10-14', '2025-10-13')).toBe(-1);
  });

  it('counts working days left as a walk over every day would, across years, leap days and amendments', () => {
    const amended = new Calendar({ publishedYears: [2027], days: [{ date: '2024-02-29', work: false, name: '临时调整' }] });
    const walk = (c: Calendar, a: string, b: string) => {
      const [lo, hi] = a < b ? [a, b] : [b, a];
      let n = 0;
      for (let d = addDays(lo, 1); d <= hi; d = addDays(d, 1)) if (c.isWorkday(d)) n++;
      return a <= b ? n : -n;
    };
    const day = fc.integer({ min: 0, max: 365 * 9 }).map((n) => addDays('2016-01-01', n));
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(workdaysLeft(cal, a, b)).toBe(walk(cal, a, b));
        expect(workdaysLeft(amended, a, b)).toBe(walk(amended, a, b));
      }),
      { numRuns: 300 },
    );
  });
});

describe('deadline rules', () => {
  it('switches regime on 2019-05-15', () => {
    expect(regimeFor('2019-05-14')).toBe('2007');
    expect(regimeFor('2019-05-15')).toBe('2019');
    const old = computeDeadlines(cal, { receivedOn: '2019-05-14' });
    const neu = computeDeadlines(cal, { receivedOn: '2019-05-15' });
    expect([old.regime, old.replyDays, old.maxExtension, old.correctionNoticeDueOn]).toEqual(['2007', 15, 15, null]);
    expect(old.dueOn).toBe('2019-06-04'); // 15 WD; 6-07 Dragon Boat comes after
    expect([neu.regime, neu.replyDays, neu.maxExtension]).toEqual(['2019', 20, 20]);
    expect(neu.dueOn).toBe('2019-06-13'); // 20 WD skipping 6-07 Dragon Boat Festival
    expect(neu.correctionNoticeDueOn).toBe('2019-05-24');
  });

  it('follows the worked example with an approved 20-day extension', () => {
    const d = computeDeadlines(cal, { receivedOn: '2025-09-26', extensionDays: 20 });
    expect([d.baseDueOn, d.dueOn, d.correctionNoticeDueOn]).toEqual(['2025-10-30', '2025-11-27', '2025-10-13']);
    expect(d.trace.map((t) => t.kind)).toEqual(['receipt', 'count', 'holidays', 'holidays', 'makeup', 'makeup', 'extension']);
  });

  it('stops the clock while a correction is awaited and restarts it from the corrected application', () => {
    const waiting = computeDeadlines(cal, {
      receivedOn: '2025-03-03',
      corrections: [{ requestedOn: '2025-03-05', limitOn: '2025-03-20' }],
    });
    expect(waiting.dueOn).toBeNull();
    expect(waiting.correctionLimitOn).toBe('2025-03-20');
    const restarted = computeDeadlines(cal, {
      receivedOn: '2025-03-03',
      corrections: [{ requestedOn: '2025-03-05', receivedOn: '2025-03-17' }],
    });
    expect(restarted.clockStart).toBe('2025-03-17');
    expect(restarted.dueOn).toBe(addWorkdays(cal, '2025-03-17', 20).date);
    expect(restarted.trace.some((t) => t.kind === 'restart')).toBe(true);
  });

  it('does not count consultation days: answered and still open', () => {
    // Received Mon 2025-03-03; letter out Mon 3-10, answer Fri 3-14: five working days paused.
    const d = computeDeadlines(cal, { receivedOn: '2025-03-03', consultations: [{ sentOn: '2025-03-10', answeredOn: '2025-03-14' }] });
    expect(d.dueOn).toBe('2025-04-08'); // 20 + 5 paused; 4-04 Qingming skipped
    // The trace says the count skipped them (issue 28 point 11), rather than look miscounted.
    expect(d.trace.find((t) => t.kind === 'count')?.text).toBe(
      '自2025年3月3日次日起计20个工作日（不计征求意见、等待缴费等暂停的5个工作日），至2025年4月8日',
    );
    expect(computeDeadlines(cal, { receivedOn: '2025-03-03' }).trace.find((t) => t.kind === 'count')?.text).not.toContain('暂停');
    const open = computeDeadlines(cal, { receivedOn: '2025-03-03', consultations: [{ sentOn: '2025-03-10' }] });
    // Unanswered: paused from the letter's day through the third party's 15 working days
    // (3-10 .. 3-31, 16 working days), so 20 + 16 working days after receipt.
    expect(open.pauses).toEqual([{ from: '2025-03-10', to: '2025-03-31' }]);
    expect(open.dueOn).toBe('2025-04-23');
  });

  it('uses an approved art. 35 deadline as the due date', () => {
    const d = computeDeadlines(cal, { receivedOn: '2025-03-03', customDueOn: '2025-06-30' });
    expect(d.dueOn).toBe('2025-06-30');
    expect(d.trace.at(-1)?.kind).toBe('custom');
  });
});

const dateArb = fc.integer({ min: 0, max: 365 * 7 }).map((n) => addDays('2019-01-01', n));

describe('deadline properties', () => {
  it('a due date is a working day after the receipt', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 60 }), (start, n) => {
        const r = addWorkdays(cal, start, n);
        return isIsoDate(r.date) && r.date > start && cal.isWorkday(r.date);
      }),
      { numRuns: 500 },
    );
  });

  it('is monotone in N', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 0, max: 59 }),
        (start, n) => addWorkdays(cal, start, n + 1).date > addWorkdays(cal, start, n).date,
      ),
      { numRuns: 500 },
    );
  });

  it('pauses and extensions never shorten it', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 30 }),
        fc.option(fc.integer({ min: 0, max: 20 })),
        fc.integer({ min: 0, max: 20 }),
        (received, sentAfter, answerAfter, maybeAnswered, ext) => {
          const plain = computeDeadlines(cal, { receivedOn: received });
          const sentOn = addDays(received, sentAfter);
          const paused = computeDeadlines(cal, {
            receivedOn: received,
            extensionDays: ext,
            consultations: [{ sentOn, answeredOn: maybeAnswered === null ? null : addDays(sentOn, answerAfter) }],
          });
          return paused.dueOn! >= plain.dueOn! && cal.isWorkday(paused.dueOn!);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('due soon: one rule for colours, tiles and the digest', () => {
  it('is overdue below zero working days left and soon up to three', () => {
    expect([-1, 0, 3, 4, null].map(dueUrgency)).toEqual(['late', 'soon', 'soon', undefined, undefined]);
  });
  it('queries up to the third working day after today, across a holiday', () => {
    // Friday 2025-09-26: the next working days are Sunday 9-28 (make-up), 9-29 and 9-30.
    expect(dueSoonDate(cal, '2025-09-26')).toBe('2025-09-30');
    expect(workdaysLeft(cal, '2025-09-26', dueSoonDate(cal, '2025-09-26'))).toBe(DUE_SOON_WORKDAYS);
  });
});
