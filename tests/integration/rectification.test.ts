// 更正申请 (条例 art. 41) on a real PostgreSQL: a request of its own kind and numbering, run to each of
// its three outcomes with the letter read as text; an application's outcomes, steps and letters
// refused on it; counted outside table 三 and stated in part 六 of the annual report.
import { describe, expect, it } from 'vitest';
import { createCase } from '@/lib/cases/create-case';
import { registerApplication } from '@/lib/cases/register-application';
import { recordEvent } from '@/lib/cases/record-event';
import { getCaseDetail } from '@/lib/cases/queries';
import { issueDocument } from '@/lib/documents/issue-document';
import { draftAnnualReport } from '@/lib/annual-report/draft-annual-report';
import { buildReport } from '@/lib/statistics/build-report';
import { asDomainError } from '@/lib/shared/errors';
import { submitApplication } from '@/lib/portal/submit-application';
import { confirmSubmission } from '@/lib/portal/decide-submission';
import { todayInChina, yearOf } from '@/lib/shared/dates';
import { demoForFile, type Actors } from '../helpers/actors';
import { docxText } from '../helpers/docx';
import { application } from '../helpers/files';

const { tdb, a } = demoForFile();
const BACKDATED = { backdateReason: '案卷整理时补出' };

const register = (name: string, requestKind?: 'rectification') =>
  createCase(
    tdb.prisma,
    {
      channel: 'letter',
      arrivedOn: '2025-09-26',
      ...(requestKind ? { requestKind } : {}),
      applicant: { kind: 'natural', name, idType: '居民身份证', idNumber: '110101199001011237', address: '北京市东城区某街1号' },
      description: '本机关2024年公布的征收补偿名单中申请人的房屋面积记载为85平方米，实为95平方米',
    },
    a.clerk,
  ).then((r) => r.case);
const ev = (id: number, type: string, on: string, data: Record<string, unknown> = {}, who: keyof Actors = 'clerk') =>
  recordEvent(tdb.prisma, id, { type, on, ...data }, a[who]);
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => asDomainError(e),
  );

/** Submits the outcome, approves it, issues its letter and delivers it: the letter's text. */
async function decide(id: number, disposition: string, data: Record<string, unknown>) {
  await ev(id, 'reply_submitted', '2025-10-09', { disposition, legalBasis: '《中华人民共和国政府信息公开条例》第四十一条', ...data });
  await ev(id, 'reply_approved', '2025-10-10', { secrecyReviewed: true }, 'reviewer');
  const letters = (await getCaseDetail(tdb.prisma, id, a.clerk)).letters.map((l) => l.kind);
  const kind = { rectified: 'rectify_done', rectify_refused: 'rectify_refused', rectify_referred: 'rectify_referred' }[disposition]!;
  // Its own letter, and nothing written for an application.
  expect(letters).toContain(kind);
  expect(letters.filter((k) => !['delivery_receipt', kind].includes(k))).toEqual([]);
  const doc = await issueDocument(tdb.prisma, id, kind, a.clerk, BACKDATED);
  const row = await tdb.prisma.document.findUniqueOrThrow({ where: { id: doc.id } });
  await ev(id, 'delivered', '2025-10-13', { method: 'post' });
  return { text: docxText(new Uint8Array(row.file)), docNo: row.docNo };
}

describe('a request to correct information (更正, art. 41)', () => {
  it('is numbered in its own series, beside the applications', async () => {
    const app1 = await register('甲申请');
    const r1 = await register('乙更正', 'rectification');
    const app2 = await register('丙申请');
    const r2 = await register('丁更正', 'rectification');
    expect([app1.trackingNo, app2.trackingNo]).toEqual(['2025-0001', '2025-0002']);
    expect([r1.trackingNo, r2.trackingNo]).toEqual(['更正2025-0001', '更正2025-0002']);
    const row = await tdb.prisma.case.findUniqueOrThrow({ where: { id: r1.id } });
    expect(row.requestKind).toBe('rectification');
  });

  it('takes only its own outcomes, steps and letters', async () => {
    const r = await register('戊更正', 'rectification');
    const why = async (type: string, data: Record<string, unknown>) => (await refusal(ev(r.id, type, '2025-10-09', data)))?.message ?? null;
    expect(await why('reply_submitted', { disposition: 'granted', legalBasis: '第三十六条', items: ['名单'] })).toContain(
      '更正申请的处理结果只能是',
    );
    expect(
      await why('reply_submitted', {
        disposition: 'rectified',
        legalBasis: '第四十一条',
        items: ['面积'],
        fee: { basis: 'items', count: 12 },
      }),
    ).toContain('更正申请不收取信息处理费');
    expect(await why('reply_submitted', { disposition: 'rectified', legalBasis: '第四十一条' })).toContain('请列出已更正的内容');
    expect(await why('reply_submitted', { disposition: 'rectify_referred', legalBasis: '第四十一条' })).toContain('有权更正该信息的机关');
    expect(await why('extension_requested', { workingDays: 20, reason: '需核查' })).toBe('更正申请不办理“申请延期”');
    expect(await why('correction_requested', { items: '请补充证据', limitOn: '2025-10-20' })).toContain('更正申请不办理');
    // Nothing of it was recorded; the case page offers none of them.
    const detail = await getCaseDetail(tdb.prisma, r.id, a.clerk);
    expect(detail.state.reply).toBeNull();
    expect(detail.actions.map((x) => x.type)).not.toEqual(expect.arrayContaining(['extension_requested']));
    expect(detail.actions.map((x) => x.type)).toContain('reply_submitted');
    // The receipt and the register form say 政府信息公开申请: not issued for it.
    expect((await refusal(issueDocument(tdb.prisma, r.id, 'receipt', a.clerk, BACKDATED)))?.kind).toBe('invalid_state');
    // Registered as the API and the intake form register: an application gets the receipt of its
    // channel, a request to correct information none, and no "receipt failed" problem either.
    const input = (requestKind: string, channel: string) => ({
      channel,
      arrivedOn: todayInChina(),
      requestKind,
      applicant: { kind: 'natural', name: '登记回执' },
      description: '登记时出具回执的检查',
    });
    const kinds = async (requestKind: string, channel: string) => {
      const r = await registerApplication(tdb.prisma, input(requestKind, channel), a.clerk);
      return { receipt: r.receipt?.kind ?? null, problem: r.receiptProblem };
    };
    expect(await kinds('rectification', 'letter')).toEqual({ receipt: null, problem: null });
    expect(await kinds('rectification', 'in_person')).toEqual({ receipt: null, problem: null });
    expect(await kinds('application', 'letter')).toEqual({ receipt: 'receipt', problem: null });
    expect(await kinds('application', 'in_person')).toEqual({ receipt: 'in_person_receipt', problem: null });
    // And an application can't end as a correction.
    const app = await register('己申请');
    expect(
      (await refusal(ev(app.id, 'reply_submitted', '2025-10-09', { disposition: 'rectified', legalBasis: 'x', items: ['y'] })))?.message,
    ).toContain('该处理结果只适用于更正申请');
  });

  it('runs to each of its three outcomes, each with its letter', async () => {
    const before = await buildReport(tdb.prisma, a.manager.agencyId, 2025, '2021');

    const done = await register('庚更正', 'rectification');
    const corrected = await decide(done.id, 'rectified', { items: ['征收补偿名单中申请人的房屋面积由85平方米更正为95平方米'] });
    expect(corrected.text).toMatch(/^政府信息更正告知书\n/);
    expect(corrected.docNo).toMatch(/^.+依更〔2025〕\d+号$/);
    expect(corrected.text).toContain(
      `要求更正“本机关2024年公布的征收补偿名单中申请人的房屋面积记载为85平方米，实为95平方米”的政府信息更正申请（编号：${done.trackingNo}）`,
    );
    expect(corrected.text).toContain('根据《中华人民共和国政府信息公开条例》第四十一条的规定，本机关已予以更正');
    expect(corrected.text).toContain('1. 征收补偿名单中申请人的房屋面积由85平方米更正为95平方米');

    const no = await register('辛更正', 'rectification');
    const refused = await decide(no.id, 'rectify_refused', {
      reasons: '申请人提供的测绘报告系2025年自行委托，与登记簿记载的面积不一致之处须经不动产登记机构更正登记，本机关名单依登记簿记载',
    });
    expect(refused.text).toMatch(/^政府信息不予更正告知书\n/);
    expect(refused.text).toContain('本机关决定不予更正');
    expect(refused.text).toContain('具体理由：申请人提供的测绘报告系2025年自行委托');

    const away = await register('壬更正', 'rectification');
    const referred = await decide(away.id, 'rectify_referred', { referTo: { name: '示例市不动产登记中心', contact: '010-33333333' } });
    expect(referred.text).toMatch(/^政府信息更正申请转送告知书\n/);
    expect(referred.text).toContain('该政府信息不属于本机关的更正权限范围');
    expect(referred.text).toContain('本机关已将您的更正申请转送示例市不动产登记中心处理，特此告知。该机关联系方式：010-33333333。');

    for (const { text } of [corrected, refused, referred]) {
      // Not a refusal to disclose: review or suit, both open (行政复议法 art. 23 does not put review first).
      expect(text).toContain('如对本告知书不服，可以自收到本告知书之日起六十日内向');
      expect(text).toContain('或者自收到本告知书之日起六个月内依法向');
      expect(text).not.toContain('应当先');
      expect(text).not.toMatch(/政府信息公开申请|第三十六条|信息处理费/);
      expect(text).toContain('2025年10月10日');
    }
    for (const c of [done, no, away]) {
      const row = await tdb.prisma.case.findUniqueOrThrow({ where: { id: c.id } });
      expect(row.status).toBe('closed');
    }

    // Counted outside table 三: the applications' table did not move.
    const after = await buildReport(tdb.prisma, a.manager.agencyId, 2025, '2021');
    for (const code of ['3.1', '3.2', '3.3.7', '3.4']) expect([code, after.cells[code]]).toEqual([code, before.cells[code]]);
    // Part 六 of the annual report states them (six received in 2025 by this file, three closed).
    const report = docxText(new Uint8Array((await draftAnnualReport(tdb.prisma, a.manager.agencyId, 2025)).file));
    const six = report.slice(report.indexOf('六、其他需要报告的事项'));
    expect(six).toContain(
      '2025年，本机关收到政府信息更正申请6件（不计入上表）；办结3件，其中予以更正1件，不予更正1件，转送有权更正的机关1件。',
    );
  });

  it('comes in online like an application, and is confirmed into its own series', async () => {
    const online = application({
      requestKind: 'rectification',
      suggestPublish: true,
      description: '贵局2025年公布的低保名单中本人家庭人口记载为2人，实为3人',
    });
    expect((await submitApplication(tdb.prisma, online, [], '203.0.113.40')).stored).toBe(true);
    const s = await tdb.prisma.submission.findFirstOrThrow({ where: { status: 'pending' }, orderBy: { id: 'desc' } });
    // 补正 is for an unclear application: refused at confirmation, and nothing is registered.
    const cases = await tdb.prisma.case.count();
    expect(
      (await refusal(confirmSubmission(tdb.prisma, s.id, { correction: { items: '请补充', limitOn: '2099-01-01' } }, a.clerk)))?.message,
    ).toContain('更正申请不办理');
    expect(await tdb.prisma.case.count()).toBe(cases);
    const { caseId, trackingNo } = await confirmSubmission(tdb.prisma, s.id, {}, a.clerk);
    expect(trackingNo).toMatch(new RegExp(`^更正${yearOf(todayInChina())}-\\d{4}$`));
    const c = await tdb.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect([c.requestKind, c.channel, c.suggestPublish]).toEqual(['rectification', 'online', false]);
    const mail = await tdb.prisma.mailOutbox.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(mail.body).toContain('您的政府信息更正申请已于');
    expect((await getCaseDetail(tdb.prisma, caseId, a.clerk)).state.rectification).toBe(true);
  });
});
