// Issue 27, "dates" and "content": a letter dated more than three working days before the day it is
// produced is 补录 and needs a recorded reason, shown on the timeline; a re-issue whose text is
// unchanged is a copy under the same 文号, one whose facts changed is a new letter and the original
// stays as it was. Each read back from the stored .docx.
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestDb } from '../helpers/db';
import type { Actors } from '../helpers/actors';
import { letterSuite, refusal, type LetterSuite } from '../helpers/letter-suite';
import { issueDocument } from '@/lib/documents/issue-document';
import { loadAgencySettings, updateAgency } from '@/lib/settings/agency';
import { summarizeEvent } from '@/lib/cases/event-summary';
import { addDays, fromDate, todayInChina } from '@/lib/shared/dates';
import { docxText } from '../helpers/docx';

const suite = letterSuite();
let tdb: TestDb;
let a: Actors;
let cases: LetterSuite['cases'];
beforeAll(() => ({ tdb, a, cases } = suite));

const lastIssued = (caseId: number) =>
  tdb.prisma.caseEvent.findFirstOrThrow({ where: { caseId, type: 'document_issued' }, orderBy: { id: 'desc' } });
const fileText = async (id: number) => docxText(new Uint8Array((await tdb.prisma.document.findUniqueOrThrow({ where: { id } })).file));

describe('补录: a back-dated letter needs a reason', () => {
  it('refuses a letter dated months back without a reason, records the reason and shows it on the timeline', async () => {
    const c = await cases.newCase();
    const bare = await refusal(issueDocument(tdb.prisma, c.id, 'register_form', a.clerk));
    expect(bare?.field).toBe('backdateReason');
    expect(bare?.message).toContain('属于补录；请填写补录的原因');
    expect(await tdb.prisma.document.count({ where: { caseId: c.id, kind: 'register_form' } })).toBe(0);

    const doc = await issueDocument(tdb.prisma, c.id, 'register_form', a.clerk, { backdateReason: '纸质登记表遗失，据收文簿补出' });
    expect(doc.letterDate).toBe('2025-09-26');
    const event = await lastIssued(c.id);
    expect(event.data).toMatchObject({ backdated: true, backdateReason: '纸质登记表遗失，据收文簿补出' });
    expect(summarizeEvent(event.type, event.data as Record<string, unknown>, String)).toContain('补录的原因：纸质登记表遗失，据收文簿补出');
  });

  it('needs no reason for a letter dated today, or within three working days', async () => {
    const today = todayInChina();
    const c = await cases.newCase('2019', 'natural', { arrivedOn: today });
    const doc = await issueDocument(tdb.prisma, c.id, 'register_form', a.clerk);
    expect(doc.letterDate).toBe(today);
    expect((await lastIssued(c.id)).data).not.toHaveProperty('backdated');
    // Registered today for an application that arrived a week ago: the receipt keeps the day it
    // arrived and the registration is the recorded reason.
    const weekAgo = addDays(today, -7);
    const old = await cases.newCase('2019', 'natural', { arrivedOn: weekAgo });
    const receipt = await issueDocument(tdb.prisma, old.id, 'receipt', a.clerk, {
      backdateReason: `登记晚于收到申请之日`,
    });
    expect(receipt.letterDate).toBe(weekAgo);
  });
});

describe('re-issues: a copy, or a new letter when the facts changed', () => {
  it('re-issues an unchanged letter as a copy under its 文号 and date; a changed one as a new letter, the original untouched', async () => {
    const { id } = await cases.caseFor('reply_partial', '2019', 'natural');
    const first = await suite.issue(id, 'reply_partial');
    const firstBytes = (await tdb.prisma.document.findUniqueOrThrow({ where: { id: first.doc.id } })).file;

    const copy = await issueDocument(tdb.prisma, id, 'reply_partial', a.clerk);
    expect([copy.docNo, copy.version, copy.letterDate]).toEqual([first.docNo, 2, first.doc.letterDate]);
    expect(await fileText(copy.id)).toBe(first.text);
    expect((await lastIssued(id)).data).toMatchObject({ copy: true });

    // The office names its review body itself: the letter's text would change, so it is a new letter.
    const { agency } = await loadAgencySettings(tdb.prisma, a.admin.agencyId);
    await updateAgency(tdb.prisma, a.admin.agencyId, { ...agency, reviewBody: '示例省人民政府', prefixes: {} }, a.admin.userId);
    // Dated back to the approval (before the original was produced) it is refused …
    const early = await refusal(
      issueDocument(tdb.prisma, id, 'reply_partial', a.clerk, { date: first.doc.letterDate, backdateReason: '补', lateReason: '迟' }),
    );
    expect(early?.message).toContain('须作为新文书出具，日期不能早于原文书');
    // … and by default it is dated the day the original was produced (today), so late against the reply period.
    const renewed = await issueDocument(tdb.prisma, id, 'reply_partial', a.clerk, { lateReason: '复议机关名称更正后重新答复' });
    expect(renewed.docNo).not.toBe(first.docNo);
    expect(renewed.version).toBe(1);
    expect(renewed.letterDate).toBe(fromDate(new Date(first.doc.issuedAt.getTime() + 8 * 3600_000)));
    expect(await fileText(renewed.id)).toContain('向示例省人民政府申请行政复议');
    expect((await lastIssued(id)).data).toMatchObject({ replaces: first.docNo });
    // The original is kept as it was, byte for byte.
    expect(
      Buffer.from((await tdb.prisma.document.findUniqueOrThrow({ where: { id: first.doc.id } })).file).equals(Buffer.from(firstBytes)),
    ).toBe(true);
    expect(await fileText(first.doc.id)).not.toContain('向示例省人民政府申请行政复议');
  });
});
