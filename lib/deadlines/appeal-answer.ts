// When the office's answer to a review or a suit is due, counted from the day it received the copy
// of the review application (行政复议申请书副本) or of the complaint (起诉状副本).
//
// - Review, 行政复议法 (2023 revision, in force 2024-01-01) art. 48: the respondent answers within
//   10 days of receiving the copy; art. 88¶2: the law's "三日、五日、七日、十日" are working days,
//   not counting statutory holidays. So from 2024-01-01: 10 working days.
// - Review, copy received before 2024-01-01 (the 1999 law as amended, art. 23): 10 days; its art. 40
//   made only "五日、七日" working days and sent everything else to the Civil Procedure Law's
//   periods: calendar days, the day received not counted, and a period ending on a holiday (or a
//   weekend rest day) ends on the first working day after it (民事诉讼法 arts. 85 and 86 in the 2021
//   numbering).
// - Suit, 行政诉讼法 art. 67: the defendant answers (and files its evidence) within 15 days of receiving
//   the complaint; by its art. 101 the periods are the Civil Procedure Law's: 15 calendar days, the
//   end moved past a holiday as above.
// The law is the one in force on the day the copy was received.
import type { Calendar } from './calendar';
import { addWorkdays } from './count-workdays';
import { addDays, type IsoDate } from '@/lib/shared/dates';

const REVIEW_LAW_2023_FROM = '2024-01-01';

export interface AnswerRule {
  days: number;
  working: boolean;
  basis: string;
}

export function answerRule(kind: 'review' | 'suit', noticeReceivedOn: IsoDate): AnswerRule {
  if (kind === 'suit') return { days: 15, working: false, basis: '《中华人民共和国行政诉讼法》第六十七条' };
  return noticeReceivedOn >= REVIEW_LAW_2023_FROM
    ? { days: 10, working: true, basis: '《中华人民共和国行政复议法》第四十八条、第八十八条' }
    : { days: 10, working: false, basis: '《中华人民共和国行政复议法》（2017年修正）第二十三条' };
}

/** The last day for the office's 答复书 (review) or 答辩状 (suit). */
export function answerDueOn(cal: Calendar, kind: 'review' | 'suit', noticeReceivedOn: IsoDate): IsoDate {
  const rule = answerRule(kind, noticeReceivedOn);
  if (rule.working) return addWorkdays(cal, noticeReceivedOn, rule.days).date;
  let end = addDays(noticeReceivedOn, rule.days);
  for (let guard = 0; !cal.isWorkday(end) && guard < 60; guard++) end = addDays(end, 1);
  return end;
}
