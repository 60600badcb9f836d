import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadAgencySettings, updateAgency } from '@/lib/agency/update-agency';
import { createCase } from '@/lib/cases/create-case';
import { recordEvent } from '@/lib/cases/record-event';
import { issueDocument } from '@/lib/documents/issue-document';
import { createTestDb, type TestDb } from '../helpers/db';
import { demoActors, type Actors } from '../helpers/actors';
import { docxText } from '../helpers/docx';

let tdb: TestDb;
let a: Actors;
beforeAll(async () => { tdb = await createTestDb(); a = await demoActors(tdb.prisma); });
afterAll(async () => tdb?.drop());

it('puts the office\'s details, remedy bodies and 文号 prefix on the next documents', async () => {
  await expect(updateAgency(tdb.prisma, a.admin.agencyId, { name: '', shortName: 'x', postcode: 'abc' }, a.admin.userId)).rejects.toThrow(/请填写机关名称/);
  await updateAgency(tdb.prisma, a.admin.agencyId, {
    name: '原国土资源部', shortName: '国土资', address: '北京市西城区阜内大街64号', postcode: '100812', phone: '010-66558407',
    reviewBody: '国务院', court: '北京市第二中级人民法院', prefixes: { 2: '国土资依补' },
  }, a.admin.userId);
  const { prefixes } = await loadAgencySettings(tdb.prisma, a.admin.agencyId);
  expect([prefixes['2'], prefixes['7']]).toEqual(['国土资依补', '国土资依公']);
  const { case: c } = await createCase(tdb.prisma, { channel: 'letter', arrivedOn: '2025-09-26', applicant: { kind: 'natural', name: '甲' }, description: '乙' }, a.clerk);
  const doc = await issueDocument(tdb.prisma, c.id, 'receipt', a.clerk);
  expect(doc.docNo).toMatch(/^国土资依收〔\d{4}〕1号$/);
  await recordEvent(tdb.prisma, c.id, { type: 'correction_requested', on: '2025-09-29', items: '请补充', limitOn: '2025-10-20' }, a.clerk);
  const notice = await issueDocument(tdb.prisma, c.id, 'correction_notice', a.clerk);
  const text = docxText(new Uint8Array((await tdb.prisma.document.findUniqueOrThrow({ where: { id: notice.id } })).file));
  expect(notice.docNo).toMatch(/^国土资依补〔\d{4}〕1号$/);
  expect(text).toContain('向国务院申请行政复议');
  expect(text).toContain('向北京市第二中级人民法院提起行政诉讼');
  expect(text).toContain('原国土资源部');
  expect(await tdb.prisma.adminEvent.count({ where: { action: 'agency.update' } })).toBe(1);
});
