// Tables 二, 三 and 四 of the annual report drawn as the 2021 format (国办公开办函〔2021〕30号)
// prints them: table 二 in its four blocks of 第二十条 with their own columns and units, blank where
// the office entered nothing (never a 0 nobody reported); table 三 under the merged 申请人情况 /
// 法人或其他组织 header; table 四 as the form's one row of fifteen cells under 行政复议 / 行政诉讼.
import type { TableBlock, TableCell } from '@/lib/documents/docx-blocks';
import type { Section } from '@/lib/statistics/layout';
import type { Cells } from '@/lib/statistics/counting-rules';
import { APPEAL_GROUPS, APPEAL_OUTCOMES } from '@/lib/statistics/formats';

const span = (text: string, n: number): TableCell => ({ text, span: n });

/** Table 二: `entered` holds the codes the office filled in; any other cell stays blank. */
export function activeDisclosureTable(cells: Cells, entered: Set<string>): TableBlock {
  const v = (code: string) => (entered.has(code) && typeof cells[code] === 'number' ? String(cells[code]) : '');
  const block = (article: string, columns: string[], rows: [string, string[]][]): TableCell[][] => [
    [span(article, 4)],
    columns.length === 3 ? ['信息内容', ...columns] : ['信息内容', span(columns[0], 3)],
    ...rows.map(([label, codes]): TableCell[] => (codes.length === 3 ? [label, ...codes.map(v)] : [label, span(v(codes[0]), 3)])),
  ];
  return {
    kind: 'table',
    header: 0,
    firstWidth: 0.31,
    rows: [
      ...block(
        '第二十条第（一）项',
        ['本年制发件数', '本年废止件数', '现行有效件数'],
        [
          ['规章', ['2.rules.issued', '2.rules.repealed', '2.rules.in_force']],
          ['行政规范性文件', ['2.normative.issued', '2.normative.repealed', '2.normative.in_force']],
        ],
      ),
      ...block('第二十条第（五）项', ['本年处理决定数量'], [['行政许可', ['2.license.decisions']]]),
      ...block(
        '第二十条第（六）项',
        ['本年处理决定数量'],
        [
          ['行政处罚', ['2.penalty.decisions']],
          ['行政强制', ['2.coercion.decisions']],
        ],
      ),
      ...block('第二十条第（八）项', ['本年收费金额（单位：万元）'], [['行政事业性收费', ['2.fees.amount']]]),
    ],
  };
}

/** Table 三: the row labels, then 自然人, the five kinds of 法人或其他组织, 总计. */
export function applicationsTable(s: Section): TableBlock {
  const [natural, ...rest] = s.columns;
  const orgs = rest.slice(0, -1);
  const total = rest.at(-1)!;
  return {
    kind: 'table',
    header: 3,
    firstWidth: 0.37,
    rows: [
      [{ text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', merge: 'start' }, span('申请人情况', 7)],
      [
        { text: '', merge: 'continue' },
        { text: natural, merge: 'start' },
        span('法人或其他组织', orgs.length),
        { text: total, merge: 'start' },
      ],
      [{ text: '', merge: 'continue' }, { text: '', merge: 'continue' }, ...orgs, { text: '', merge: 'continue' }],
      ...s.rows.map(({ row, values }) => [row.label, ...values.map((x) => (x === null ? '' : String(x)))]),
    ],
  };
}

/** Table 四: one row of fifteen numbers. */
export function appealsTable(cells: Cells): TableBlock {
  const outcomes = APPEAL_OUTCOMES.map(([, label]) => label);
  const n = (code: string) => (typeof cells[code] === 'number' ? String(cells[code]) : '0');
  const [review, direct, afterReview] = APPEAL_GROUPS.map(([g]) => g);
  return {
    kind: 'table',
    header: 3,
    firstWidth: 1 / 15,
    rows: [
      [span('行政复议', 5), span('行政诉讼', 10)],
      [...outcomes.map((text): TableCell => ({ text, merge: 'start' })), span('未经复议直接起诉', 5), span('复议后起诉', 5)],
      [...outcomes.map((): TableCell => ({ text: '', merge: 'continue' })), ...outcomes, ...outcomes],
      [review, direct, afterReview].flatMap((g) => APPEAL_OUTCOMES.map(([o]) => n(`4.${g}.${o}`))),
    ],
  };
}
