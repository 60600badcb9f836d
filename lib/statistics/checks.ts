// Consistency checks (FORMATS.md). A table can only be frozen when all pass.
import type { Cells, KindCell } from './counting-rules';
import { KIND_HEADERS, KINDS, type FormatId } from './formats';

export interface Check {
  id: string;
  label: string;
  ok: boolean;
  detail: string;
}

const n = (cells: Cells, code: string) => (typeof cells[code] === 'number' ? (cells[code] as number) : 0);
const k = (cells: Cells, code: string) => cells[code] as KindCell | undefined;

function eq(id: string, label: string, left: number, right: number): Check {
  return { id, label, ok: left === right, detail: left === right ? `${left} = ${right}` : `${left} ≠ ${right}` };
}

function checks2017(c: Cells, manual: Record<string, number>, unmapped: number): Check[] {
  const sum = (codes: string[]) => codes.reduce((s, x) => s + n(c, x), 0);
  const list = [
    eq('3.1', '收到申请数 = 各渠道之和', n(c, '3.1'), sum(['3.1.1', '3.1.2', '3.1.3', '3.1.4'])),
    eq('3.2', '办结数 = 按时办结 + 延期办结', n(c, '3.2'), sum(['3.2.1', '3.2.2'])),
    eq('3.3', '答复数 = 八类答复之和', n(c, '3.3'), sum(['3.3.1', '3.3.2', '3.3.3', '3.3.4', '3.3.5', '3.3.6', '3.3.7', '3.3.8'])),
    eq('3.2=3.3', '办结数 = 答复数', n(c, '3.2'), n(c, '3.3')),
    eq('3.3.4', '不同意公开 = 六项原因之和', n(c, '3.3.4'), sum(['3.3.4.1', '3.3.4.2', '3.3.4.3', '3.3.4.4', '3.3.4.5', '3.3.4.6'])),
    eq('4', '行政复议 = 维持 + 纠错 + 其他（+ 尚未审结）', n(c, '4'), sum(['4.1', '4.2', '4.3', 'x.4.pending'])),
    eq('5', '行政诉讼 = 维持 + 纠错 + 其他（+ 尚未审结）', n(c, '5'), sum(['5.1', '5.2', '5.3', 'x.5.pending'])),
    eq('8.3', '工作人员数 = 专职 + 兼职', manual['8.3'] ?? 0, (manual['8.3.1'] ?? 0) + (manual['8.3.2'] ?? 0)),
    eq('late', '逾期办结（未经延期、超过原期限）的申请', n(c, 'x.late'), 0),
    eq('unmapped', '未归类的处理结果', unmapped, 0),
  ];
  return list;
}

const COLUMNS = [...KINDS, 'total'] as const;
const CORNER_LABEL = Object.fromEntries(
  COLUMNS.map((col) => [col, `勾稽关系（${KIND_HEADERS[col]}）：本年新收 + 上年结转 = 办理结果总计 + 结转下年度`]),
);
const TOTAL_LABEL = Object.fromEntries(COLUMNS.map((col) => [col, `办理结果总计 = 各项之和（${KIND_HEADERS[col]}）`]));

// A leaf is a row no other row is below. A roll-up checks hundreds of offices whose tables have the
// same rows, so the answer is kept per set of row codes.
const leafMemo = new Map<string, string[]>();
function leavesOf(codes: string[]): string[] {
  const key = codes.join(',');
  let leaves = leafMemo.get(key);
  if (!leaves) {
    const parents = new Set(codes.flatMap((code) => code.split('.').map((_, i, parts) => parts.slice(0, i).join('.'))));
    leaves = codes.filter((code) => /^3\.3\.[1-6](\.\d)?$/.test(code) && !parents.has(code));
    if (leafMemo.size > 100) leafMemo.clear();
    leafMemo.set(key, leaves);
  }
  return leaves;
}

function checks2021(c: Cells, unmapped: number): Check[] {
  const out: Check[] = [];
  for (const col of COLUMNS) {
    const v = (code: string) => k(c, code)?.[col] ?? 0;
    out.push(eq(`corner.${col}`, CORNER_LABEL[col], v('3.1') + v('3.2'), v('3.3.7') + v('3.4')));
  }
  const leaves = leavesOf(Object.keys(c));
  for (const col of COLUMNS) {
    const total = leaves.reduce((s, code) => s + (k(c, code)?.[col] ?? 0), 0);
    out.push(eq(`3.3.7.${col}`, TOTAL_LABEL[col], k(c, '3.3.7')?.[col] ?? 0, total));
  }
  let rowsOk = true;
  for (const code in c) {
    const row = c[code];
    if (typeof row === 'object' && row.total !== KINDS.reduce((s, kk) => s + row[kk], 0)) rowsOk = false;
  }
  out.push({ id: 'totals', label: '每行总计 = 六类申请人之和', ok: rowsOk, detail: rowsOk ? '全部相符' : '有行不相符' });
  out.push(eq('unmapped', '未归类的处理结果', unmapped, 0));
  return out;
}

export function runChecks(format: FormatId, cells: Cells, manual: Record<string, number>, unmapped: number): Check[] {
  return format === '2017' ? checks2017(cells, manual, unmapped) : checks2021(cells, unmapped);
}
