// The year-end table formats, row by row, with their stable codes (../shared/FORMATS.md).
// `derived` rows come from the cases; `manual` rows are entered per year; headings carry no number.
type Source = 'heading' | 'manual' | 'derived';
export interface Row {
  code: string;
  label: string;
  unit: string;
  source: Source;
  indent: number;
}
export type FormatId = '2017' | '2019' | '2021';
export const FORMAT_IDS: FormatId[] = ['2017', '2019', '2021'];
export const FORMAT_LABELS: Record<FormatId, string> = {
  '2017': '2017年格式（政府信息公开情况统计表）',
  '2019': '2019年试行格式（国办公开办函〔2019〕60号）',
  '2021': '2021年格式（国办公开办函〔2021〕30号）',
};

const r = (code: string, label: string, unit: string, source: Source, indent = code.split('.').length - 1): Row => ({
  code,
  label,
  unit,
  source,
  indent,
});

export const ROWS_2017: Row[] = [
  r('1', '一、主动公开情况', '', 'heading'),
  r('1.1', '（一）主动公开政府信息数', '条', 'manual'),
  r('1.1.1', '其中：主动公开规范性文件数', '条', 'manual'),
  r('1.1.2', '制发规范性文件总数', '件', 'manual'),
  r('1.2', '（二）通过不同渠道和方式公开政府信息的情况', '', 'heading'),
  r('1.2.1', '1.政府公报公开政府信息数', '条', 'manual'),
  r('1.2.2', '2.政府网站公开政府信息数', '条', 'manual'),
  r('1.2.3', '3.政务微博公开政府信息数', '条', 'manual'),
  r('1.2.4', '4.政务微信公开政府信息数', '条', 'manual'),
  r('1.2.5', '5.其他方式公开政府信息数', '条', 'manual'),
  r('2', '二、回应解读情况', '', 'heading'),
  r('2.1', '（一）回应公众关注热点或重大舆情数', '次', 'manual'),
  r('2.2', '（二）通过不同渠道和方式回应解读的情况', '', 'heading'),
  r('2.2.1', '1.参加或举办新闻发布会总次数', '次', 'manual'),
  r('2.2.1.1', '其中：主要负责同志参加新闻发布会次数', '次', 'manual'),
  r('2.2.2', '2.政府网站在线访谈次数', '次', 'manual'),
  r('2.2.2.1', '其中：主要负责同志参加政府网站在线访谈次数', '次', 'manual'),
  r('2.2.3', '3.政策解读稿件发布数', '篇', 'manual'),
  r('2.2.4', '4.微博微信回应事件数', '次', 'manual'),
  r('2.2.5', '5.其他方式回应事件数', '次', 'manual'),
  r('3', '三、依申请公开情况', '', 'heading'),
  r('3.1', '（一）收到申请数', '件', 'derived'),
  r('3.1.1', '1.当面申请数', '件', 'derived'),
  r('3.1.2', '2.传真申请数', '件', 'derived'),
  r('3.1.3', '3.网络申请数', '件', 'derived'),
  r('3.1.4', '4.信函申请数', '件', 'derived'),
  r('3.2', '（二）申请办结数', '件', 'derived'),
  r('3.2.1', '1.按时办结数', '件', 'derived'),
  r('3.2.2', '2.延期办结数', '件', 'derived'),
  r('3.3', '（三）申请答复数', '件', 'derived'),
  r('3.3.1', '1.属于已主动公开范围数', '件', 'derived'),
  r('3.3.2', '2.同意公开答复数', '件', 'derived'),
  r('3.3.3', '3.同意部分公开答复数', '件', 'derived'),
  r('3.3.4', '4.不同意公开答复数', '件', 'derived'),
  r('3.3.4.1', '其中：涉及国家秘密', '件', 'derived'),
  r('3.3.4.2', '涉及商业秘密', '件', 'derived'),
  r('3.3.4.3', '涉及个人隐私', '件', 'derived'),
  r('3.3.4.4', '危及国家安全、公共安全、经济安全和社会稳定', '件', 'derived'),
  r('3.3.4.5', '不是《条例》所指政府信息', '件', 'derived'),
  r('3.3.4.6', '法律法规规定的其他情形', '件', 'derived'),
  r('3.3.5', '5.不属于本行政机关公开数', '件', 'derived'),
  r('3.3.6', '6.申请信息不存在数', '件', 'derived'),
  r('3.3.7', '7.告知作出更改补充数', '件', 'derived'),
  r('3.3.8', '8.告知通过其他途径办理数', '件', 'derived'),
  r('4', '四、行政复议数量', '件', 'derived', 0),
  r('4.1', '（一）维持具体行政行为数', '件', 'derived'),
  r('4.2', '（二）被依法纠错数', '件', 'derived'),
  r('4.3', '（三）其他情形数', '件', 'derived'),
  r('5', '五、行政诉讼数量', '件', 'derived', 0),
  r('5.1', '（一）维持具体行政行为或者驳回原告诉讼请求数', '件', 'derived'),
  r('5.2', '（二）被依法纠错数', '件', 'derived'),
  r('5.3', '（三）其他情形数', '件', 'derived'),
  r('6', '六、举报投诉数量', '件', 'derived', 0),
  r('7', '七、依申请公开信息收取的费用', '万元', 'derived', 0),
  r('8', '八、机构建设和保障经费情况', '', 'heading'),
  r('8.1', '（一）政府信息公开工作专门机构数', '个', 'manual'),
  r('8.2', '（二）设置政府信息公开查阅点数', '个', 'manual'),
  r('8.3', '（三）从事政府信息公开工作人员数', '人', 'manual'),
  r('8.3.1', '1.专职人员数', '人', 'manual'),
  r('8.3.2', '2.兼职人员数', '人', 'manual'),
  r('8.4', '（四）政府信息公开专项经费', '万元', 'manual'),
  r('9', '九、政府信息公开会议和培训情况', '', 'heading'),
  r('9.1', '（一）召开政府信息公开工作会议或专题会议数', '次', 'manual'),
  r('9.2', '（二）举办各类培训班数', '次', 'manual'),
  r('9.3', '（三）接受培训人员数', '人次', 'manual'),
];

/** Table 三 of the 2021 format: one column per applicant kind plus the total. */
export const ROWS_2021_T3: Row[] = [
  r('3.1', '一、本年新收政府信息公开申请数量', '件', 'derived', 0),
  r('3.2', '二、上年结转政府信息公开申请数量', '件', 'derived', 0),
  r('3.3', '三、本年度办理结果', '', 'heading', 0),
  r('3.3.1', '（一）予以公开', '件', 'derived', 1),
  r('3.3.2', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '件', 'derived', 1),
  r('3.3.3', '（三）不予公开', '件', 'derived', 1),
  r('3.3.3.1', '1.属于国家秘密', '件', 'derived', 2),
  r('3.3.3.2', '2.其他法律行政法规禁止公开', '件', 'derived', 2),
  r('3.3.3.3', '3.危及“三安全一稳定”', '件', 'derived', 2),
  r('3.3.3.4', '4.保护第三方合法权益', '件', 'derived', 2),
  r('3.3.3.5', '5.属于三类内部事务信息', '件', 'derived', 2),
  r('3.3.3.6', '6.属于四类过程性信息', '件', 'derived', 2),
  r('3.3.3.7', '7.属于行政执法案卷', '件', 'derived', 2),
  r('3.3.3.8', '8.属于行政查询事项', '件', 'derived', 2),
  r('3.3.4', '（四）无法提供', '件', 'derived', 1),
  r('3.3.4.1', '1.本机关不掌握相关政府信息', '件', 'derived', 2),
  r('3.3.4.2', '2.没有现成信息需要另行制作', '件', 'derived', 2),
  r('3.3.4.3', '3.补正后申请内容仍不明确', '件', 'derived', 2),
  r('3.3.5', '（五）不予处理', '件', 'derived', 1),
  r('3.3.5.1', '1.信访举报投诉类申请', '件', 'derived', 2),
  r('3.3.5.2', '2.重复申请', '件', 'derived', 2),
  r('3.3.5.3', '3.要求提供公开出版物', '件', 'derived', 2),
  r('3.3.5.4', '4.无正当理由大量反复申请', '件', 'derived', 2),
  r('3.3.5.5', '5.要求行政机关确认或重新出具已获取信息', '件', 'derived', 2),
  r('3.3.6', '（六）其他处理', '件', 'derived', 1),
  r('3.3.6.1', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '件', 'derived', 2),
  r('3.3.6.2', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '件', 'derived', 2),
  r('3.3.6.3', '3.其他', '件', 'derived', 2),
  r('3.3.7', '（七）总计', '件', 'derived', 1),
  r('3.4', '四、结转下年度继续办理', '件', 'derived', 0),
];

/** The 2019 trial format: the same table, but 其他处理 is one row. */
export const ROWS_2019_T3: Row[] = ROWS_2021_T3.filter((x) => !x.code.startsWith('3.3.6.'));

export const KINDS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other'] as const;
export const KIND_COLUMNS = [...KINDS, 'total'] as const;
/**
 * The applicant kind a number column stands for: the kind columns of the 2019/2021 tables, where a
 * section has one column per kind and a total; none in the 2017 table or another section.
 */
export function kindOfColumn(format: FormatId, col: number, columns: number): (typeof KINDS)[number] | undefined {
  if (format === '2017' || columns !== KIND_COLUMNS.length) return undefined;
  const k = KIND_COLUMNS[col];
  return k === 'total' ? undefined : k;
}
export const KIND_HEADERS: Record<(typeof KIND_COLUMNS)[number], string> = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  nonprofit: '社会公益组织',
  legal: '法律服务机构',
  other: '其他',
  total: '总计',
};

export const APPEAL_GROUPS = [
  ['review', '行政复议'],
  ['suit_direct', '行政诉讼：未经复议直接起诉'],
  ['suit_after_review', '行政诉讼：复议后起诉'],
] as const;
export const APPEAL_OUTCOMES = [
  ['upheld', '结果维持'],
  ['corrected', '结果纠正'],
  ['other', '其他结果'],
  ['pending', '尚未审结'],
  ['total', '总计'],
] as const;

/** Table 二 of the 2021 format (entered by hand). */
export const ROWS_2021_T2: Row[] = [
  r('2.rules.issued', '规章 本年制发件数', '件', 'manual', 1),
  r('2.rules.repealed', '规章 本年废止件数', '件', 'manual', 1),
  r('2.rules.in_force', '规章 现行有效件数', '件', 'manual', 1),
  r('2.normative.issued', '行政规范性文件 本年制发件数', '件', 'manual', 1),
  r('2.normative.repealed', '行政规范性文件 本年废止件数', '件', 'manual', 1),
  r('2.normative.in_force', '行政规范性文件 现行有效件数', '件', 'manual', 1),
  r('2.license.decisions', '行政许可 本年处理决定数量', '件', 'manual', 1),
  r('2.penalty.decisions', '行政处罚 本年处理决定数量', '件', 'manual', 1),
  r('2.coercion.decisions', '行政强制 本年处理决定数量', '件', 'manual', 1),
  r('2.fees.amount', '行政事业性收费 本年收费金额', '万元', 'manual', 1),
];

export function manualRows(format: FormatId): Row[] {
  return format === '2017' ? ROWS_2017.filter((x) => x.source === 'manual') : ROWS_2021_T2;
}

/** A row's Chinese name, for screens that point at one cell (the code stays internal). */
export function rowLabel(format: FormatId, code: string): string {
  const rows = format === '2017' ? ROWS_2017 : [...ROWS_2021_T3, ...ROWS_2021_T2];
  return rows.find((r) => r.code === code)?.label ?? '该栏目';
}
