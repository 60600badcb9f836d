import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '@/lib/cases/create-case';
import { recordEvent } from '@/lib/cases/record-event';
import { defaultParagraphs, KINDS } from '@/lib/documents/catalog';
import { buildDocx } from '@/lib/documents/docx-writer';
import { issueDocument } from '@/lib/documents/issue-document';
import { activateTemplate, uploadTemplate } from '@/lib/documents/manage-templates';
import { PLACEHOLDERS } from '@/lib/documents/placeholders';
import { replyKindFor } from '@/lib/documents/offer';
import { templateTags, TemplateError } from '@/lib/documents/render';
import { todayInChina, yearOf } from '@/lib/shared/dates';
import { createTestDb, type TestDb } from '../helpers/db';
import { demoActors, type Actors } from '../helpers/actors';
import { docxText } from '../helpers/docx';

let tdb: TestDb;
let a: Actors;
beforeAll(async () => { tdb = await createTestDb(); a = await demoActors(tdb.prisma); });
afterAll(async () => tdb?.drop());
const year = yearOf(todayInChina());

const newCase = (over: Record<string, unknown> = {}) => createCase(tdb.prisma, {
  channel: 'letter', arrivedOn: '2025-09-26', applicant: { kind: 'natural', name: '张三丰', address: '北京市东城区某街1号', postcode: '100010' },
  description: '某地块征收补偿安置方案', ...over,
}, a.clerk).then((r) => r.case);
const ev = (id: number, type: string, on: string, data: Record<string, unknown> = {}, who: keyof Actors = 'clerk') => recordEvent(tdb.prisma, id, { type, on, ...data }, a[who]);
const issued = new Map<string, string>();

async function issueAndCheck(caseId: number, kind: string) {
  const doc = await issueDocument(tdb.prisma, caseId, kind, a.clerk);
  const row = await tdb.prisma.document.findUniqueOrThrow({ where: { id: doc.id } });
  const text = docxText(new Uint8Array(row.file));
  expect(text, kind).not.toMatch(/[{}]/); // no placeholder left unfilled
  expect(text, kind).not.toContain('undefined');
  expect(text, kind).toContain(doc.docNo);
  expect(doc.docNo, kind).toMatch(new RegExp(`^示资依.〔${year}〕[1-9]\\d*号$`));
  issued.set(kind, text);
  return { doc, text };
}

describe('default templates', () => {
  it('ship one .docx per kind, equal to the catalogue, using only known placeholders', () => {
    expect(KINDS).toHaveLength(36);
    expect(new Set(KINDS.map((k) => k.cls))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]));
    for (const k of KINDS) {
      const file = new Uint8Array(fs.readFileSync(`templates/default/${k.id}.docx`));
      expect(Buffer.from(file).equals(Buffer.from(buildDocx(defaultParagraphs(k)))), `${k.id} is stale: run npx tsx scripts/build-templates.ts`).toBe(true);
      expect(templateTags(file).filter((t) => !(t in PLACEHOLDERS)), k.id).toEqual([]);
    }
  });
});

describe('issuing every class and variant from real cases', () => {
  it('fills the procedural documents of a case that went through every step', async () => {
    const c = await newCase();
    await ev(c.id, 'correction_requested', '2025-09-29', { items: '请写明地块编号', limitOn: '2025-10-20' });
    const { text: correction } = await issueAndCheck(c.id, 'correction_notice');
    expect(correction).toContain('本机关于2025年9月26日收到您（单位）要求获取“某地块征收补偿安置方案”的政府信息公开申请');
    expect(correction).toContain('请写明地块编号');
    expect(correction).toContain('请于2025年10月20日前');
    expect(correction).toContain('六十日内向本级人民政府或者上一级主管部门申请行政复议');
    await ev(c.id, 'correction_received', '2025-10-09');
    await ev(c.id, 'consultation_sent', '2025-10-13', { party: '示例置业有限公司' });
    const { text: consult } = await issueAndCheck(c.id, 'consult_third_party');
    expect(consult).toContain('示例置业有限公司：');
    expect(consult).toContain('即2025年11月3日前'); // 15 working days after the letter
    await ev(c.id, 'consultation_answered', '2025-10-17', { objection: true });
    await ev(c.id, 'extension_requested', '2025-10-20', { workingDays: 20, reason: '需调取多个地块的档案' });
    await ev(c.id, 'extension_approved', '2025-10-21', {}, 'reviewer');
    const { text: ext } = await issueAndCheck(c.id, 'extension_notice');
    expect(ext).toContain('因需调取多个地块的档案，本机关不能在2025年11月12日前作出答复');
    expect(ext).toContain('经李审核同意，答复期限延长20个工作日，本机关将于2025年12月10日前作出答复');
    for (const k of ['register_form', 'receipt', 'reasons_notice', 'consult_notice_applicant', 'disclosure_notice_third_party']) await issueAndCheck(c.id, k);
    await expect(issueDocument(tdb.prisma, c.id, 'reply_granted', a.clerk)).rejects.toThrow(/答复审核通过后/);
    await ev(c.id, 'reply_submitted', '2025-11-03', { disposition: 'granted', legalBasis: '第三十六条第（二）项', items: ['征收补偿安置方案', '征地批复'], feeYuan: 100, note: '' });
    await ev(c.id, 'reply_approved', '2025-11-04', {}, 'reviewer');
    const { text: reply } = await issueAndCheck(c.id, 'reply_granted');
    expect(reply).toMatch(/1\. 征收补偿安置方案\n2\. 征地批复/);
    const { text: fee } = await issueAndCheck(c.id, 'fee_notice');
    expect(fee).toContain('人民币100.00元');
    await expect(issueDocument(tdb.prisma, c.id, 'reply_partial', a.clerk)).rejects.toThrow(/与处理结果相符/);
    const agencyCase = await newCase({ channel: 'in_person', arrivedOn: '2025-09-26' });
    await issueAndCheck(agencyCase.id, 'in_person_receipt');
    await ev(agencyCase.id, 'consultation_sent', '2025-10-13', { party: '示例市财政局', partyKind: 'agency' });
    await issueAndCheck(agencyCase.id, 'consult_agency');
  });

  it('fills the reply letter of every disposition once approved', async () => {
    const codes = (await tdb.prisma.disposition.findMany()).map((d) => d.code).filter((code) => replyKindFor(code) && !code.startsWith('abandoned_'));
    for (const code of codes) {
      // 告知作出更改补充 exists only under the 2007 Regulation.
      const c = await newCase(code === 'amend_requested' ? { arrivedOn: '2019-03-04' } : {});
      if (code === 'unclear_after_correction') {
        await ev(c.id, 'correction_requested', '2025-09-29', { items: '请写明年份', limitOn: '2025-10-08' });
        await ev(c.id, 'correction_received', '2025-10-08', {});
      }
      await ev(c.id, 'reply_submitted', '2025-10-09', { disposition: code, legalBasis: '第三十六条', items: ['某信息'], note: '详见附件' });
      await ev(c.id, 'reply_approved', '2025-10-10', {}, 'reviewer');
      const { text } = await issueAndCheck(c.id, replyKindFor(code)!);
      expect(text, code).toContain('张三丰：');
    }
    const noCorrection = await newCase();
    await ev(noCorrection.id, 'correction_requested', '2025-09-29', { items: '请补充', limitOn: '2025-10-10' });
    await ev(noCorrection.id, 'abandoned', '2025-10-13', { reason: 'no_correction' });
    expect((await issueAndCheck(noCorrection.id, 'abandoned_no_correction')).text).toContain('请您于2025年10月10日前补正');
    const noFee = await newCase();
    await ev(noFee.id, 'reply_submitted', '2025-10-09', { disposition: 'granted', legalBasis: '第三十六条', items: ['某信息'], feeYuan: 100 });
    await ev(noFee.id, 'reply_approved', '2025-10-10', {}, 'reviewer');
    // 20 working days from the fee notice of 10-10 (Saturday 10-11 is a make-up working day) run to 11-06.
    await expect(ev(noFee.id, 'abandoned', '2025-11-06', { reason: 'no_fee' })).rejects.toThrow(/缴费期限.*尚未届满/);
    await ev(noFee.id, 'abandoned', '2025-11-07', { reason: 'no_fee' });
    await issueAndCheck(noFee.id, 'abandoned_no_fee');
    expect([...issued.keys()].sort()).toEqual(KINDS.map((k) => k.id).sort());
  });

  it('keeps every version when re-issued, under the same 文号', async () => {
    const c = await newCase();
    const first = await issueDocument(tdb.prisma, c.id, 'receipt', a.clerk);
    const second = await issueDocument(tdb.prisma, c.id, 'receipt', a.clerk);
    expect([second.docNo, second.version]).toEqual([first.docNo, 2]);
    expect(await tdb.prisma.document.count({ where: { caseId: c.id } })).toBe(2);
    const events = await tdb.prisma.caseEvent.findMany({ where: { caseId: c.id, type: 'document_issued' }, orderBy: { id: 'asc' } });
    expect(events.map((e) => (e.data as { version: number }).version)).toEqual([1, 2]);
    await expect(tdb.prisma.document.update({ where: { id: first.id }, data: { docNo: 'x' } })).rejects.toThrow();
  });
});

describe('文号 under concurrency', () => {
  it('gives 100 simultaneous issues 100 consecutive numbers, no gap, no duplicate', async () => {
    const cases = [];
    for (let i = 0; i < 100; i++) cases.push(await newCase({ arrivedOn: '2025-10-09' }));
    const before = (await tdb.prisma.docCounter.findUnique({ where: { agencyId_cls_year: { agencyId: a.clerk.agencyId, cls: 2, year } } }))?.last ?? 0;
    for (const c of cases) await ev(c.id, 'correction_requested', '2025-10-10', { items: '请补充', limitOn: '2025-10-31' });
    const docs = await Promise.all(cases.map((c) => issueDocument(tdb.prisma, c.id, 'correction_notice', a.clerk)));
    const seqs = docs.map((d) => Number(/〔\d+〕(\d+)号/.exec(d.docNo)![1])).sort((x, y) => x - y);
    expect(seqs).toEqual(Array.from({ length: 100 }, (_, i) => before + i + 1));
    console.log(`100 parallel issues: numbers ${seqs[0]}–${seqs.at(-1)}, duplicates ${100 - new Set(seqs).size}`);
  });
});

describe('replacing a template', () => {
  it('refuses unknown placeholders by name, and broken files', async () => {
    const bad = buildDocx([{ kind: 'body', text: '{applicantName}：{aplicantAdress} 和 {docNo}' }]);
    await expect(uploadTemplate(tdb.prisma, a.admin.agencyId, 'receipt', bad, 'bad.docx', a.admin.userId)).rejects.toMatchObject({ names: ['aplicantAdress'] });
    await expect(uploadTemplate(tdb.prisma, a.admin.agencyId, 'receipt', new Uint8Array([1, 2, 3]), 'x.docx', a.admin.userId)).rejects.toThrow(TemplateError);
    const unbalanced = buildDocx([{ kind: 'body', text: '{#items}{name}' }]);
    await expect(uploadTemplate(tdb.prisma, a.admin.agencyId, 'receipt', unbalanced, 'y.docx', a.admin.userId)).rejects.toThrow(/模板格式错误/);
    expect(await tdb.prisma.docTemplate.count()).toBe(0);
  });

  it('previews an upload with sample data, uses it once accepted and keeps the previous one', async () => {
    const own = buildDocx([{ kind: 'title', text: '示例市自然资源局（红头）' }, { kind: 'docNo', text: '{docNo}' }, { kind: 'body', text: '{applicantName}：您的申请（{trackingNo}）已于{receivedOn}收到。' }]);
    const up = await uploadTemplate(tdb.prisma, a.admin.agencyId, 'receipt', own, '回执.docx', a.admin.userId);
    expect(up.preview).toContain('张三：您的申请（2025-0001）已于2025年2月10日收到');
    const c = await newCase();
    expect(docxText(new Uint8Array((await tdb.prisma.document.findUniqueOrThrow({ where: { id: (await issueDocument(tdb.prisma, c.id, 'receipt', a.clerk)).id } })).file))).not.toContain('红头');
    await activateTemplate(tdb.prisma, a.admin.agencyId, up.id, a.admin.userId);
    const after = await issueDocument(tdb.prisma, c.id, 'receipt', a.clerk);
    expect(docxText(new Uint8Array((await tdb.prisma.document.findUniqueOrThrow({ where: { id: after.id } })).file))).toContain('示例市自然资源局（红头）');
    const up2 = await uploadTemplate(tdb.prisma, a.admin.agencyId, 'receipt', own, '回执2.docx', a.admin.userId);
    await activateTemplate(tdb.prisma, a.admin.agencyId, up2.id, a.admin.userId);
    expect((await tdb.prisma.docTemplate.findMany({ orderBy: { id: 'asc' } })).map((t) => t.status)).toEqual(['retired', 'active']);
  });
});
