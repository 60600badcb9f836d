// The annual report's parts 三 and 四 written from the numbers, the way the seed's part 三 reads
// ("共受理…件，同比增长…%… 从申请方式看，信函申请…件，占…%"). Pure: numbers in, sentences out.
import { CHANNEL_LABELS, type Channel } from '@/lib/cases/labels';
import type { Cells, KindCell } from '@/lib/statistics/counting-rules';
import { KIND_HEADERS, KINDS } from '@/lib/statistics/formats';
import type { Facts } from './facts';

const t = (c: Cells, code: string): number => {
  const v = c[code];
  return typeof v === 'number' ? v : v ? (v as KindCell).total : 0;
};
const share = (n: number, of: number) => (of ? `${((n / of) * 100).toFixed(1)}%` : '0%');

export function yoy(now: number, before: number | null): string {
  if (before === null) return '';
  if (before === 0) return now ? '，上年无此类申请' : '，与上年持平';
  const pct = ((now - before) / before) * 100;
  if (Math.abs(pct) < 0.05) return '，与上年持平';
  return `，同比${pct > 0 ? '增长' : '下降'}${Math.abs(pct).toFixed(1)}%（上年${before}件）`;
}

/** Part 三. `who`: 本机关, or 本机关及所属N个下级机关 for a roll-up. */
export function applicationsProse(who: string, year: number, c: Cells, prevReceived: number | null, f: Facts): string[] {
  const received = t(c, '3.1');
  const out: string[] = [];
  const carried = t(c, '3.2');
  // An empty year says so in words, not "0件，与上年持平".
  out.push(
    received
      ? `${year}年，${who}共收到政府信息公开申请${received}件${yoy(received, prevReceived)}${carried ? `；另有上年结转申请${carried}件` : ''}。`
      : `${year}年，${who}未收到政府信息公开申请${prevReceived ? `（上年${prevReceived}件）` : ''}${carried ? `；上年结转申请${carried}件` : ''}。`,
  );
  if (received) {
    const channels = f.byChannel.map((r) => `${CHANNEL_LABELS[r.channel as Channel] ?? '其他方式'}申请${r.n}件，占${share(r.n, received)}`);
    const kinds = KINDS.map((k) => [KIND_HEADERS[k], ((c['3.1'] as KindCell | undefined)?.[k] ?? 0) as number] as const)
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([label, n]) => `${label}${n}件，占${share(n, received)}`);
    out.push(`从申请方式看，${channels.join('；')}。从申请人类型看，${kinds.join('；')}。`);
    if (f.byTopic.length)
      out.push(`申请内容主要涉及${f.byTopic.map((r) => `${r.topic}（${r.n}件，占${share(r.n, received)}）`).join('、')}。`);
  }
  const done = t(c, '3.3.7');
  const parts: [string, number][] = [
    ['予以公开', t(c, '3.3.1')],
    ['部分公开', t(c, '3.3.2')],
    ['不予公开', t(c, '3.3.3')],
    ['无法提供', t(c, '3.3.4')],
    ['不予处理', t(c, '3.3.5')],
    ['其他处理', t(c, '3.3.6')],
  ];
  const said = parts.filter(([, n]) => n > 0).map(([label, n]) => `${label}${n}件，占${share(n, done)}`);
  out.push(
    done
      ? `本年度办结申请${done}件，其中${said.join('；')}。按时办结${f.onTime}件，经审核延期办结${f.extended}件${f.late ? `，逾期办结${f.late}件` : ''}。结转下年度继续办理${t(c, '3.4')}件。`
      : `本年度没有办结的申请。结转下年度继续办理${t(c, '3.4')}件。`,
  );
  out.push(f.feesYuan > 0 ? `本年度收取信息处理费共计${f.feesYuan.toFixed(2)}元。` : '本年度未收取信息处理费。');
  return out;
}

/** Part 六's derived line: the requests to correct information (条例 art. 41), counted outside table 三. */
export function rectificationProse(who: string, year: number, f: Facts): string {
  const r = f.rectification;
  const closed = r.rectified + r.refused + r.referred;
  if (!r.received && !closed) return `${year}年，${who}未收到政府信息更正申请。`;
  return `${year}年，${who}收到政府信息更正申请${r.received}件（不计入上表）；办结${closed}件，其中予以更正${r.rectified}件，不予更正${r.refused}件，转送有权更正的机关${r.referred}件。`;
}

/** Part 四. */
export function appealsProse(who: string, year: number, c: Cells): string[] {
  const n = (g: string, o: string) => t(c, `4.${g}.${o}`);
  const review = n('review', 'total');
  const direct = n('suit_direct', 'total');
  const after = n('suit_after_review', 'total');
  if (!review && !direct && !after) return [`${year}年，${who}未发生因政府信息公开引起的行政复议、行政诉讼。`];
  const outcome = (g: string) =>
    (
      [
        ['结果维持', n(g, 'upheld')],
        ['结果纠正', n(g, 'corrected')],
        ['其他结果', n(g, 'other')],
        ['尚未审结', n(g, 'pending')],
      ] as const
    )
      .filter(([, x]) => x > 0)
      .map(([l, x]) => `${l}${x}件`)
      .join('、');
  const suits = direct + after;
  const decided = (g: string) => n(g, 'upheld') + n(g, 'corrected') + n(g, 'other');
  const corrected = n('review', 'corrected') + n('suit_direct', 'corrected') + n('suit_after_review', 'corrected');
  const allDecided = decided('review') + decided('suit_direct') + decided('suit_after_review');
  // Each group of suits carries its own outcomes, so none can be read as another's.
  const group = (label: string, g: string, total: number) => (total ? `${label}${total}件（${outcome(g)}）` : '');
  const suitGroups = [group('未经复议直接起诉', 'suit_direct', direct), group('复议后起诉', 'suit_after_review', after)].filter(Boolean);
  return [
    `${year}年，因政府信息公开引起行政复议${review}件${review ? `（${outcome('review')}）` : ''}；行政诉讼${suits}件${
      suits ? `，其中${suitGroups.join('，')}` : ''
    }。`,
    allDecided ? `已审结的${allDecided}件中，被依法纠错${corrected}件，纠错率${share(corrected, allDecided)}。` : '',
  ].filter(Boolean);
}
