import { describe, expect, it } from 'vitest';
import { archiveIndex } from '@/lib/archive/archive-index';

const base = {
  agencyName: '示例市自然资源局',
  trackingNo: '2025-0007',
  applicantName: '张三',
  channel: 'letter',
  receivedOn: '2025-03-03',
  closedOn: '2025-03-20',
  disposition: 'granted',
  counter: false,
  deliveryMethod: 'post',
  timelinePages: 2,
};
const doc = (id: number, kind: string, name: string, date: string, pages: number | null = 1) => ({
  id,
  kind,
  name,
  docNo: kind === 'delivery_receipt' ? '' : `示依告〔2025〕${id}号`,
  version: 1,
  date,
  pages,
});

describe('the 卷内目录 of a case', () => {
  it('orders 申请, 审批, 答复, 送达 and finds nothing missing in a whole file', () => {
    const { entries, missing } = archiveIndex({
      ...base,
      documents: [
        doc(3, 'delivery_receipt', '送达回证', '2025-03-20'),
        doc(2, 'reply_granted', '公开答复书', '2025-03-18'),
        doc(1, 'receipt', '申请接收回执', '2025-03-03'),
      ],
      attachments: [
        { id: 9, kind: 'released', fileName: '批复.pdf', date: '2025-03-18' },
        { id: 8, kind: 'scan', fileName: '申请书.pdf', date: '2025-03-03' },
      ],
    });
    expect(entries.map((e) => [e.seq, e.title, e.author])).toEqual([
      [1, '申请书（扫描件）：申请书.pdf', '张三'],
      [2, '申请接收回执', '示例市自然资源局'],
      [3, '办理过程记录（2025-0007）', '示例市自然资源局'],
      [4, '公开答复书', '示例市自然资源局'],
      [5, '公开的信息：批复.pdf', '示例市自然资源局'],
      [6, '送达回证', '示例市自然资源局'],
    ]);
    expect(missing).toEqual([]);
  });

  it('names each gap, and asks nothing of a counter reply or an online application', () => {
    const gaps = archiveIndex({
      ...base,
      timelinePages: null,
      documents: [doc(2, 'fee_notice', '收费通知书', '2025-03-10', null)],
      attachments: [],
    });
    expect(gaps.missing).toEqual([
      '未出具答复文书（予以公开）',
      '答复已送达，但未出具送达回证',
      '未上传申请书扫描件',
      '收费通知书（示依告〔2025〕2号）尚无 PDF 版本',
      '办理过程记录尚无 PDF 版本（或已过时）',
    ]);
    const counter = {
      ...base,
      counter: true,
      channel: 'in_person',
      disposition: 'published',
      deliveryMethod: 'pickup',
      documents: [],
      attachments: [],
      counterRecordPages: 1,
    };
    // A counter reply: no letter, no 送达回证, no scan — its signed record is the reply, filed as 答复.
    const filed = archiveIndex(counter);
    expect(filed.missing).toEqual([]);
    expect(filed.entries.map((e) => [e.title, e.note])).toEqual([
      ['办理过程记录（2025-0007）', ''],
      ['当场答复记录', '申请人签字件另存'],
    ]);
    expect(archiveIndex({ ...counter, counterRecordPages: null }).missing).toEqual(['当场答复记录尚无 PDF 版本']);
    expect(
      archiveIndex({
        ...base,
        channel: 'online',
        deliveryMethod: 'online',
        documents: [doc(2, 'reply_granted', '公开答复书', '2025-03-18')],
        attachments: [],
      }).missing,
    ).toEqual([]);
  });
});
