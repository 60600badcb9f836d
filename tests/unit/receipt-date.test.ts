// The legal receipt date per channel (2019 Regulation art. 31), from the dates the form asks for.
import { describe, expect, it } from 'vitest';
import { datesAskedFor, legalReceiptDate } from '@/lib/cases/receipt-date';

describe('收到申请之日 by channel (art. 31)', () => {
  it.each([
    ['in person: the day handed over', { channel: 'in_person', arrivedOn: '2025-09-26' }, '2025-09-26'],
    [
      'registered post: the day signed for, not the postmark',
      { channel: 'letter', submittedOn: '2025-09-22', arrivedOn: '2025-09-26' },
      '2025-09-26',
    ],
    [
      'ordinary mail: the day confirmed with the applicant',
      { channel: 'letter', ordinaryMail: true, arrivedOn: '2025-09-26', confirmedOn: '2025-09-29' },
      '2025-09-29',
    ],
    ['online: the day both sides confirm', { channel: 'online', submittedOn: '2025-09-20', confirmedOn: '2025-09-22' }, '2025-09-22'],
    ['e-mail: the day both sides confirm', { channel: 'email', confirmedOn: '2025-09-23' }, '2025-09-23'],
    ['fax: the day both sides confirm', { channel: 'fax', confirmedOn: '2025-09-24' }, '2025-09-24'],
  ] as const)('%s', (_, dates, expected) => {
    expect(legalReceiptDate(dates)).toEqual({ receivedOn: expected });
  });

  it.each([
    ['in person without a date', { channel: 'in_person' }, 'arrivedOn', '请填写当面提交日期'],
    ['registered post without the day signed for', { channel: 'letter', submittedOn: '2025-09-22' }, 'arrivedOn', '请填写签收日期'],
    [
      'ordinary mail without the confirmation',
      { channel: 'letter', ordinaryMail: true, arrivedOn: '2025-09-26' },
      'confirmedOn',
      '请填写与申请人确认日期',
    ],
    ['online without the confirmation', { channel: 'online', submittedOn: '2025-09-20' }, 'confirmedOn', '请填写双方确认日期'],
    [
      'signed for before it was posted',
      { channel: 'letter', submittedOn: '2025-09-26', arrivedOn: '2025-09-22' },
      'arrivedOn',
      '签收日期不能早于寄出日期',
    ],
    [
      'confirmed before it was submitted',
      { channel: 'email', submittedOn: '2025-09-26', confirmedOn: '2025-09-22' },
      'confirmedOn',
      '确认日期不能早于提交日期',
    ],
    [
      'confirmed before it arrived',
      { channel: 'letter', ordinaryMail: true, arrivedOn: '2025-09-26', confirmedOn: '2025-09-25' },
      'confirmedOn',
      '确认日期不能早于签收日期',
    ],
  ] as const)('refuses %s, naming the field', (_, dates, field, error) => {
    expect(legalReceiptDate(dates)).toEqual({ error, field });
  });

  it('asks, per channel, exactly for the dates the rule reads', () => {
    expect(datesAskedFor('in_person').map((d) => d.field)).toEqual(['arrivedOn']);
    expect(datesAskedFor('letter').map((d) => [d.field, d.required])).toEqual([
      ['submittedOn', false],
      ['arrivedOn', true],
    ]);
    expect(datesAskedFor('letter', true).map((d) => [d.field, d.required])).toEqual([
      ['submittedOn', false],
      ['arrivedOn', false],
      ['confirmedOn', true],
    ]);
    for (const c of ['online', 'email', 'fax'] as const) expect(datesAskedFor(c).find((d) => d.required)?.field).toBe('confirmedOn');
  });
});
