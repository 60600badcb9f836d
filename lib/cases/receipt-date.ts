// The legal receipt date (收到申请之日, 2019 Regulation art. 31) follows from the channel:
// in person — the day handed over; post — the day the agency signs for it, or for ordinary mail
// needing no signature the day the office confirms with the applicant; online, email and fax —
// the day both sides confirm.
import type { Channel } from './labels';
import type { IsoDate } from '@/lib/shared/dates';

export interface ChannelDates {
  channel: Channel;
  submittedOn?: IsoDate | null;
  arrivedOn?: IsoDate | null;
  confirmedOn?: IsoDate | null;
  ordinaryMail?: boolean;
}

/** Which dates the intake form asks for, per channel, with their labels. */
export function datesAskedFor(
  channel: Channel,
  ordinaryMail = false,
): { field: 'submittedOn' | 'arrivedOn' | 'confirmedOn'; label: string; required: boolean }[] {
  switch (channel) {
    case 'in_person':
      return [{ field: 'arrivedOn', label: '当面提交日期', required: true }];
    case 'letter':
      return [
        { field: 'submittedOn', label: '邮戳（寄出）日期', required: false },
        { field: 'arrivedOn', label: '签收日期', required: !ordinaryMail },
        ...(ordinaryMail ? [{ field: 'confirmedOn' as const, label: '与申请人确认日期', required: true }] : []),
      ];
    default:
      return [
        { field: 'submittedOn', label: '提交日期', required: false },
        { field: 'confirmedOn', label: '双方确认日期', required: true },
      ];
  }
}

export function legalReceiptDate(d: ChannelDates): { receivedOn: IsoDate } | { error: string; field: string } {
  const asked = datesAskedFor(d.channel, d.ordinaryMail);
  for (const a of asked) if (a.required && !d[a.field]) return { error: `请填写${a.label}`, field: a.field };
  if (d.submittedOn && d.arrivedOn && d.arrivedOn < d.submittedOn) return { error: '签收日期不能早于寄出日期', field: 'arrivedOn' };
  if (d.submittedOn && d.confirmedOn && d.confirmedOn < d.submittedOn) return { error: '确认日期不能早于提交日期', field: 'confirmedOn' };
  if (d.arrivedOn && d.confirmedOn && d.confirmedOn < d.arrivedOn) return { error: '确认日期不能早于签收日期', field: 'confirmedOn' };
  if (d.channel === 'in_person' || (d.channel === 'letter' && !d.ordinaryMail)) return { receivedOn: d.arrivedOn! };
  return { receivedOn: d.confirmedOn! };
}
