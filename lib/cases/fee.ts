// The information processing fee of 《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）. An
// office charges by one basis, never both: 按件 by how many applications the applicant has made
// to it this calendar month (this one included), or 按量 by the pages of this one application.
export const FEE_BASES = { items: '按件计收', pages: '按量计收' } as const;
export type FeeBasis = keyof typeof FEE_BASES;

export const FEE_RATES: Record<FeeBasis, string> = {
  items:
    '同一申请人一个自然月内累计申请10件以下（含10件）的不收费；11—30件（含30件）的部分每件100元；30件以上的部分，以10件为一档，每增加一档，每件收费标准提高100元',
  pages:
    '同一件申请30页以下（含30页）的不收费；31—100页（含100页）的部分每页10元；101—200页（含200页）的部分每页20元；200页以上的部分每页40元',
};

/** Yuan for the n-th application of the month (按件). */
function itemRate(n: number): number {
  if (n <= 10) return 0;
  if (n <= 30) return 100;
  return 100 + Math.ceil((n - 30) / 10) * 100;
}

/** Yuan for an application of `pages` pages (按量). */
function pagesAmount(pages: number): number {
  const band = (from: number, to: number, rate: number) => Math.max(0, Math.min(pages, to) - from) * rate;
  return band(30, 100, 10) + band(100, 200, 20) + band(200, Infinity, 40);
}

export function feeAmount(basis: FeeBasis, count: number): number {
  return basis === 'items' ? itemRate(count) : pagesAmount(count);
}

export const feeCountLabel = (basis: FeeBasis, count: number) => (basis === 'items' ? `本月第${count}件申请` : `${count}页`);
