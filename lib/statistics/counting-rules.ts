// The counting rules, in plain words (shown beside every table) and in code. Pure: the groups
// come from aggregate.ts; the mapping from a disposition to a cell is data (the catalogue).
import type { Groups } from './aggregate';
import { KINDS, ROWS_2021_T3, type FormatId } from './formats';

export const RULES_TEXT = [
  '收到申请数：按法定“收到申请之日”所在年度计入（当面提交之日、签收之日、双方确认之日）。',
  '办结数、答复数：按答复送达之日（撤回、视为放弃等以办结之日）所在年度计入；每件申请只计一次，按其最终处理结果归类。',
  '按时办结：在原答复期限内办结（征求意见时间不计入期限；补正后重新计算）；延期办结：经审核同意延期、并在原期限届满后办结。',
  '上年结转：上一年度及以前收到、至本年1月1日尚未办结的申请；结转下年度：本年度及以前收到、至12月31日尚未办结的申请。按办理记录中的日期计算，不依赖当前状态。',
  '行政复议、行政诉讼：按立案（申请、起诉）之日所在年度计入，按目前的结果归类，尚未审结的计入“尚未审结”。',
  '举报投诉：按收到之日计入；信息处理费：按缴费之日计入，单位万元。',
  '政府信息更正申请（《条例》第四十一条）不是政府信息公开申请，不计入本表；其收到和办结情况在年度报告“六、其他需要报告的事项”中说明。',
  '处理结果与表格栏目的对应关系见下方“处理结果归类”，系统管理员可调整；已冻结的报表不受影响。',
];

export type KindCell = Record<(typeof KINDS)[number] | 'total', number>;
type Cell = number | KindCell;
export type Cells = Record<string, Cell>;
export interface Mapping {
  code: string;
  label: string;
  cell2017: string;
  cell2021: string;
}

const emptyKinds = (): KindCell => ({ natural: 0, commercial: 0, research: 0, nonprofit: 0, legal: 0, other: 0, total: 0 });
const add = (cells: Record<string, number>, code: string, n: number) => {
  cells[code] = (cells[code] ?? 0) + n;
};
const sumPrefix = (cells: Record<string, number>, prefix: string) =>
  Object.entries(cells)
    .filter(([k]) => k.startsWith(prefix))
    .reduce((s, [, v]) => s + v, 0);

function cells2017(g: Groups, mapping: Mapping[]): { cells: Cells; unmapped: number } {
  const c: Record<string, number> = {};
  const byCode = new Map(mapping.map((m) => [m.code, m.cell2017]));
  for (const r of g.received)
    add(c, { in_person: '3.1.1', fax: '3.1.2', online: '3.1.3', email: '3.1.3', letter: '3.1.4' }[r.channel] ?? '3.1.x', r.n);
  let unmapped = 0;
  for (const r of g.closed) {
    add(c, '3.2', r.n);
    if (r.onTime) add(c, '3.2.1', r.n);
    else if (r.extended) add(c, '3.2.2', r.n);
    else add(c, 'late', r.n);
    const cell = r.code ? byCode.get(r.code) : undefined;
    if (cell) add(c, cell, r.n);
    else unmapped += r.n;
  }
  for (const a of g.appeals) {
    const top = a.kind === 'review' ? '4' : '5';
    add(c, top, a.n);
    const sub = { upheld: '.1', corrected: '.2', other: '.3' }[a.outcome];
    if (sub) add(c, top + sub, a.n);
    else add(c, top + '.pending', a.n);
  }
  const cells: Cells = {};
  const row = (code: string, v: number) => {
    cells[code] = v;
  };
  row('3.1', sumPrefix(c, '3.1.'));
  for (const k of ['3.1.1', '3.1.2', '3.1.3', '3.1.4']) row(k, c[k] ?? 0);
  for (const k of ['3.2', '3.2.1', '3.2.2']) row(k, c[k] ?? 0);
  for (const k of ['3.3.1', '3.3.2', '3.3.3', '3.3.5', '3.3.6', '3.3.7', '3.3.8']) row(k, c[k] ?? 0);
  for (let i = 1; i <= 6; i++) row(`3.3.4.${i}`, c[`3.3.4.${i}`] ?? 0);
  row('3.3.4', sumPrefix(c, '3.3.4.'));
  row(
    '3.3',
    ['3.3.1', '3.3.2', '3.3.3', '3.3.4', '3.3.5', '3.3.6', '3.3.7', '3.3.8'].reduce((s, k) => s + (cells[k] as number), 0),
  );
  for (const k of ['4', '4.1', '4.2', '4.3', '5', '5.1', '5.2', '5.3']) row(k, c[k] ?? 0);
  row('6', g.complaints);
  row('7', Math.round((g.feesYuan / 10_000) * 10_000) / 10_000);
  // Not official rows, but the checks need them: cases closed late without an extension, and
  // reviews and suits still pending (counted in 4 and 5 but in none of their sub-rows).
  row('x.late', c.late ?? 0);
  row('x.4.pending', c['4.pending'] ?? 0);
  row('x.5.pending', c['5.pending'] ?? 0);
  return { cells, unmapped };
}

const LEAVES_2021 = ROWS_2021_T3.filter(
  (r) => /^3\.3\.[1-6](\.\d)?$/.test(r.code) && !ROWS_2021_T3.some((x) => x.code.startsWith(r.code + '.')),
).map((r) => r.code);
const PARENTS_2021 = (['3.3.3', '3.3.4', '3.3.5', '3.3.6'] as const).map(
  (p) => [p, LEAVES_2021.filter((l) => l.startsWith(p + '.'))] as const,
);
// A roll-up derives hundreds of offices' tables from tens of thousands of groups, so the counts are
// kept in one flat array (a slot per row, six kinds each) and turned into cells once at the end:
// adding into objects keyed by row and kind cost ~3x as much (lib/statistics, docs/performance.md).
const SLOTS_2021 = ['3.1', '3.2', '3.4', ...LEAVES_2021, '3.3.x'];
const SLOT = new Map(SLOTS_2021.map((code, i) => [code, i]));
const UNMAPPED_SLOT = SLOTS_2021.length - 1;
const KIND_INDEX = new Map<string, number>(KINDS.map((k, i) => [k, i]));
const W = KINDS.length;
// A catalogue's disposition → slot (an unmapped one to 3.3.x), kept per catalogue object.
const slotsByCatalogue = new WeakMap<Mapping[], Map<string, number>>();
function slotsOf(mapping: Mapping[]): Map<string, number> {
  let slots = slotsByCatalogue.get(mapping);
  if (!slots) {
    slots = new Map();
    for (const m of mapping) {
      const slot = SLOT.get(m.cell2021);
      if (slot !== undefined && slot >= 3 && slot < UNMAPPED_SLOT) slots.set(m.code, slot);
    }
    slotsByCatalogue.set(mapping, slots);
  }
  return slots;
}

function cells2021(g: Groups, mapping: Mapping[], format: FormatId): { cells: Cells; unmapped: number } {
  const slots = slotsOf(mapping);
  const counts = new Float64Array(SLOTS_2021.length * W);
  const inc = (slot: number, kind: string, n: number) => {
    const k = KIND_INDEX.get(kind);
    if (k !== undefined) counts[slot * W + k] += n;
  };
  for (const r of g.received) inc(0, r.kind, r.n);
  for (const r of g.carriedIn) inc(1, r.kind, r.n);
  for (const r of g.carriedOut) inc(2, r.kind, r.n);
  let unmapped = 0;
  for (const r of g.closed) {
    const slot = r.code === null ? undefined : slots.get(r.code);
    if (slot !== undefined) inc(slot, r.kind, r.n);
    else {
      unmapped += r.n;
      inc(UNMAPPED_SLOT, r.kind, r.n);
    }
  }
  const cells: Cells = {};
  const sumOf = (codes: readonly string[]): KindCell => {
    const row = emptyKinds();
    for (const code of codes) {
      const base = SLOT.get(code)! * W;
      for (let k = 0; k < W; k++) row[KINDS[k]] += counts[base + k];
    }
    row.total = KINDS.reduce((s, k) => s + row[k], 0);
    return row;
  };
  for (const code of ['3.1', '3.2', '3.4']) cells[code] = sumOf([code]);
  for (const leaf of LEAVES_2021) if (format === '2021' || !leaf.startsWith('3.3.6.')) cells[leaf] = sumOf([leaf]);
  for (const [parent, leaves] of PARENTS_2021) cells[parent] = sumOf(leaves);
  cells['3.3.7'] = sumOf(SLOTS_2021.slice(3));

  const appeals: Record<string, number> = {};
  for (const group of APPEAL_GROUPS) for (const o of APPEAL_OUTCOMES) appeals[`4.${group}.${o}`] = 0;
  for (const a of g.appeals) {
    const group = a.kind === 'review' ? 'review' : a.afterReview ? 'suit_after_review' : 'suit_direct';
    appeals[`4.${group}.${a.outcome}`] += a.n;
    appeals[`4.${group}.total`] += a.n;
  }
  Object.assign(cells, appeals);
  cells['x.fees'] = Math.round((g.feesYuan / 10_000) * 10_000) / 10_000;
  return { cells, unmapped };
}
const APPEAL_GROUPS = ['review', 'suit_direct', 'suit_after_review'];
const APPEAL_OUTCOMES = ['upheld', 'corrected', 'other', 'pending', 'total'];

export function deriveCells(format: FormatId, g: Groups, mapping: Mapping[]) {
  return format === '2017' ? cells2017(g, mapping) : cells2021(g, mapping, format);
}
