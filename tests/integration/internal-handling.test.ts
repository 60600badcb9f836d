// Issue 30 on a real database: a case routed to two departments (会签), one returning it first; the
// handlers see only their department's cases; opinions; 保密审查 and 签发 where the office requires
// it; overdue routings on the clerk's list and in 督办; the answer to a review and a suit; and the
// year table counts a routed case exactly as before.
import { expect, it } from 'vitest';
import { createCase } from '@/lib/cases/create-case';
import { recordEvent } from '@/lib/cases/record-event';
import { getCaseDetail } from '@/lib/cases/queries';
import { listCases } from '@/lib/cases/list-cases';
import { caseToJson } from '@/lib/cases/serialize';
import { createDepartment } from '@/lib/departments/departments';
import { openRouteList } from '@/lib/departments/route-lists';
import { openAppealAnswers } from '@/lib/departments/appeal-answers';
import { loadCalendar } from '@/lib/deadlines/load-calendar';
import { setSignoffRequired } from '@/lib/settings/agency';
import { supervisionOverview } from '@/lib/supervision/overview';
import { buildReport } from '@/lib/statistics/build-report';
import { issueDocument } from '@/lib/documents/issue-document';
import { createUser } from '@/lib/users/manage-users';
import { addDays, formatCn, todayInChina } from '@/lib/shared/dates';
import { docxText } from '../helpers/docx';
import { asDomainError } from '@/lib/shared/errors';
import { demoForFile } from '../helpers/actors';

const { tdb, a } = demoForFile();
const today = todayInChina();

const newCase = (description: string) =>
  createCase(
    tdb.prisma,
    { channel: 'in_person', arrivedOn: addDays(today, -2), applicant: { kind: 'natural', name: '王五' }, description },
    a.clerk,
  ).then((r) => r.case);

async function kindOf(p: Promise<unknown>) {
  return (
    asDomainError(
      await p.then(
        () => null,
        (e) => e,
      ),
    )?.kind ?? 'ok'
  );
}

it('routes to two departments, collects their opinions, and goes out only once signed', async () => {
  const other = await createDepartment(tdb.prisma, a.admin.agencyId, { name: '地籍科' }, a.admin.userId);
  const handler2 = await createUser(
    tdb.prisma,
    { login: 'dj.handler', name: '地籍承办', role: 'handler', password: 'handler-Pass-1', departmentId: other.id },
    a.admin.userId,
    a.admin.agencyId,
  );
  const h2 = { userId: handler2.id, role: 'handler' as const, agencyId: a.admin.agencyId, departmentId: other.id };
  const c = await newCase('某地块的规划许可和地籍资料');
  const unrelated = await newCase('另一件申请');

  // A handler sees nothing until a case is routed to them: 404 for the case, nothing in the lists.
  expect(await kindOf(getCaseDetail(tdb.prisma, c.id, a.handler))).toBe('not_found');
  expect((await listCases(tdb.prisma, a.handler, { view: 'all' })).items).toEqual([]);

  // The internal due date must fall before the statutory one.
  const statutory = (await getCaseDetail(tdb.prisma, c.id, a.clerk)).deadlines.dueOn!;
  expect(
    await kindOf(recordEvent(tdb.prisma, c.id, { type: 'routed', departments: [a.handler.departmentId], dueOn: statutory }, a.clerk)),
  ).toBe('invalid_state');
  await recordEvent(tdb.prisma, c.id, { type: 'routed', departments: [a.handler.departmentId, other.id], question: '是否保存' }, a.clerk);
  let d = await getCaseDetail(tdb.prisma, c.id, a.clerk);
  expect(d.routes.map((r) => [r.department.name, r.status])).toEqual([
    ['规划科', 'routed'],
    ['地籍科', 'routed'],
  ]);
  expect(d.routes[0].dueOn < statutory).toBe(true);

  // Each handler now sees this case (and only it), and acts only for their own department.
  expect((await listCases(tdb.prisma, a.handler, { view: 'all' })).items.map((x) => x.id)).toEqual([c.id]);
  expect(await kindOf(getCaseDetail(tdb.prisma, unrelated.id, a.handler))).toBe('not_found');
  // The year table's drill-down lists (a Prisma filter) are scoped the same way.
  expect((await listCases(tdb.prisma, a.handler, { view: 'all', where: { id: { gt: 0 } } })).items.map((x) => x.id)).toEqual([c.id]);
  expect(await kindOf(recordEvent(tdb.prisma, c.id, { type: 'opinion_submitted', disposition: 'granted', note: 'x' }, a.handler))).toBe(
    'invalid_state',
  ); // must sign first
  await recordEvent(tdb.prisma, c.id, { type: 'route_accepted' }, a.handler);
  await recordEvent(tdb.prisma, c.id, { type: 'route_returned', reason: '地籍资料不在本科' }, h2);
  // The clerk can't draft the reply while a department has it, unless saying why.
  expect(
    await kindOf(
      recordEvent(
        tdb.prisma,
        c.id,
        { type: 'reply_submitted', disposition: 'granted', legalBasis: '第三十六条', items: ['许可证'] },
        a.clerk,
      ),
    ),
  ).toBe('invalid_state');
  await recordEvent(tdb.prisma, c.id, { type: 'routed', departments: [other.id] }, a.clerk); // routed again after the return
  await recordEvent(tdb.prisma, c.id, { type: 'route_accepted' }, h2);
  await recordEvent(
    tdb.prisma,
    c.id,
    { type: 'opinion_submitted', disposition: 'granted', note: '可以公开', items: ['规划许可证'] },
    a.handler,
  );
  await recordEvent(tdb.prisma, c.id, { type: 'opinion_submitted', disposition: 'granted', note: '地籍图可公开', items: ['地籍图'] }, h2);
  d = await getCaseDetail(tdb.prisma, c.id, a.clerk);
  expect(d.routes.map((r) => r.status)).toEqual(['answered', 'answered']);
  const json = caseToJson(d);
  expect(json.routes[0]).toMatchObject({ department: { name: '规划科' }, status: 'answered', opinion: { disposition: 'granted' } });
  expect(json.routes[0].acceptedOn).toBe(today);

  // Sign-off required: approved with the 保密审查, then signed by a leader, then delivered.
  await setSignoffRequired(tdb.prisma, a.admin.agencyId, true, a.admin.userId);
  await recordEvent(
    tdb.prisma,
    c.id,
    { type: 'reply_submitted', disposition: 'granted', legalBasis: '第三十六条第（二）项', items: ['规划许可证', '地籍图'] },
    a.clerk,
  );
  expect(await kindOf(recordEvent(tdb.prisma, c.id, { type: 'reply_approved' }, a.reviewer))).toBe('invalid_state'); // 保密审查
  await recordEvent(tdb.prisma, c.id, { type: 'reply_approved', secrecyReviewed: true }, a.reviewer);
  expect(await kindOf(recordEvent(tdb.prisma, c.id, { type: 'delivered', method: 'post' }, a.clerk))).toBe('invalid_state');
  expect(await kindOf(issueDocument(tdb.prisma, c.id, 'reply_granted', a.clerk))).not.toBe('ok');
  await recordEvent(tdb.prisma, c.id, { type: 'reply_signed' }, a.leader);
  const letter = await issueDocument(tdb.prisma, c.id, 'reply_granted', a.clerk);
  expect(letter.docNo).toMatch(/〔\d{4}〕\d+号/);
  await recordEvent(tdb.prisma, c.id, { type: 'delivered', method: 'post' }, a.clerk);
  d = await getCaseDetail(tdb.prisma, c.id, a.clerk);
  expect(d.state).toMatchObject({ status: 'closed', secrecyReviewedOn: today, signed: { on: today, by: a.leader.userId } });
  await setSignoffRequired(tdb.prisma, a.admin.agencyId, false, a.admin.userId);

  // The internal forms and the 审批单's whole chain, without an outgoing 文号.
  const text = async (kind: string) => {
    const doc = await issueDocument(tdb.prisma, c.id, kind, a.clerk);
    expect(doc.docNo, kind).toMatch(/（内部）$/); // filed under the case, no outgoing 文号
    return docxText(new Uint8Array((await tdb.prisma.document.findUniqueOrThrow({ where: { id: doc.id } })).file));
  };
  const slip = await text('routing_slip');
  expect(slip).toContain('政府信息公开申请转办单');
  expect(slip).toContain('规划科：');
  expect(slip).toContain('地籍科：');
  expect(slip).toContain('签收人：');
  const countersign = await text('countersign_record');
  expect(countersign).toContain('规划科：予以公开。可以公开');
  expect(countersign).toContain('地籍科：予以公开。地籍图可公开（地籍承办');
  const approval = await text('approval_form');
  expect(approval).toContain('保密审查：已审查（李审核');
  expect(approval).toContain('签发：刘局长');

  // A review: its answer due 10 working days after the copy came; the draft names the reply letter by 文号 and date.
  await recordEvent(tdb.prisma, c.id, { type: 'review_filed', noticeReceivedOn: today }, a.clerk);
  const answer = await text('review_answer');
  const cal = await loadCalendar(tdb.prisma);
  const { answerDueOn } = await import('@/lib/deadlines/appeal-answer');
  expect(answer).toContain('行政复议答复书（草稿）');
  expect(answer).toContain(`于${formatCn(answerDueOn(cal, 'review', today))}前提交`);
  expect(answer).toContain(`政府信息公开申请答复书（${letter.docNo}，${formatCn(today)}）`);
  expect(answer).toContain('三、证据目录');
  expect(answer).toContain('第三十六条第（二）项');
  await recordEvent(tdb.prisma, c.id, { type: 'suit_filed', afterReview: true, noticeReceivedOn: today }, a.clerk);
  const defence = await text('suit_defence');
  expect(defence).toContain('行政诉讼答辩状（草稿）');
  expect(defence).toContain(`于${formatCn(answerDueOn(cal, 'suit', today))}前`);

  // The year table counts it as any other case: received and closed, 予以公开.
  const report = await buildReport(tdb.prisma, a.clerk.agencyId, Number(today.slice(0, 4)), '2021');
  expect(report.cells['3.1']).toMatchObject({ natural: 2 });
});

it('nobody signs what they submitted or approved', async () => {
  await setSignoffRequired(tdb.prisma, a.admin.agencyId, true, a.admin.userId);
  const c = await newCase('某文件');
  await recordEvent(
    tdb.prisma,
    c.id,
    { type: 'reply_submitted', disposition: 'not_held', legalBasis: '第三十六条第（四）项', reasons: '经检索，本机关不掌握' },
    a.clerk,
  );
  await recordEvent(tdb.prisma, c.id, { type: 'reply_approved' }, a.reviewer); // nothing disclosed: no 保密审查 needed
  await tdb.prisma.user.update({ where: { id: a.reviewer.userId }, data: { role: 'leader' } });
  expect(await kindOf(recordEvent(tdb.prisma, c.id, { type: 'reply_signed' }, { ...a.reviewer, role: 'leader' }))).toBe('invalid_state');
  await tdb.prisma.user.update({ where: { id: a.reviewer.userId }, data: { role: 'reviewer' } });
  await recordEvent(tdb.prisma, c.id, { type: 'reply_signed' }, a.leader);
  await setSignoffRequired(tdb.prisma, a.admin.agencyId, false, a.admin.userId);
});

it('shows an overdue routing to the clerk and in 督办, and the answers due to a review and a suit', async () => {
  await tdb.prisma.user.update({ where: { id: a.handler.userId }, data: { email: 'handler@example.gov.cn' } });
  const c = await newCase('逾期转办的申请');
  const routedOn = addDays(today, -1);
  await recordEvent(tdb.prisma, c.id, { type: 'routed', on: routedOn, departments: [a.handler.departmentId], dueOn: today }, a.clerk);
  // The handler hears of it by mail, through the outbox.
  const mail = await tdb.prisma.mailOutbox.findFirstOrThrow({ where: { to: 'handler@example.gov.cn' }, orderBy: { id: 'desc' } });
  expect(mail.subject).toContain('【转办】');
  expect(mail.body).toContain(c.trackingNo);
  // Not yet overdue today; overdue the day after its due date.
  expect((await openRouteList(tdb.prisma, a.clerk.agencyId, { overdueOn: today })).map((r) => r.caseId)).not.toContain(c.id);
  const tomorrow = addDays(today, 1);
  expect((await openRouteList(tdb.prisma, a.clerk.agencyId, { overdueOn: tomorrow })).map((r) => r.caseId)).toContain(c.id);
  const duty = (await supervisionOverview(tdb.prisma, a.manager.agencyId, tomorrow)).find((x) => x.id === a.manager.agencyId)!;
  expect(duty.routesOverdue).toBeGreaterThanOrEqual(1);
  // The handler's own list holds it too.
  expect((await openRouteList(tdb.prisma, a.clerk.agencyId, { departmentId: a.handler.departmentId })).map((r) => r.caseId)).toContain(
    c.id,
  );

  // A closed case, reviewed and sued: the answers are due 10 working days / 15 days after the copy came.
  const closed = await newCase('复议诉讼');
  await recordEvent(tdb.prisma, closed.id, { type: 'withdrawn' }, a.clerk);
  await recordEvent(tdb.prisma, closed.id, { type: 'review_filed', noticeReceivedOn: today }, a.clerk);
  await recordEvent(tdb.prisma, closed.id, { type: 'suit_filed', afterReview: true, noticeReceivedOn: today }, a.clerk);
  const d = await getCaseDetail(tdb.prisma, closed.id, a.clerk);
  const cal = await loadCalendar(tdb.prisma);
  const { answerDueOn } = await import('@/lib/deadlines/appeal-answer');
  expect(d.appeals.map((x) => [x.kind, x.answerDueOn])).toEqual([
    ['review', answerDueOn(cal, 'review', today)],
    ['suit', answerDueOn(cal, 'suit', today)],
  ]);
  expect(caseToJson(d).appeals[1]).toMatchObject({ kind: 'suit', answerDueOn: answerDueOn(cal, 'suit', today) });
  const open = await openAppealAnswers(tdb.prisma, cal, [a.clerk.agencyId]);
  expect(
    open
      .filter((x) => x.caseId === closed.id)
      .map((x) => x.kind)
      .sort(),
  ).toEqual(['review', 'suit']);
  await recordEvent(tdb.prisma, closed.id, { type: 'review_answered' }, a.clerk);
  expect((await openAppealAnswers(tdb.prisma, cal, [a.clerk.agencyId])).filter((x) => x.caseId === closed.id).map((x) => x.kind)).toEqual([
    'suit',
  ]);
  const stillOpen = (await openAppealAnswers(tdb.prisma, cal, [a.clerk.agencyId])).length;
  expect((await supervisionOverview(tdb.prisma, a.manager.agencyId, today)).find((x) => x.id === a.manager.agencyId)!.answersOpen).toBe(
    stillOpen,
  );
});
