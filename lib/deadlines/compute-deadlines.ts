// Every deadline rule of a case lives here: the regime, the reply deadline, correction restarts,
// consultation pauses, extensions, the art. 35 custom deadline, the correction-notice deadline,
// and the trace of steps that produced each date.
import type { Calendar } from './calendar';
import { addWorkdays, type Crossed, type Pause } from './count-workdays';
import { formatCn, formatCnShort, weekday, type IsoDate } from '@/lib/shared/dates';

export type Regime = '2007' | '2019';
const REGIME_SWITCH: IsoDate = '2019-05-15';
export const RULES: Record<Regime, { replyDays: number; maxExtension: number; correctionNoticeDays: number | null; law: string }> = {
  '2007': { replyDays: 15, maxExtension: 15, correctionNoticeDays: null, law: '2007年《条例》第二十四条' },
  '2019': { replyDays: 20, maxExtension: 20, correctionNoticeDays: 7, law: '2019年《条例》第三十三条' },
};
const THIRD_PARTY_DAYS = 15;
/** 国办函〔2020〕109号: the applicant pays within 20 working days from the day after receiving the notice. */
export const FEE_PAYMENT_WORKDAYS = 20;

/** The last day to pay the fee, for a notice served on `servedOn`. */
export const feePaymentDueOn = (cal: Calendar, servedOn: IsoDate) => addWorkdays(cal, servedOn, FEE_PAYMENT_WORKDAYS);

export function regimeFor(receivedOn: IsoDate): Regime {
  return receivedOn < REGIME_SWITCH ? '2007' : '2019';
}

export interface ClockInput {
  receivedOn: IsoDate;
  /** Correction notices in order; a received correction restarts the clock. */
  corrections?: { requestedOn: IsoDate; limitOn?: IsoDate | null; receivedOn?: IsoDate | null }[];
  /** Consultations (third parties or co-producing agencies); unanswered ones run to their limit. */
  consultations?: { sentOn: IsoDate; answeredOn?: IsoDate | null }[];
  /** Approved extension, in working days. */
  extensionDays?: number;
  /** Approved art. 35 deadline, replacing the computed one. */
  customDueOn?: IsoDate | null;
  /**
   * 国办函〔2020〕109号: from the fee notice's service to the payment (or waiver), or while
   * unpaid to the end of the 20 working days to pay, the office waits on the applicant: not counted.
   */
  feeWait?: { from: IsoDate; to: IsoDate | null } | null;
}

type TraceKind = 'receipt' | 'restart' | 'count' | 'holidays' | 'makeup' | 'pause' | 'extension' | 'custom' | 'provisional' | 'waiting';
interface TraceStep {
  kind: TraceKind;
  on?: IsoDate;
  text: string;
}

export interface Deadlines {
  regime: Regime;
  replyDays: number;
  maxExtension: number;
  clockStart: IsoDate;
  /** null while the clock is stopped waiting for the applicant's correction. */
  dueOn: IsoDate | null;
  /** The due date without extension or custom deadline: on-time means delivered by this. */
  baseDueOn: IsoDate | null;
  provisional: boolean;
  correctionNoticeDueOn: IsoDate | null;
  correctionLimitOn: IsoDate | null;
  /** The last day to pay the fee, once its notice was served (109号). */
  feePaymentDueOn: IsoDate | null;
  pauses: Pause[];
  trace: TraceStep[];
}

function describeCrossed(crossed: Crossed[]): TraceStep[] {
  const steps: TraceStep[] = [];
  const holidays = new Map<string, IsoDate[]>();
  for (const c of crossed.filter((x) => x.kind === 'holiday'))
    holidays.set(c.name ?? '节假日', [...(holidays.get(c.name ?? '节假日') ?? []), c.date]);
  for (const [name, days] of holidays) {
    const span = days.length > 1 ? `${formatCnShort(days[0])}至${formatCnShort(days.at(-1)!)}` : formatCnShort(days[0]);
    steps.push({ kind: 'holidays', on: days[0], text: `跳过${name}假期 ${span}（${days.length}天）` });
  }
  for (const c of crossed.filter((x) => x.kind === 'makeup')) {
    steps.push({
      kind: 'makeup',
      on: c.date,
      text: `${formatCnShort(c.date)}（周${'日一二三四五六'[weekday(c.date)]}）为调休上班日，计入工作日`,
    });
  }
  return steps;
}

/** "（不计征求意见、等待缴费等暂停的3个工作日）" when the count skipped paused working days. */
function pausedNote(crossed: { kind: string }[]): string {
  const n = crossed.filter((c) => c.kind === 'paused').length;
  return n ? `（不计征求意见、等待缴费等暂停的${n}个工作日）` : '';
}

export function computeDeadlines(cal: Calendar, input: ClockInput): Deadlines {
  const regime = regimeFor(input.receivedOn);
  const rules = RULES[regime];
  const trace: TraceStep[] = [
    {
      kind: 'receipt',
      on: input.receivedOn,
      text: `${formatCn(input.receivedOn)}收到申请（当日不计入），适用${rules.law}：${rules.replyDays}个工作日内答复`,
    },
  ];
  let provisional = false;

  const correctionNoticeDueOn = rules.correctionNoticeDays ? addWorkdays(cal, input.receivedOn, rules.correctionNoticeDays).date : null;

  // Correction restarts the clock from the day the corrected application arrives.
  let clockStart = input.receivedOn;
  let waitingSince: IsoDate | null = null;
  let correctionLimitOn: IsoDate | null = null;
  for (const c of input.corrections ?? []) {
    if (c.receivedOn) {
      clockStart = c.receivedOn;
      waitingSince = null;
      correctionLimitOn = null;
      trace.push({
        kind: 'restart',
        on: c.receivedOn,
        text: `${formatCn(c.requestedOn)}发出补正告知，${formatCn(c.receivedOn)}收到补正后的申请，期限自次日重新计算`,
      });
    } else {
      waitingSince = c.requestedOn;
      correctionLimitOn = c.limitOn ?? null;
    }
  }
  if (waitingSince) {
    const limit = correctionLimitOn ? `，补正期限至${formatCn(correctionLimitOn)}` : '';
    trace.push({
      kind: 'waiting',
      on: waitingSince,
      text: `${formatCn(waitingSince)}已发出补正告知，等待申请人补正${limit}；收到补正后重新计算答复期限`,
    });
    return {
      regime,
      replyDays: rules.replyDays,
      maxExtension: rules.maxExtension,
      clockStart,
      dueOn: null,
      baseDueOn: null,
      provisional,
      correctionNoticeDueOn,
      correctionLimitOn,
      feePaymentDueOn: null,
      pauses: [],
      trace,
    };
  }

  // Consultation time is not counted: working days from the letter to the answer (or the third
  // party's 15-working-day limit, while unanswered) are skipped.
  const pauses: Pause[] = [];
  for (const c of input.consultations ?? []) {
    if (c.sentOn < clockStart) continue;
    const limit = addWorkdays(cal, c.sentOn, THIRD_PARTY_DAYS);
    provisional ||= limit.provisional;
    const to = c.answeredOn ?? limit.date;
    pauses.push({ from: c.sentOn, to });
    trace.push({
      kind: 'pause',
      on: c.sentOn,
      text: c.answeredOn
        ? `${formatCn(c.sentOn)}发出征求意见，${formatCn(c.answeredOn)}收到答复，其间不计入答复期限`
        : `${formatCn(c.sentOn)}发出征求意见，尚未答复：暂按第三方${THIRD_PARTY_DAYS}个工作日期限（${formatCn(limit.date)}）扣除，收到答复后按实际日期重算`,
    });
  }

  const fee = input.feeWait;
  const feeLimit = fee ? feePaymentDueOn(cal, fee.from) : null;
  if (fee && feeLimit && fee.from >= clockStart) {
    provisional ||= !fee.to && feeLimit.provisional;
    pauses.push({ from: fee.from, to: fee.to ?? feeLimit.date });
    trace.push({
      kind: 'pause',
      on: fee.from,
      text: fee.to
        ? `${formatCn(fee.from)}收费通知送达，${formatCn(fee.to)}缴费（或免收），其间不计入答复期限`
        : `${formatCn(fee.from)}收费通知送达，等待缴费：缴费期限（${formatCn(feeLimit.date)}）内不计入答复期限`,
    });
  }

  const base = addWorkdays(cal, clockStart, rules.replyDays, pauses);
  provisional ||= base.provisional;
  trace.push({
    kind: 'count',
    on: base.date,
    // Say when the count skips paused days, so the date doesn't look miscounted.
    text: `自${formatCn(clockStart)}次日起计${rules.replyDays}个工作日${pausedNote(base.crossed)}，至${formatCn(base.date)}`,
  });
  trace.push(...describeCrossed(base.crossed));
  let dueOn = base.date;

  const ext = input.extensionDays ?? 0;
  if (ext > 0) {
    const extended = addWorkdays(cal, clockStart, rules.replyDays + ext, pauses);
    provisional ||= extended.provisional;
    trace.push({ kind: 'extension', on: extended.date, text: `经审核同意延长${ext}个工作日，答复期限延至${formatCn(extended.date)}` });
    trace.push(...describeCrossed(extended.crossed.filter((c) => c.date > base.date)));
    dueOn = extended.date;
  }
  if (input.customDueOn) {
    trace.push({ kind: 'custom', on: input.customDueOn, text: `依《条例》第三十五条经审核确定合理期限：${formatCn(input.customDueOn)}` });
    dueOn = input.customDueOn;
  }
  if (provisional)
    trace.push({
      kind: 'provisional',
      text: '期限跨入尚未公布节假日安排的年份，暂按周末和法定节假日（《全国年节及纪念日放假办法》）计算，调休安排公布后请复核（系统管理员可在节假日设置中补录）',
    });
  return {
    regime,
    replyDays: rules.replyDays,
    maxExtension: rules.maxExtension,
    clockStart,
    dueOn,
    baseDueOn: base.date,
    provisional,
    correctionNoticeDueOn,
    correctionLimitOn,
    feePaymentDueOn: feeLimit?.date ?? null,
    pauses,
    trace,
  };
}
