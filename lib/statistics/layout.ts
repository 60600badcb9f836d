// The table as rows to draw (page, .xlsx, .csv, print): one place decides the order and columns.
import type { Cells, KindCell } from './counting-rules';
import {
  APPEAL_GROUPS,
  APPEAL_OUTCOMES,
  KIND_COLUMNS,
  KIND_HEADERS,
  ROWS_2017,
  ROWS_2019_T3,
  ROWS_2021_T2,
  ROWS_2021_T3,
  type FormatId,
  type Row,
} from './formats';

export interface Section {
  title: string;
  columns: string[];
  rows: { row: Row; values: (number | null)[] }[];
}

const num = (v: unknown) => (typeof v === 'number' ? v : null);

export function layout(format: FormatId, cells: Cells): Section[] {
  if (format === '2017') {
    return [
      {
        title: '政府信息公开情况统计表',
        columns: ['统计数'],
        rows: ROWS_2017.map((row) => ({ row, values: [row.source === 'heading' ? null : num(cells[row.code])] })),
      },
    ];
  }
  const t3 = format === '2019' ? ROWS_2019_T3 : ROWS_2021_T3;
  const appealRows: { row: Row; values: (number | null)[] }[] = APPEAL_GROUPS.map(([g, label]) => ({
    row: { code: `4.${g}`, label, unit: '件', source: 'derived', indent: 0 },
    values: APPEAL_OUTCOMES.map(([o]) => num(cells[`4.${g}.${o}`])),
  }));
  return [
    { title: '二、主动公开政府信息情况', columns: ['数量'], rows: ROWS_2021_T2.map((row) => ({ row, values: [num(cells[row.code])] })) },
    {
      title: '三、收到和处理政府信息公开申请情况',
      columns: KIND_COLUMNS.map((k) => KIND_HEADERS[k]),
      rows: t3.map((row) => ({
        row,
        values:
          row.source === 'heading'
            ? KIND_COLUMNS.map(() => null)
            : KIND_COLUMNS.map((k) => (cells[row.code] as KindCell | undefined)?.[k] ?? 0),
      })),
    },
    { title: '四、政府信息公开行政复议、行政诉讼情况', columns: APPEAL_OUTCOMES.map(([, l]) => l), rows: appealRows },
  ];
}
