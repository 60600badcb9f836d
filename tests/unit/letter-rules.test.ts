// The letter rules on concrete files (the property test in steps.test.ts walks random ones): which
// letters a file supports, dated the day of the step they record, with their legal limits.
import { describe, expect, it } from 'vitest';
import { Calendar } from '@/lib/deadlines/calendar';
import { deadlinesOf } from '@/lib/cases/case-state';
import { replay, type StoredEvent } from '@/lib/cases/steps';
import { AFTER_ENDING, letterTiming, receiptKindFor } from '@/lib/documents/letter-rules';
import { offeredDocuments } from '@/lib/documents/offer';

const cal = new Calendar();
const clerk = 1;
const reviewer = 3;
const ev = (type: string, on: string, data: Record<string, unknown> = {}, actorId = clerk): StoredEvent => ({ type, on, data, actorId });
const offered = (events: StoredEvent[], channel = 'letter') => {
  const s = replay('2025-09-26', events);
  return { s, dl: deadlinesOf(cal, s), kinds: offeredDocuments(s, deadlinesOf(cal, s), channel).map((o) => o.kind) };
};
const granted = [
  ev('reply_submitted', '2025-10-09', { disposition: 'granted', legalBasis: '第三十六条第（二）项', items: ['征地批复'] }),
  ev('reply_approved', '2025-10-10', { secrecyReviewed: true }, reviewer),
];

describe('letter rules', () => {
  it('offers the receipt by channel: 回执 for a letter, 当面签收单 in person, both dated the day received', () => {
    const letter = offered([]);
    expect(letter.kinds).toContain('receipt');
    expect(letter.kinds).not.toContain('in_person_receipt');
    expect(offered([], 'in_person').kinds).toEqual(expect.arrayContaining(['in_person_receipt']));
    expect(offered([], 'in_person').kinds).not.toContain('receipt');
    expect(letterTiming('receipt', letter.s, letter.dl, 'letter')).toEqual({ stepOn: '2025-09-26' });
  });

  it('gives a case just registered the receipt of its channel, and a request to correct information none', () => {
    const letter = offered([]);
    expect(receiptKindFor(letter.s, letter.dl, 'letter')).toBe('receipt');
    expect(receiptKindFor(letter.s, letter.dl, 'online')).toBe('receipt');
    expect(receiptKindFor(letter.s, letter.dl, 'in_person')).toBe('in_person_receipt');
    const rectification = offered([ev('registered', '2025-09-26', { requestKind: 'rectification' })]);
    expect(rectification.s.rectification).toBeTruthy();
    expect(receiptKindFor(rectification.s, rectification.dl, 'letter')).toBeNull();
    expect(receiptKindFor(rectification.s, rectification.dl, 'in_person')).toBeNull();
  });

  it('dates the correction notice by its request, with the 7-working-day limit', () => {
    const { s, dl } = offered([ev('correction_requested', '2025-09-29', { items: '请写明年份', limitOn: '2025-10-20' })]);
    expect(letterTiming('correction_notice', s, dl, 'letter')).toMatchObject({ stepOn: '2025-09-29', limitOn: '2025-10-13' });
  });

  it('offers only the approved reply’s own letter, limited by the reply deadline; the 送达回证 only once it was issued', () => {
    const { s, dl, kinds } = offered(granted);
    expect(kinds).toContain('reply_granted');
    expect(kinds.filter((k) => k.startsWith('reply_') || k.startsWith('unable_') || k.startsWith('noproc_'))).toEqual(['reply_granted']);
    expect(letterTiming('reply_granted', s, dl, 'letter')).toMatchObject({ stepOn: '2025-10-10', limitOn: dl.dueOn });
    expect(kinds).not.toContain('delivery_receipt');
    const issued = offered([
      ...granted,
      ev('document_issued', '2025-10-10', { kind: 'reply_granted', docNo: '示资依公〔2025〕1号', version: 1 }),
    ]);
    expect(issued.kinds).toContain('delivery_receipt');
  });

  it('offers nothing but the letters of its ending once the application is withdrawn', () => {
    const { kinds } = offered([...granted, ev('withdrawn', '2025-10-11', { note: '申请人书面撤回' })]);
    expect(kinds.length).toBeGreaterThan(0);
    for (const k of kinds) expect(AFTER_ENDING.has(k), k).toBe(true);
    expect(kinds).toContain('withdrawal_confirmation');
  });

  it('does not offer a reply letter before review approves it', () => {
    expect(offered([granted[0]]).kinds).not.toContain('reply_granted');
  });
});
