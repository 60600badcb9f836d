// Issue 27: the office's letters never contradict its own file. Each fault of the round-three
// reading that is fixed here is reproduced on a realistic case, and the letters are read as text.
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestDb } from '../helpers/db';
import type { Actors } from '../helpers/actors';
import { letterSuite, refusal, type LetterSuite, BACKDATED } from '../helpers/letter-suite';
import { issueDocument } from '@/lib/documents/issue-document';
import { offeredDocuments } from '@/lib/documents/offer';
import { loadCase } from '@/lib/cases/load-case';
import { deadlinesOf } from '@/lib/cases/case-state';
import { cachedCalendar } from '@/lib/deadlines/load-calendar';

const suite = letterSuite();
let tdb: TestDb;
let a: Actors;
let cases: LetterSuite['cases'];
beforeAll(() => ({ tdb, a, cases } = suite));

const issue = async (caseId: number, kind: string, party?: string) => (await suite.issue(caseId, kind, party ? { party } : {})).text;
async function offered(caseId: number): Promise<string[]> {
  const { row, state } = await loadCase(tdb.prisma, caseId, a.clerk.agencyId);
  return offeredDocuments(state, deadlinesOf(await cachedCalendar(tdb.prisma), state), row.channel).map((d) =>
    d.party ? `${d.kind}:${d.party}` : d.kind,
  );
}

/** A case whose two consulted companies both objected. */
async function twoObjections() {
  const c = await cases.newCase();
  await cases.ev(c.id, 'consultation_sent', '2025-09-29', { party: '甲置业有限公司' });
  await cases.ev(c.id, 'consultation_answered', '2025-10-07', { objection: true });
  await cases.ev(c.id, 'consultation_sent', '2025-10-07', { party: '乙建设有限公司' });
  await cases.ev(c.id, 'consultation_answered', '2025-10-08', { objection: true });
  return c;
}
const submit = (id: number, data: Record<string, unknown>) =>
  cases.ev(id, 'reply_submitted', '2025-10-09', { legalBasis: '依法审查', ...data });
const approve = (id: number) => cases.ev(id, 'reply_approved', '2025-10-10', { secrecyReviewed: true }, 'reviewer');
/** A new case with this reply submitted and approved. */
const approved = async (data: Record<string, unknown>) => {
  const c = await cases.newCase();
  await submit(c.id, data);
  await approve(c.id);
  return c;
};
const SPLIT = '申请列明多个地块的批复，按“一事一申请”拆分计件';

describe('third parties per art. 32 (point 1, Critical)', () => {
  it('a 部分公开 that withholds the objecting parties’ data needs no public-interest reason, and each party is told its data were not disclosed', async () => {
    const c = await twoObjections();
    await submit(c.id, {
      disposition: 'partial',
      items: ['征收补偿安置方案'],
      withheld: '甲置业有限公司、乙建设有限公司的报价和银行账号',
      reasons: '涉及商业秘密，第三方不同意公开，且不公开不会对公共利益造成重大影响',
    });
    await approve(c.id);
    const offers = await offered(c.id);
    expect(offers).toEqual(expect.arrayContaining(['third_party_outcome:甲置业有限公司', 'third_party_outcome:乙建设有限公司']));
    expect(offers.filter((o) => o.startsWith('disclosure_notice_third_party'))).toEqual([]);
    for (const party of ['甲置业有限公司', '乙建设有限公司']) {
      expect(
        (await refusal(issueDocument(tdb.prisma, c.id, 'disclosure_notice_third_party', a.clerk, { ...BACKDATED, party })))?.kind,
      ).toBe('invalid_state');
      const text = await issue(c.id, 'third_party_outcome', party);
      expect(text).toContain(`${party}：`);
      expect(text).toContain('贵方不同意公开');
      expect(text).toContain('对涉及贵方的信息决定不予公开');
      expect(text).not.toMatch(/决定予以公开|不公开可能对公共利益造成重大影响/);
    }
    // The applicant's letter says the same thing: withheld, because they objected.
    const reply = await issue(c.id, 'reply_partial');
    expect(reply).toContain('甲置业有限公司、乙建设有限公司的报价和银行账号不应当公开');
  });

  it('overriding an objection names the party and needs the public interest; only that party gets the disclosure decision', async () => {
    const c = await twoObjections();
    const problem = await refusal(
      submit(c.id, {
        disposition: 'partial',
        items: ['方案'],
        withheld: '乙建设有限公司的报价',
        reasons: '商业秘密',
        overrides: ['甲置业有限公司'],
      }),
    );
    expect(problem?.message).toBe('不采纳第三方反对意见、决定公开的，须写明理由（第三十二条）');
    const stranger = await refusal(
      submit(c.id, {
        disposition: 'partial',
        items: ['方案'],
        withheld: '乙',
        reasons: '商业秘密',
        overrides: ['丙公司'],
        publicInterest: '公益',
      }),
    );
    expect(stranger?.message).toContain('“丙公司”不是提出反对意见的第三方');
    // A full disclosure would disclose both companies' data: both must be overridden.
    const full = await refusal(
      submit(c.id, { disposition: 'granted', items: ['方案'], overrides: ['甲置业有限公司'], publicInterest: '公益' }),
    );
    expect(full?.message).toContain('全部公开将公开乙建设有限公司反对公开的信息');
    await submit(c.id, {
      disposition: 'partial',
      items: ['征收补偿安置方案（含甲置业有限公司报价）'],
      withheld: '乙建设有限公司的报价',
      reasons: '涉及商业秘密，第三方不同意公开',
      overrides: ['甲置业有限公司'],
      publicInterest: '甲置业有限公司报价关系补偿标准，公开的公共利益明显大于对其影响',
    });
    await approve(c.id);
    const toA = await issue(c.id, 'disclosure_notice_third_party', '甲置业有限公司');
    expect(toA).toContain('决定不采纳贵方意见，予以公开');
    expect(toA).toContain('甲置业有限公司报价关系补偿标准');
    expect(
      (await refusal(issueDocument(tdb.prisma, c.id, 'disclosure_notice_third_party', a.clerk, { ...BACKDATED, party: '乙建设有限公司' })))
        ?.kind,
    ).toBe('invalid_state');
    expect(await issue(c.id, 'third_party_outcome', '乙建设有限公司')).toContain('对涉及贵方的信息决定不予公开');
    expect(
      (await refusal(issueDocument(tdb.prisma, c.id, 'third_party_outcome', a.clerk, { ...BACKDATED, party: '甲置业有限公司' })))?.kind,
    ).toBe('invalid_state');
  });
});

describe('no letter after the case ended (point 2, High)', () => {
  it('a case deemed abandoned for an unpaid fee offers only the letters of its ending', async () => {
    const c = await approved({ disposition: 'granted', items: ['征收补偿安置方案'], fee: { basis: 'pages', count: 300 } });
    expect(await offered(c.id)).toEqual(expect.arrayContaining(['reply_granted', 'fee_notice']));
    await issue(c.id, 'reply_granted');
    expect(await offered(c.id)).toContain('delivery_receipt');
    await issue(c.id, 'fee_notice');
    await cases.ev(c.id, 'fee_notice_served', '2025-10-13');
    await cases.ev(c.id, 'abandoned', '2026-01-30', { reason: 'no_fee' });
    const after = await offered(c.id);
    expect(after).toContain('abandoned_no_fee');
    for (const kind of ['reply_granted', 'fee_notice', 'delivery_receipt']) {
      expect(after).not.toContain(kind);
      expect((await refusal(issueDocument(tdb.prisma, c.id, kind, a.clerk, BACKDATED)))?.kind, kind).toBe('invalid_state');
    }
  });

  it('a withdrawn case offers no reply letter, even with an approved reply', async () => {
    const c = await approved({ disposition: 'granted', items: ['征收补偿安置方案'] });
    await cases.ev(c.id, 'withdrawn', '2025-10-11', { note: '申请人书面撤回' });
    const after = await offered(c.id);
    expect(after).toContain('withdrawal_confirmation');
    expect(after.filter((k) => k.startsWith('reply_') || k === 'delivery_receipt' || k === 'receipt')).toEqual([]);
    expect(await issue(c.id, 'withdrawal_confirmation')).toContain('撤回');
  });
});

describe('a refusal claims no objection that was never sought (point 5, High)', () => {
  it('不予公开（商业秘密）without a consultation gives the art. 15 ground; with an objection on file it says so', async () => {
    const bare = await approved({ disposition: 'deny_trade_secret', reasons: '申请的信息为企业投标报价' });
    const text = await issue(bare.id, 'reply_deny_trade_secret');
    expect(text).toContain('涉及商业秘密，公开会对第三方合法权益造成损害');
    expect(text).not.toContain('第三方不同意公开');

    const asked = await cases.newCase();
    await cases.ev(asked.id, 'consultation_sent', '2025-09-29', { party: '甲置业有限公司' });
    await cases.ev(asked.id, 'consultation_answered', '2025-10-08', { objection: true });
    await submit(asked.id, { disposition: 'deny_trade_secret', reasons: '申请的信息为企业投标报价' });
    await approve(asked.id);
    expect(await issue(asked.id, 'reply_deny_trade_secret')).toContain(
      '涉及商业秘密，第三方不同意公开，且不公开不会对公共利益造成重大影响',
    );
  });
});

describe('the remedy clause (point 6)', () => {
  it('a State Council department’s refusal says review comes first, before itself, and names the 国务院裁决 route', async () => {
    const agency = await tdb.prisma.agency.findUniqueOrThrow({ where: { id: a.clerk.agencyId } });
    await tdb.prisma.agency.update({
      where: { id: agency.id },
      data: { level: 'state_council_department', name: '示例部', reviewBody: '' },
    });
    try {
      const c = await approved({ disposition: 'deny_process', reasons: '属于内部讨论稿' });
      const text = await issue(c.id, 'reply_deny_process');
      expect(text).toContain(
        '如对本告知书不服，依照《中华人民共和国行政复议法》第二十三条的规定，您应当先自收到本告知书之日起六十日内向示例部申请行政复议',
      );
      expect(text).toContain('也可以向国务院申请裁决，国务院依照《中华人民共和国行政复议法》的规定作出最终裁决');
      expect(text).not.toContain('六个月内');
    } finally {
      await tdb.prisma.agency.update({
        where: { id: agency.id },
        data: { level: agency.level, name: agency.name, reviewBody: agency.reviewBody },
      });
    }
  });
});

describe('fees per 国办函〔2020〕109号 (point 3, part)', () => {
  it('按件 for every kind of decision, 按量 only where information is provided', async () => {
    const c = await cases.newCase();
    const byPages = await refusal(submit(c.id, { disposition: 'not_held', reasons: '经检索未找到', fee: { basis: 'pages', count: 300 } }));
    expect(byPages?.message).toContain('按量计收只适用于提供信息');
    await submit(c.id, { disposition: 'not_held', reasons: '经检索未找到', fee: { basis: 'items', count: 15, splitNote: SPLIT } });
    await approve(c.id);
    const notice = await issue(c.id, 'fee_notice');
    expect(notice).toContain('按件计收');
    // The 15th application of the month falls in the 11–30 band: ¥100 for this one.
    expect(notice).toContain('计收方式：按件计收；计费数量：本月第15件申请');
    expect(notice).toContain('应缴金额：人民币100.00元');
  });

  it('a reply with a fee is delivered only after the fee is paid', async () => {
    const c = await approved({ disposition: 'granted', items: ['征收补偿安置方案'], fee: { basis: 'pages', count: 120 } });
    const early = await refusal(cases.ev(c.id, 'delivered', '2025-10-13', { method: 'post' }));
    expect(early?.message).toContain('申请人尚未缴纳信息处理费（1100 元）');
    expect((await refusal(cases.ev(c.id, 'fee_paid', '2025-10-14', { amountYuan: 1100 })))?.message).toContain('尚未出具收费通知书');
    await issue(c.id, 'fee_notice');
    await cases.ev(c.id, 'fee_paid', '2025-10-14', { amountYuan: 1100 });
    await cases.ev(c.id, 'delivered', '2025-10-15', { method: 'post' });
    expect((await tdb.prisma.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe('closed');
  });

  it('a fee notice issued after the reply deadline needs a reason and is marked late', async () => {
    const c = await approved({ disposition: 'granted', items: ['征收补偿安置方案'], fee: { basis: 'items', count: 12, splitNote: SPLIT } });
    const late = await refusal(issueDocument(tdb.prisma, c.id, 'fee_notice', a.clerk, { ...BACKDATED, date: '2025-11-20' }));
    expect(late?.message).toMatch(/答复期限/);
  });
});

describe('content lost or mis-cited (point 7, part)', () => {
  it('the 2007 consultation letter states the 2007 rule, and the 2007 pause cites art. 24¶3', async () => {
    const c = await cases.newCase('2007');
    await cases.ev(c.id, 'consultation_sent', '2019-03-06', { party: '示例置业有限公司' });
    const toParty = await issue(c.id, 'consult_third_party', '示例置业有限公司');
    expect(toParty).toContain('第三方不同意公开的，本机关不予公开；但本机关认为不公开可能对公共利益造成重大影响的，应当予以公开');
    expect(toParty).not.toContain('有合理理由');
    const pause = await issue(c.id, 'consult_notice_applicant');
    expect(pause).toContain('第二十四条第三款');
    expect(pause).not.toContain('第二十四条第二款');
  });

  it('the extension letter names the 工作机构负责人 (art. 33¶2), not a login, and no "。，"', async () => {
    const c = await cases.newCase();
    await cases.ev(c.id, 'extension_requested', '2025-10-20', { workingDays: 20, reason: '需调取多个地块的档案。' });
    await cases.ev(c.id, 'extension_approved', '2025-10-21', {}, 'reviewer');
    const text = await issue(c.id, 'extension_notice');
    expect(text).toContain('经本机关政府信息公开工作机构负责人同意');
    expect(text).toContain('因需调取多个地块的档案，本机关不能');
    expect(text).not.toContain('。，');
  });

  it('the 不属于本机关 letter gives the reason the clerk entered (art. 36(5))', async () => {
    const c = await cases.newCase();
    await submit(c.id, {
      disposition: 'not_this_agency',
      referTo: { name: '示例市住房和城乡建设局', contact: '010-11111111' },
      reasons: '该信息由住建部门制作并保存',
    });
    await approve(c.id);
    const text = await issue(c.id, 'unable_not_this_agency');
    expect(text).toContain('该政府信息由示例市住房和城乡建设局负责公开');
    expect(text).toContain('具体理由：该信息由住建部门制作并保存');
  });

  it('要求确认或重新出具 cites its basis (art. 2), and 非政府信息 names the Regulation with 书名号', async () => {
    const c = await approved({ disposition: 'confirmation', reasons: '申请人要求对其持有的征收决定复印件加盖公章' });
    const text = await issue(c.id, 'noproc_confirmation');
    expect(text).toContain('根据《中华人民共和国政府信息公开条例》第二条的规定，该申请不属于政府信息公开申请，本机关不予处理');
    const d = await approved({ disposition: 'deny_not_gov_info', reasons: '所申请的是村民委员会的账目' });
    expect(await issue(d.id, 'reply_deny_not_gov_info')).toContain('不属于《中华人民共和国政府信息公开条例》所指的政府信息');
  });
});

describe('one question for the page, the API and the issue (availableLetters)', () => {
  it('GET /requests/{id} lists exactly the letters POST …/documents accepts now', async () => {
    const { getCaseDetail } = await import('@/lib/cases/queries');
    const { caseToJson } = await import('@/lib/cases/serialize');
    const c = await twoObjections();
    await submit(c.id, { disposition: 'partial', items: ['方案'], withheld: '两公司的报价', reasons: '涉及商业秘密，第三方不同意公开' });
    await approve(c.id);
    const json = caseToJson(await getCaseDetail(tdb.prisma, c.id, a.clerk));
    const listed = json.availableLetters.map((l) => (l.party ? `${l.kind}:${l.party}` : l.kind));
    expect(listed).toEqual(expect.arrayContaining(['reply_partial', 'third_party_outcome:甲置业有限公司']));
    // The 送达回证 names the reply letter's 文号: it is listed once that letter is issued.
    expect(listed).not.toContain('delivery_receipt');
    for (const l of json.availableLetters)
      await issueDocument(tdb.prisma, c.id, l.kind, a.clerk, { ...BACKDATED, party: l.party || undefined });
    const now = caseToJson(await getCaseDetail(tdb.prisma, c.id, a.clerk)).availableLetters.map((l) => l.kind);
    expect(now).toContain('delivery_receipt');
    const { KINDS } = await import('@/lib/documents/catalog');
    for (const k of KINDS.filter((x) => x.to !== 'thirdParty' && !now.includes(x.id)))
      expect((await refusal(issueDocument(tdb.prisma, c.id, k.id, a.clerk, BACKDATED)))?.kind, k.id).toBe('invalid_state');
    // A manager may not issue: nothing is listed.
    expect(caseToJson(await getCaseDetail(tdb.prisma, c.id, a.manager)).availableLetters).toEqual([]);
  });
});

describe('the duplicate letter (point 9, part)', () => {
  it('does not claim the earlier application was answered; the reasons say where it stands', async () => {
    const c = await cases.newCase();
    await submit(c.id, {
      disposition: 'duplicate',
      reasons: '与2025年9月20日收到的申请（编号2025-0001）内容相同，该申请本机关正在办理，将一并答复',
    });
    await approve(c.id);
    const text = await issue(c.id, 'noproc_duplicate');
    expect(text).toContain('已就相同内容提出过政府信息公开申请。根据');
    expect(text).not.toContain('本机关已作出答复');
    expect(text).toContain('该申请本机关正在办理，将一并答复');
  });
});

describe('a co-producing agency is not a third party (point 7, part)', () => {
  it('the applicant is told the office consulted 有关行政机关, not 第三方', async () => {
    const c = await cases.newCase();
    await cases.ev(c.id, 'consultation_sent', '2025-10-13', { party: '示例市财政局', partyKind: 'agency' });
    const text = await issue(c.id, 'consult_notice_applicant');
    expect(text).toContain('系本机关与其他行政机关共同制作，本机关已于2025年10月13日书面征求有关行政机关意见');
    expect(text).not.toContain('第三方');
    const other = await cases.newCase();
    await cases.ev(other.id, 'consultation_sent', '2025-10-13', { party: '示例置业有限公司' });
    expect(await issue(other.id, 'consult_notice_applicant')).toContain('涉及第三方合法权益，本机关已于2025年10月13日书面征求第三方意见');
  });
});
