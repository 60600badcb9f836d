// A ledger CSV built from the figures of the seed report (国土资源部 2017): 2,205 applications
// with their channels, on-time/extended split, the eight reply categories with the 不同意公开
// reasons, reviews and suits. Dates are spread over 2017 so every case is received and answered
// in the year; extended cases are answered after their original 15-working-day deadline.
import { addDays } from '@/lib/shared/dates';

const COUNTS = {
  channel: [
    ['in_person', 249],
    ['email', 240],
    ['letter', 1716],
  ] as const,
  disposition: [
    ['published', 81],
    ['granted', 521],
    ['deny_state_secret', 29],
    ['deny_trade_secret', 2],
    ['deny_not_gov_info', 130],
    ['not_this_agency', 91],
    ['not_held', 920],
    ['amend_requested', 346],
    ['other_procedure', 85],
  ] as const,
};

function expand<T>(spec: readonly (readonly [T, number])[]): T[] {
  return spec.flatMap(([v, n]) => Array.from({ length: n }, () => v));
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function ledger2017(): string {
  const channels = expand(COUNTS.channel);
  const dispositions = expand(COUNTS.disposition);
  const kinds = ['natural', 'natural', 'natural', 'commercial', 'legal', 'other'];
  const topics = ['征地', '征地', '征地', '土地', '矿产', '财政资金'];
  const header =
    'trackingNo,receivedOn,channel,applicantKind,applicantName,description,topic,extended,deliveredOn,disposition,fee,reviewFiledOn,reviewOutcome,suitFiledOn,suitAfterReview,suitOutcome';
  const lines = [header];
  for (let i = 0; i < 2205; i++) {
    const extended = i % 45 === 7 && i < 45 * 48; // 48 cases, spread through the file
    // Received between 1 March and 31 October, away from the Spring Festival.
    const receivedOn = addDays('2017-03-01', i % 245);
    const deliveredOn = addDays(receivedOn, extended ? 30 : 10);
    const review = i % 19 === 3 && i < 19 * 113;
    const suit = i % 15 === 11 && i < 15 * 138;
    const reviewIndex = Math.floor(i / 19);
    const suitIndex = Math.floor(i / 15);
    lines.push(
      [
        `2017-${String(i + 1).padStart(4, '0')}`,
        receivedOn,
        channels[i],
        kinds[i % kinds.length],
        `申请人${i + 1}号`,
        `请求公开第${i + 1}号地块的${topics[i % topics.length]}相关批复文件`,
        topics[i % topics.length],
        extended ? '是' : '否',
        deliveredOn,
        dispositions[i],
        '',
        review ? addDays(deliveredOn, 5) : '',
        review ? (reviewIndex < 2 ? 'corrected' : 'upheld') : '',
        suit ? addDays(deliveredOn, 7) : '',
        suit && review ? '是' : '否',
        suit ? (suitIndex < 1 ? '纠错' : '维持') : '',
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return lines.join('\n') + '\n';
}

/** The appendix of the seed, row by row in the form's order, as code → { label, value }. */
export function seedAppendix(text: string, codes: { code: string; label: string }[]): Map<string, { label: string; value: string }> {
  const clean = (l: string) => l.replace(/[\t\u3000]/g, '').trim();
  const blocks = text.split(/\n\s*\n/).map((b) => b.split('\n').map(clean));
  const start = blocks.findIndex((b) => b[0] === '一、主动公开情况');
  const out = new Map<string, { label: string; value: string }>();
  blocks
    .slice(start)
    .filter((b) => b[0])
    .forEach((b, i) => {
      if (codes[i]) out.set(codes[i].code, { label: b[0], value: b[2] ?? '' });
    });
  return out;
}
