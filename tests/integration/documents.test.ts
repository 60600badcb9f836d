import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCase } from '@/lib/cases/create-case';
import { recordEvent } from '@/lib/cases/record-event';
import { defaultParagraphs, KINDS } from '@/lib/documents/catalog';
import { buildDocx } from '@/lib/documents/docx-writer';
import { issueDocument } from '@/lib/documents/issue-document';
import { activateTemplate, uploadTemplate } from '@/lib/documents/manage-templates';
import { PLACEHOLDERS } from '@/lib/documents/placeholders';
import { templateTags, TemplateError } from '@/lib/documents/render';
import { demoForFile, type Actors } from '../helpers/actors';
import { docxText } from '../helpers/docx';
import { BACKDATED } from '../helpers/letter-suite';

const { tdb, a } = demoForFile();

const newCase = (over: Record<string, unknown> = {}) =>
  createCase(
    tdb.prisma,
    {
      channel: 'letter',
      arrivedOn: '2025-09-26',
      applicant: { kind: 'natural', name: '张三丰', address: '北京市东城区某街1号', postcode: '100010' },
      description: '某地块征收补偿安置方案',
      ...over,
    },
    a.clerk,
  ).then((r) => r.case);
const ev = (id: number, type: string, on: string, data: Record<string, unknown> = {}, who: keyof Actors = 'clerk') =>
  recordEvent(tdb.prisma, id, { type, on, ...data }, a[who]);

describe('default templates', () => {
  it('ship one .docx per kind, equal to the catalogue, using only known placeholders', () => {
    expect(KINDS).toHaveLength(49);
    expect(new Set(KINDS.map((k) => k.cls))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
    for (const k of KINDS) {
      const file = new Uint8Array(fs.readFileSync(`templates/default/${k.id}.docx`));
      expect(
        Buffer.from(file).equals(Buffer.from(buildDocx(defaultParagraphs(k)))),
        `${k.id} is stale: run npx tsx scripts/build-templates.ts`,
      ).toBe(true);
      expect(
        templateTags(file).filter((t) => !(t in PLACEHOLDERS)),
        k.id,
      ).toEqual([]);
    }
  });
});

describe('re-issuing', () => {
  it('keeps every version when re-issued, under the same 文号', async () => {
    const c = await newCase();
    const first = await issueDocument(tdb.prisma, c.id, 'receipt', a.clerk, BACKDATED);
    const second = await issueDocument(tdb.prisma, c.id, 'receipt', a.clerk, BACKDATED);
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
    // The letters are dated the day of their correction request, so they are numbered in 2025.
    const before =
      (await tdb.prisma.docCounter.findUnique({ where: { agencyId_cls_year: { agencyId: a.clerk.agencyId, cls: 2, year: 2025 } } }))
        ?.last ?? 0;
    for (const c of cases) await ev(c.id, 'correction_requested', '2025-10-10', { items: '请补充', limitOn: '2025-10-31' });
    const docs = await Promise.all(cases.map((c) => issueDocument(tdb.prisma, c.id, 'correction_notice', a.clerk, BACKDATED)));
    const seqs = docs.map((d) => Number(/〔\d+〕(\d+)号/.exec(d.docNo)![1])).sort((x, y) => x - y);
    expect(seqs).toEqual(Array.from({ length: 100 }, (_, i) => before + i + 1));
    console.log(`100 parallel issues: numbers ${seqs[0]}–${seqs.at(-1)}, duplicates ${100 - new Set(seqs).size}`);
  });
});

describe('replacing a template', () => {
  it('refuses unknown placeholders by name, and broken files', async () => {
    const bad = buildDocx([{ kind: 'body', text: '{applicantName}：{aplicantAdress} 和 {docNo}' }]);
    await expect(uploadTemplate(tdb.prisma, a.admin.agencyId, 'receipt', bad, 'bad.docx', a.admin.userId)).rejects.toMatchObject({
      names: ['aplicantAdress'],
    });
    await expect(
      uploadTemplate(tdb.prisma, a.admin.agencyId, 'receipt', new Uint8Array([1, 2, 3]), 'x.docx', a.admin.userId),
    ).rejects.toThrow(TemplateError);
    const unbalanced = buildDocx([{ kind: 'body', text: '{#items}{name}' }]);
    await expect(uploadTemplate(tdb.prisma, a.admin.agencyId, 'receipt', unbalanced, 'y.docx', a.admin.userId)).rejects.toThrow(
      /模板格式错误/,
    );
    expect(await tdb.prisma.docTemplate.count()).toBe(0);
  });

  it('previews an upload with sample data, uses it once accepted and keeps the previous one', async () => {
    const own = buildDocx([
      { kind: 'title', text: '示例市自然资源局（红头）' },
      { kind: 'docNo', text: '{docNo}' },
      { kind: 'body', text: '{applicantName}：您的申请（{trackingNo}）已于{receivedOn}收到。' },
    ]);
    const up = await uploadTemplate(tdb.prisma, a.admin.agencyId, 'receipt', own, '回执.docx', a.admin.userId);
    expect(up.preview).toContain('张三：您的申请（2025-0001）已于2025年2月10日收到');
    const c = await newCase();
    expect(
      docxText(
        new Uint8Array(
          (
            await tdb.prisma.document.findUniqueOrThrow({
              where: { id: (await issueDocument(tdb.prisma, c.id, 'receipt', a.clerk, BACKDATED)).id },
            })
          ).file,
        ),
      ),
    ).not.toContain('红头');
    await activateTemplate(tdb.prisma, a.admin.agencyId, up.id, a.admin.userId);
    const after = await issueDocument(tdb.prisma, c.id, 'receipt', a.clerk, BACKDATED);
    expect(docxText(new Uint8Array((await tdb.prisma.document.findUniqueOrThrow({ where: { id: after.id } })).file))).toContain(
      '示例市自然资源局（红头）',
    );
    const up2 = await uploadTemplate(tdb.prisma, a.admin.agencyId, 'receipt', own, '回执2.docx', a.admin.userId);
    await activateTemplate(tdb.prisma, a.admin.agencyId, up2.id, a.admin.userId);
    expect((await tdb.prisma.docTemplate.findMany({ orderBy: { id: 'asc' } })).map((t) => t.status)).toEqual(['retired', 'active']);
  });
});
