import { expect, it } from 'vitest';
import { loadAgencySettings, updateAgency } from '@/lib/settings/agency';
import { createCase } from '@/lib/cases/create-case';
import { recordEvent } from '@/lib/cases/record-event';
import { issueDocument } from '@/lib/documents/issue-document';
import { demoForFile } from '../helpers/actors';
import { docxText } from '../helpers/docx';
import { BACKDATED } from '../helpers/letter-suite';

const { tdb, a } = demoForFile();

it("puts the office's details, remedy bodies and 文号 prefix on the next documents", async () => {
  await expect(updateAgency(tdb.prisma, a.admin.agencyId, { name: '', shortName: 'x', postcode: 'abc' }, a.admin.userId)).rejects.toThrow(
    /请填写机关名称/,
  );
  // The seed's ministry is a State Council department: since 2024 it hears reviews of its own acts (行政复议法 art. 25).
  const details = {
    name: '原国土资源部',
    shortName: '国土资',
    address: '北京市西城区阜内大街64号',
    postcode: '100812',
    phone: '010-66558407',
    level: 'state_council_department',
    court: '北京市第二中级人民法院',
    prefixes: { 2: '国土资依补' },
  };
  await updateAgency(tdb.prisma, a.admin.agencyId, details, a.admin.userId);
  const { prefixes, proposedReviewBody } = await loadAgencySettings(tdb.prisma, a.admin.agencyId);
  expect([prefixes['2'], prefixes['7'], proposedReviewBody]).toEqual(['国土资依补', '国土资依公', '原国土资源部']);
  const { case: c } = await createCase(
    tdb.prisma,
    { channel: 'letter', arrivedOn: '2025-09-26', applicant: { kind: 'natural', name: '甲' }, description: '乙' },
    a.clerk,
  );
  const doc = await issueDocument(tdb.prisma, c.id, 'receipt', a.clerk, BACKDATED);
  expect(doc.docNo).toMatch(/^国土资依收〔2025〕1号$/);
  await recordEvent(tdb.prisma, c.id, { type: 'correction_requested', on: '2025-09-29', items: '请补充', limitOn: '2025-10-20' }, a.clerk);
  const notice = await issueDocument(tdb.prisma, c.id, 'correction_notice', a.clerk, BACKDATED);
  expect(notice.docNo).toMatch(/^国土资依补〔2025〕1号$/);
  await recordEvent(tdb.prisma, c.id, { type: 'correction_received', on: '2025-10-09' }, a.clerk);
  await recordEvent(
    tdb.prisma,
    c.id,
    { type: 'reply_submitted', on: '2025-10-10', disposition: 'not_held', legalBasis: '依法检索', reasons: '已检索2008年以来的档案' },
    a.clerk,
  );
  await recordEvent(tdb.prisma, c.id, { type: 'reply_approved', on: '2025-10-13', secrecyReviewed: true }, a.reviewer);
  const issue = async (options: Record<string, unknown>) => {
    const doc = await issueDocument(tdb.prisma, c.id, 'unable_not_held', a.clerk, options);
    return {
      docNo: doc.docNo,
      text: docxText(new Uint8Array((await tdb.prisma.document.findUniqueOrThrow({ where: { id: doc.id } })).file)),
    };
  };
  const first = await issue(BACKDATED);
  expect(first.text).toContain('向原国土资源部申请行政复议');
  expect(first.text).toContain('向北京市第二中级人民法院提起行政诉讼');
  // An office may name the body itself; the next letter follows. Its text changed, so it is a new
  // letter (its own 文号, dated today, so late against the reply period) and the first stays as it was.
  await updateAgency(tdb.prisma, a.admin.agencyId, { ...details, reviewBody: '自然资源部' }, a.admin.userId);
  const second = await issue({ lateReason: '复议机关名称更正后重新答复' });
  expect(second.text).toContain('向自然资源部申请行政复议');
  expect(second.docNo).not.toBe(first.docNo);
  expect(await tdb.prisma.document.count({ where: { caseId: c.id, kind: 'unable_not_held' } })).toBe(2);
  expect(await tdb.prisma.adminEvent.count({ where: { action: 'agency.update' } })).toBe(2);
});
