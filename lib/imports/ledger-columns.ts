// The historical ledger (台账) columns: English headers as documented, Chinese aliases accepted.
export const COLUMNS = [
  'trackingNo',
  'receivedOn',
  'channel',
  'applicantKind',
  'applicantName',
  'description',
  'topic',
  'extended',
  'deliveredOn',
  'disposition',
  'fee',
  'reviewFiledOn',
  'reviewOutcome',
  'suitFiledOn',
  'suitAfterReview',
  'suitOutcome',
] as const;
export type Column = (typeof COLUMNS)[number];

export const CHINESE_HEADERS: Record<Column, string[]> = {
  trackingNo: ['编号', '受理编号'],
  receivedOn: ['收到日期', '收到申请日期', '受理日期'],
  channel: ['渠道', '申请方式'],
  applicantKind: ['申请人类型'],
  applicantName: ['申请人', '申请人姓名或名称'],
  description: ['申请内容', '所需信息'],
  topic: ['主题', '类别'],
  extended: ['是否延期', '延期'],
  deliveredOn: ['送达日期', '答复日期', '办结日期'],
  disposition: ['处理结果', '答复类型'],
  fee: ['收费', '信息处理费', '收费（元）'],
  reviewFiledOn: ['复议日期', '行政复议日期'],
  reviewOutcome: ['复议结果', '行政复议结果'],
  suitFiledOn: ['诉讼日期', '起诉日期'],
  suitAfterReview: ['是否复议后起诉', '复议后起诉'],
  suitOutcome: ['诉讼结果', '行政诉讼结果'],
};

/** Header cell → column, or undefined for a column we don't know (reported once). */
export function columnFor(header: string): Column | undefined {
  const h = header.trim().replace(/^\uFEFF/, '');
  const exact = COLUMNS.find((c) => c.toLowerCase() === h.toLowerCase());
  return exact ?? COLUMNS.find((c) => CHINESE_HEADERS[c].includes(h));
}

export const REQUIRED: Column[] = ['trackingNo', 'receivedOn', 'channel', 'applicantKind', 'applicantName', 'description'];
