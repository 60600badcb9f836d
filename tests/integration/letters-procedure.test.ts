// Issue 27 points 3 and 4: art. 35 and the information processing fee are procedures on the file,
// and their letters say what the file holds — each read as text from the issued .docx.
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestDb } from '../helpers/db';
import type { Actors } from '../helpers/actors';
import { letterSuite, refusal, type LetterSuite, BACKDATED } from '../helpers/letter-suite';
import { issueDocument } from '@/lib/documents/issue-document';

const suite = letterSuite();
let tdb: TestDb;
let a: Actors;
let cases: LetterSuite['cases'];
beforeAll(() => ({ tdb, a, cases } = suite));

const issue: LetterSuite['issue'] = (...args) => suite.issue(...args);
const reply = (id: number, on: string, data: Record<string, unknown>) =>
  cases.ev(id, 'reply_submitted', on, { legalBasis: '《条例》第三十五条', reasons: '申请数量明显超过合理范围', ...data });
/** A disclosure approved on 2025-10-10 with a 按量 fee for `pages` pages. */
async function grantedWithFee(pages: number) {
  const c = await cases.newCase();
  await cases.ev(c.id, 'reply_submitted', '2025-10-09', {
    disposition: 'granted',
    legalBasis: '依法审查',
    items: ['征收补偿安置方案'],
    fee: { basis: 'pages', count: pages },
  });
  await cases.ev(c.id, 'reply_approved', '2025-10-10', { secrecyReviewed: true }, 'reviewer');
  return c;
}
const facts = { count: 46, periodFrom: '2025-07-01', periodTo: '2025-09-26', answerBy: '2025-10-17' };

describe('art. 35 is a procedure (point 4, High)', () => {
  it('不予处理（大量反复申请）is refused until reasons were asked for and answered, or the time passed', async () => {
    const c = await cases.newCase();
    const none = await refusal(reply(c.id, '2025-09-29', { disposition: 'mass' }));
    expect(none?.message).toContain('须先要求申请人说明理由（第三十五条）');
    await cases.ev(c.id, 'reasons_requested', '2025-09-29', facts);
    const early = await refusal(reply(c.id, '2025-10-09', { disposition: 'mass' }));
    expect(early?.message).toContain('说明理由的期限（2025年10月17日）尚未届满');
    // Silence past the time given: the letter says no reasons were given, never that they were unreasonable.
    await reply(c.id, '2025-10-20', { disposition: 'mass' });
    await cases.ev(c.id, 'reply_approved', '2025-10-20', { secrecyReviewed: true }, 'reviewer');
    const { text } = await issue(c.id, 'noproc_mass');
    expect(text).toContain('您于2025年7月1日至2025年9月26日期间向本机关提出政府信息公开申请46件');
    expect(text).toContain('本机关于2025年9月29日请您说明理由，说明理由的期限至2025年10月17日届满，您未说明理由');
    expect(text).not.toContain('理由不合理');
  });

  it('with reasons received, the refusal quotes them and says they are unreasonable', async () => {
    const c = await cases.newCase();
    await cases.askReasons(c.id, true);
    await reply(c.id, '2025-10-09', { disposition: 'mass' });
    await cases.ev(c.id, 'reply_approved', '2025-10-10', { secrecyReviewed: true }, 'reviewer');
    const { text } = await issue(c.id, 'noproc_mass');
    expect(text).toContain('您于2025年10月9日说明：“为撰写本村征地补偿情况调查报告所需”。经审查，该理由不合理。');
  });

  it('the reasons notice gives the facts and the time to answer; the reasonable deadline needs the answer and quotes it', async () => {
    const c = await cases.newCase();
    const tooSoon = await refusal(cases.ev(c.id, 'custom_deadline_requested', '2025-09-29', { dueOn: '2025-12-31', reason: '需调档' }));
    expect(tooSoon?.message).toContain('须先要求申请人说明理由');
    await cases.askReasons(c.id);
    const notice = (await issue(c.id, 'reasons_notice')).text;
    expect(notice).toContain('经统计，您于2025年7月1日至2025年9月26日期间向本机关提出政府信息公开申请46件，数量、频次明显超过合理范围');
    expect(notice).toContain('请您于2025年10月17日前向本机关说明理由');
    const noAnswer = await refusal(cases.ev(c.id, 'custom_deadline_requested', '2025-10-09', { dueOn: '2025-12-31', reason: '需调档' }));
    expect(noAnswer?.message).toContain('申请人尚未说明理由');
    expect((await refusal(issueDocument(tdb.prisma, c.id, 'custom_deadline_notice', a.clerk, BACKDATED)))?.kind).toBe('invalid_state');
    await cases.ev(c.id, 'reasons_received', '2025-10-09', { content: '本人系被征收户，需核对每一批次的补偿标准' });
    await cases.ev(c.id, 'custom_deadline_requested', '2025-10-09', { dueOn: '2025-12-31', reason: '需逐件调取2008年以来的档案' });
    await cases.ev(c.id, 'custom_deadline_approved', '2025-10-10', {}, 'reviewer');
    const deadline = (await issue(c.id, 'custom_deadline_notice')).text;
    expect(deadline).toContain('您于2025年10月9日说明：“本人系被征收户，需核对每一批次的补偿标准”。经审查，该理由合理');
    expect(deadline).toContain('原因是：需逐件调取2008年以来的档案');
    expect(deadline).toContain('将于2025年12月31日前作出答复');
  });
});

describe('fees per 国办函〔2020〕109号 (point 3, High)', () => {
  it('the 20 working days run from the notice’s service; the abandonment letter gives the notice’s own date and 文号', async () => {
    const c = await grantedWithFee(150);
    // Three working days after approval: the round-three fault accepted this.
    expect((await refusal(cases.ev(c.id, 'abandoned', '2025-10-15', { reason: 'no_fee' })))?.message).toContain('收费通知尚未送达');
    expect((await refusal(cases.ev(c.id, 'fee_notice_served', '2025-10-13')))?.message).toContain('请先出具收费通知书');
    const notice = await issue(c.id, 'fee_notice', { date: '2025-10-10' });
    expect(notice.text).toContain('请自收到本通知次日起20个工作日内缴纳');
    await cases.ev(c.id, 'fee_notice_served', '2025-10-14');
    // 20 working days from 10-15 end on 11-11.
    const early = await refusal(cases.ev(c.id, 'abandoned', '2025-11-11', { reason: 'no_fee' }));
    expect(early?.message).toContain('至2025年11月11日）尚未届满');
    await cases.ev(c.id, 'abandoned', '2025-11-12', { reason: 'no_fee' });
    const { text } = await issue(c.id, 'abandoned_no_fee');
    expect(text).toContain(
      `本机关于2025年10月10日向您发出《政府信息公开信息处理费收费通知书》（${notice.docNo}），您于2025年10月14日收到该通知，至2025年11月11日未缴纳信息处理费`,
    );
    expect(text).not.toContain('2025年11月12日向您发出');
    // The wait for payment is not counted: the case closed within its (paused) deadline.
    const row = await tdb.prisma.case.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.closedOn!.getTime()).toBeLessThanOrEqual(row.baseDueOn!.getTime());
  });

  it('按件 is checked against the applicant’s own applications that month', async () => {
    const first = await cases.newCase('2019', 'natural', { applicant: applicant('110101198001010010') });
    const second = await cases.newCase('2019', 'natural', { applicant: applicant('110101198001010010') });
    const wrong = await refusal(
      cases.ev(second.id, 'reply_submitted', '2025-10-09', {
        disposition: 'not_held',
        legalBasis: '依法审查',
        reasons: '经检索未找到',
        fee: { basis: 'items', count: 15 },
      }),
    );
    expect(wrong?.message).toContain('本件为第2件，不能按第15件计收');
    expect(first.id).toBeLessThan(second.id);
  });

  it('a reviewer may waive the fee with a reason; the reply is then delivered, and no fee notice is offered', async () => {
    const c = await grantedWithFee(120);
    expect((await refusal(cases.ev(c.id, 'fee_waived', '2025-10-13', { reason: '低保户' })))?.kind).toBe('forbidden');
    await cases.ev(c.id, 'fee_waived', '2025-10-13', { reason: '申请人为低保对象' }, 'reviewer');
    expect((await refusal(issueDocument(tdb.prisma, c.id, 'fee_notice', a.clerk, BACKDATED)))?.kind).toBe('invalid_state');
    await cases.ev(c.id, 'delivered', '2025-10-14', { method: 'post' });
  });
});

function applicant(idNumber: string) {
  return { kind: 'natural', name: '王五', idType: '居民身份证', idNumber, phone: '13900000000', address: '某路2号', postcode: '100010' };
}

describe('forms agree with the file (point 8)', () => {
  it('a re-issued receipt keeps the deadline it stated on receipt; the 当场签收单 has a 受理人 line', async () => {
    const c = await cases.newCase();
    const first = (await issue(c.id, 'receipt')).text;
    expect(first).toContain('在20个工作日内（即2025年10月30日前）作出答复');
    await cases.ev(c.id, 'extension_requested', '2025-10-20', { workingDays: 20, reason: '需调阅档案' });
    await cases.ev(c.id, 'extension_approved', '2025-10-21', {}, 'reviewer');
    const again = (await issue(c.id, 'receipt')).text;
    expect(again).toContain('（即2025年10月30日前）');
    expect(again).not.toContain('2025年11月27日');
    const counter = await cases.newCase('2019', 'natural', { channel: 'in_person' });
    expect((await issue(counter.id, 'in_person_receipt')).text).toMatch(/受理人：.*（签名）/);
  });

  it('the 审批单 carries the approval once given, even with a statute named twice; the 送达回证 names the reply’s 文号; the 登记表 the outcome', async () => {
    const c = await cases.newCase();
    await cases.ev(c.id, 'reply_submitted', '2025-10-09', {
      disposition: 'granted',
      legalBasis: '《中华人民共和国政府信息公开条例》第二十七条、《中华人民共和国政府信息公开条例》第三十六条第（二）项',
      items: ['征收补偿安置方案'],
    });
    const before = (await issue(c.id, 'approval_form')).text;
    expect(before).toContain('审核意见：________');
    await cases.ev(c.id, 'reply_approved', '2025-10-10', { secrecyReviewed: true }, 'reviewer');
    const after = (await issue(c.id, 'approval_form')).text;
    expect(after).toContain('审核意见：同意');
    expect(after).toMatch(/审核人：\S+　　日期：2025年10月10日/);
    expect((await refusal(issueDocument(tdb.prisma, c.id, 'delivery_receipt', a.clerk, BACKDATED)))?.kind).toBe('invalid_state');
    const letter = await issue(c.id, 'reply_granted');
    expect((await issue(c.id, 'delivery_receipt')).text).toContain(`送达文书：政府信息公开申请答复书（${letter.docNo}，申请编号`);
    await cases.ev(c.id, 'delivered', '2025-10-13', { method: 'post', postalTrackingNo: 'EMS123' });
    const form = (await issue(c.id, 'register_form')).text;
    expect(form).toContain('处理结果：予以公开（2025年10月13日办结）');
    expect(form).toContain(`答复：予以公开，2025年10月10日审核通过，${letter.docNo}`);
    expect(form).toContain('送达：2025年10月13日以邮寄方式送达（邮件单号EMS123）');
  });
});
