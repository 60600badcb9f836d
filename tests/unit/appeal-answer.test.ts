// The office's answer to a review or a suit: 10 working days for a review under the 2023 行政复议法
// (copy received from 2024-01-01), 10 calendar days before it, 15 calendar days for a suit; a
// calendar period ending on a rest day ends on the next working day. And the steps that record it.
import { describe, expect, it } from 'vitest';
import { Calendar } from '@/lib/deadlines/calendar';
import { answerDueOn, answerRule } from '@/lib/deadlines/appeal-answer';
import { initialState } from '@/lib/cases/case-state';
import { takeStep, type StepActor } from '@/lib/cases/steps';

const cal = new Calendar();
const clerk: StepActor = { userId: 1, role: 'clerk' };

describe('when the answer is due', () => {
  it('a review from 2024: 10 working days (arts. 48 and 88 of the 2023 law)', () => {
    expect(answerDueOn(cal, 'review', '2026-03-02')).toBe('2026-03-16'); // Monday + 10 working days = the Monday two weeks on
    expect(answerRule('review', '2026-03-02')).toMatchObject({ days: 10, working: true });
  });

  it('a review before 2024: 10 calendar days, moved past a rest day', () => {
    expect(answerRule('review', '2023-06-01')).toMatchObject({ days: 10, working: false });
    expect(answerDueOn(cal, 'review', '2023-06-05')).toBe('2023-06-15'); // a Thursday: no move
    expect(answerDueOn(cal, 'review', '2023-06-07')).toBe('2023-06-19'); // Saturday 17th → Monday 19th
  });

  it('a suit: 15 calendar days (行政诉讼法 art. 67), moved past a rest day', () => {
    expect(answerRule('suit', '2026-03-02').basis).toContain('第六十七条');
    expect(answerDueOn(cal, 'suit', '2026-03-02')).toBe('2026-03-17'); // a Tuesday
    expect(answerDueOn(cal, 'suit', '2026-03-06')).toBe('2026-03-23'); // Saturday 21st → Monday 23rd
  });
});

describe('recording the answer', () => {
  const closed = () => {
    let s = initialState('2026-01-05');
    s = { ...s, status: 'closed', closedOn: '2026-01-20', lastOn: '2026-01-20' };
    return s;
  };
  const ctx = { today: '2026-03-20', calendar: cal };

  it('needs the day the copy was received, and records the 答复书 once', () => {
    let s = takeStep(closed(), 'review_filed', '2026-03-02', {}, clerk, ctx).state;
    expect(() => takeStep(s, 'review_answered', '2026-03-10', {}, clerk, ctx)).toThrow(/收到副本日期/);
    s = takeStep(closed(), 'review_filed', '2026-03-02', { noticeReceivedOn: '2026-03-04' }, clerk, ctx).state;
    expect(() => takeStep(s, 'review_answered', '2026-03-03', {}, clerk, ctx)).toThrow(/不能早于收到副本日期/);
    s = takeStep(s, 'review_answered', '2026-03-10', {}, clerk, ctx).state;
    expect(s.appeals[0]).toMatchObject({ noticeReceivedOn: '2026-03-04', answeredOn: '2026-03-10' });
    expect(() => takeStep(s, 'review_answered', '2026-03-11', {}, clerk, ctx)).toThrow(/没有待提交/);
  });

  it('refuses a copy received before the filing or after today', () => {
    expect(() =>
      takeStep(closed(), 'suit_filed', '2026-03-02', { afterReview: false, noticeReceivedOn: '2026-03-01' }, clerk, ctx),
    ).toThrow(/不能早于/);
    expect(() =>
      takeStep(closed(), 'suit_filed', '2026-03-02', { afterReview: false, noticeReceivedOn: '2026-04-01' }, clerk, ctx),
    ).toThrow(/晚于今天/);
  });
});
