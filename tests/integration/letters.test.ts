// Every kind of letter, issued from a realistic case under each regime and read as text: the
// remedy clause of 2024, the date of the act, no blanks, no doubled statute, the right pronoun, the
// regime's own articles. Then the faults of round one, one by one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KINDS } from '@/lib/documents/catalog';
import { provisions } from '@/lib/documents/citations';
import { selfName, type AgencyLevel } from '@/lib/documents/remedy';
import { issueDocument } from '@/lib/documents/issue-document';
import { letterProblems } from '@/lib/documents/letter-check';
import { formatCn } from '@/lib/shared/dates';
import { asDomainError } from '@/lib/shared/errors';
import type { TestDb } from '../helpers/db';
import type { Actors } from '../helpers/actors';
import { letterSuite, type LetterSuite, BACKDATED } from '../helpers/letter-suite';
import { docxText } from '../helpers/docx';
import type { Regime, Who } from '../helpers/letter-cases';

const suite = letterSuite();
let tdb: TestDb;
let a: Actors;
let cases: LetterSuite['cases'];
beforeAll(() => ({ tdb, a, cases } = suite));

const ONLY_2019 = new Set([
  'reasons_notice',
  'custom_deadline_notice',
  'fee_notice',
  'abandoned_no_correction',
  'abandoned_no_fee',
  'consult_agency',
  'noproc_publication',
  'noproc_mass',
  'noproc_confirmation',
  'other_procedure',
]);
const ONLY_2007 = new Set(['unable_amend']);
const REVIEW_FIRST = (kind: string) => kind.startsWith('reply_deny_') || kind === 'reply_partial';
const ARTICLE = /第[一二三四五六七八九十]+条(?:第[一二三四五六七八九十]+款)?(?:第（[一二三四五六七八九十]+）项)?/g;

async function issue(caseId: number, kind: string, options: Record<string, unknown> = {}) {
  const doc = await issueDocument(tdb.prisma, caseId, kind, a.clerk, { ...BACKDATED, ...options });
  const row = await tdb.prisma.document.findUniqueOrThrow({ where: { id: doc.id } });
  return { doc, row, text: docxText(new Uint8Array(row.file)) };
}

const texts: Record<string, string> = {};

// Each office level names its own review body (行政复议法 arts. 24–27); before 2024 a department's
// letters named its government or the department above (old art. 12).
const OFFICES: Record<AgencyLevel, { name: string; parentName: string; body: string; before2024: string }> = {
  local_department: {
    name: '示例市自然资源局',
    parentName: '示例市人民政府',
    body: '示例市人民政府',
    before2024: '示例市人民政府或者上一级主管部门',
  },
  state_council_department: { name: '示例部', parentName: '', body: '示例部', before2024: '示例部' },
  provincial_department: {
    name: '示例省自然资源厅',
    parentName: '示例省人民政府',
    body: '示例省人民政府',
    before2024: '示例省人民政府或者上一级主管部门',
  },
  local_government: { name: '示例县人民政府', parentName: '示例市人民政府', body: '示例市人民政府', before2024: '示例市人民政府' },
  township: { name: '示例街道办事处', parentName: '示例区人民政府', body: '示例区人民政府', before2024: '示例区人民政府' },
  vertical: {
    name: '国家税务总局示例市税务局',
    parentName: '国家税务总局示例省税务局',
    body: '国家税务总局示例省税务局',
    before2024: '国家税务总局示例省税务局',
  },
};

describe.each(Object.keys(OFFICES) as AgencyLevel[])('every kind, in each regime, read as text, issued by a %s office', (level) => {
  const office = OFFICES[level];
  let before: { level: string; name: string; parentName: string; reviewBody: string };
  beforeAll(async () => {
    before = await tdb.prisma.agency.findUniqueOrThrow({ where: { id: a.clerk.agencyId } });
    await tdb.prisma.agency.update({
      where: { id: a.clerk.agencyId },
      data: { level, name: office.name, parentName: office.parentName, reviewBody: '' },
    });
  });
  afterAll(async () => {
    await tdb.prisma.agency.update({ where: { id: a.clerk.agencyId }, data: before });
  });
  const issued = new Set<string>();
  const runs = KINDS.flatMap((k) =>
    (['2019', '2007'] as Regime[])
      .filter((r) => !(r === '2007' ? ONLY_2019 : ONLY_2007).has(k.id))
      .map((r) => [k.id, r, r === '2019' && k.id.length % 2 ? 'org' : 'natural'] as const),
  );

  it.each(runs)('%s (%s regime, %s applicant)', async (kind, regime, who) => {
    const k = KINDS.find((x) => x.id === kind)!;
    const { id, stepOn, party } = await cases.caseFor(kind, regime, who as Who);
    const { doc, row, text } = await issue(id, kind, party ? { party } : {});
    if (level === 'local_department') texts[`${kind}/${regime}`] = text;
    issued.add(kind);
    // Every letter and form is the office's own: it is signed with the office's name.
    expect(text).toContain(office.name);
    // The letter is dated the day of the act it records.
    expect(doc.letterDate).toBe(stepOn);
    expect(text).toContain(formatCn(stepOn));
    expect(letterProblems(text.split('\n'), stepOn)).toEqual([]);
    expect(text).not.toMatch(/undefined|null|\{|\}|您（单位）/);
    // 文号: outgoing letters are numbered in the year of their date; internal forms have none.
    if (k.to === 'internal') expect(row.docNo).toContain('（内部）');
    else expect(row.docNo).toMatch(new RegExp(`^示资依.〔${stepOn.slice(0, 4)}〕[1-9]\\d*号$`));
    // The pronoun follows the applicant.
    if (k.to === 'applicant' && /您|贵单位/.test(text)) expect(text).toContain(who === 'org' ? '贵单位' : '您');
    if (who === 'org' && k.to === 'applicant') expect(text).not.toMatch(/[^贵]您/);
    // Remedy: the law of the letter's date. From 2024 replies name the configured review body and
    // refusals say, in words, that review comes first (art. 23¶2); before 2024 review or suit, both
    // open. A letter names itself as titled. Nothing else carries a reply remedy.
    const self = selfName(k.title);
    const pronoun = who === 'org' && k.to === 'applicant' ? '贵单位' : '您';
    if (k.remedy === 'reply' && stepOn >= '2024-01-01') {
      expect(text).toContain(`自收到${self}之日起六十日内向${office.body}申请行政复议`);
      if (REVIEW_FIRST(kind)) {
        expect(text).toContain(`依照《中华人民共和国行政复议法》第二十三条的规定，${pronoun}应当先自收到${self}之日起六十日内`);
        expect(text).toContain('对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内依法向有管辖权的人民法院提起行政诉讼');
      } else {
        expect(text).toContain(`或者自收到${self}之日起六个月内依法向有管辖权的人民法院提起行政诉讼`);
        expect(text).not.toContain('应当先');
      }
      if (kind.startsWith('reply_deny_')) expect(text).not.toContain('六个月内');
      expect(text).not.toContain('或者上一级主管部门');
      // Only a State Council department's refusals add the 国务院裁决 route (art. 26).
      if (REVIEW_FIRST(kind) && level === 'state_council_department') expect(text).toContain('也可以向国务院申请裁决');
      else expect(text).not.toContain('国务院申请裁决');
    } else if (k.remedy === 'reply') {
      expect(text).toContain(`自收到${self}之日起六十日内向${office.before2024}申请行政复议，或者自收到${self}之日起六个月内`);
      expect(text).not.toContain('应当先');
    } else {
      expect(text).not.toMatch(/如对本(答复书|告知书)不服/);
    }
    if (k.remedy) expect(text).not.toContain(self === '本答复书' ? '收到本告知书' : '收到本答复书');
    // Citations: the regime's own provisions, the statute named once.
    for (const art of text.replace('《中华人民共和国行政复议法》第二十三条', '').match(ARTICLE) ?? [])
      expect(provisions(regime), `${art} in a ${regime} letter`).toContain(art);
    if (regime === '2007' && k.cite?.length) expect(text).toMatch(/国务院令第492号|国办发〔2010〕5号/);
    // Every decision on the application states its legal basis (要求确认或重新出具 once cited nothing).
    if (k.remedy === 'reply') expect(text, kind).toMatch(/根据《[^》]+》[^。]*的规定/);
    expect(text).not.toMatch(/(《[^》]+》)\1/);
  });

  it('signs with the office, and issued every kind at least once', () => {
    expect(issued).toEqual(new Set(KINDS.map((k) => k.id)));
  });
});

describe('the faults of round one', () => {
  const refusal = async (p: Promise<unknown>) =>
    asDomainError(
      await p.then(
        () => null,
        (e) => e,
      ),
    );

  it('dates letters by their act, refusing dates before the act or in the future; the third party’s 15 days run from its receipt', async () => {
    const { id } = await cases.caseFor('consult_third_party', '2019', 'natural');
    expect(
      (await refusal(issueDocument(tdb.prisma, id, 'consult_third_party', a.clerk, { ...BACKDATED, date: '2025-10-10' })))?.message,
    ).toContain('不能早于');
    expect(
      (await refusal(issueDocument(tdb.prisma, id, 'consult_third_party', a.clerk, { ...BACKDATED, date: '2099-01-01' })))?.message,
    ).toContain('不能晚于今天');
    const { text } = await issue(id, 'consult_third_party', { date: '2025-10-14' });
    // Art. 32: 15 working days from the day the third party receives it — no date computed from
    // the letter's own date (round three found one).
    expect(text).toContain('请于收到本意见书之日起15个工作日内提出意见');
    expect(text).not.toMatch(/即\d{4}年\d+月\d+日前/);
  });

  it('needs a recorded reason for a letter past its legal limit, and marks it late', async () => {
    const { id } = await cases.caseFor('correction_notice', '2019', 'natural');
    // Received 09-26: the correction notice was due by 10-13 (7 working days); its limit runs to 10-20.
    const late = await refusal(issueDocument(tdb.prisma, id, 'correction_notice', a.clerk, { ...BACKDATED, date: '2025-10-14' }));
    expect(late?.message).toMatch(/逾期.*原因/);
    // A date after the correction limit it announces is refused outright: the letter would contradict itself.
    expect(
      (await refusal(issueDocument(tdb.prisma, id, 'correction_notice', a.clerk, { ...BACKDATED, date: '2025-10-21', lateReason: '迟' })))
        ?.message,
    ).toContain('早于文书日期');
    const { doc } = await issue(id, 'correction_notice', { date: '2025-10-14', lateReason: '承办人出差，延误发出' });
    expect(doc.late).toBe(true);
    const event = await tdb.prisma.caseEvent.findFirstOrThrow({ where: { caseId: id, type: 'document_issued' }, orderBy: { id: 'desc' } });
    expect(event.data).toMatchObject({ late: true, lateReason: '承办人出差，延误发出' });
  });

  it('offers nothing the file does not support', async () => {
    const fresh = await cases.newCase();
    for (const kind of [
      'disclosure_notice_third_party',
      'abandoned_no_fee',
      'unable_unclear',
      'extension_notice',
      'fee_notice',
      'custom_deadline_notice',
    ]) {
      expect((await refusal(issueDocument(tdb.prisma, fresh.id, kind, a.clerk, BACKDATED)))?.kind, kind).toBe('invalid_state');
    }
    const old = await cases.newCase('2007');
    expect((await refusal(issueDocument(tdb.prisma, old.id, 'reasons_notice', a.clerk, BACKDATED)))?.kind).toBe('invalid_state');
    expect(
      (
        await refusal(
          cases.ev(fresh.id, 'reply_submitted', '2025-10-09', { disposition: 'amend_requested', legalBasis: 'x', reasons: 'y' }),
        )
      )?.message,
    ).toContain('2007年');
  });

  it('requires the content each refusal must state, before the reply goes to review', async () => {
    const c = await cases.newCase();
    const submit = (data: Record<string, unknown>) =>
      refusal(cases.ev(c.id, 'reply_submitted', '2025-10-09', { legalBasis: '依法审查', ...data }));
    expect((await submit({ disposition: 'deny_state_secret' }))?.message).toContain('请填写理由');
    expect((await submit({ disposition: 'partial', items: ['a'], reasons: 'r' }))?.message).toContain('不予公开的部分');
    expect((await submit({ disposition: 'not_this_agency', reasons: 'r' }))?.message).toContain('负责公开该信息的机关');
    expect((await submit({ disposition: 'granted' }))?.message).toContain('列出公开的信息');
    expect((await submit({ disposition: 'granted', items: ['a'], feeYuan: 123.45 }))?.kind).toBe('invalid');
    expect(await tdb.prisma.caseEvent.count({ where: { caseId: c.id, type: 'reply_submitted' } })).toBe(0);
    // "Cannot be determined" is an explicit choice, and says so in the letter.
    await cases.ev(c.id, 'reply_submitted', '2025-10-09', {
      disposition: 'not_this_agency',
      legalBasis: '依法审查',
      reasons: '经核查',
      referUnknown: true,
    });
    await cases.ev(c.id, 'reply_approved', '2025-10-10', { secrecyReviewed: true }, 'reviewer');
    expect((await issue(c.id, 'unable_not_this_agency')).text).toContain('无法确定负责公开该政府信息的行政机关');
  });

  it('provides the information in the form the applicant asked for, and quotes without a stray full stop', async () => {
    const c = await cases.newCase('2019', 'natural', { formWanted: 'electronic' });
    await cases.ev(c.id, 'reply_submitted', '2025-10-09', { disposition: 'granted', legalBasis: '依法审查', items: ['方案'] });
    await cases.ev(c.id, 'reply_approved', '2025-10-10', { secrecyReviewed: true }, 'reviewer');
    const { text } = await issue(c.id, 'reply_granted');
    expect(text).toContain('提供形式：电子');
    expect(text).toContain('“某地块征收补偿安置方案”');
    expect(text).not.toContain('。”');
  });

  it('prints one fee basis with its count, rate and amount from the bands, citing article 42', async () => {
    const { id } = await cases.caseFor('fee_notice', '2019', 'natural');
    const { text } = await issue(id, 'fee_notice');
    expect(text).toContain('计收方式：按件计收；计费数量：本月第12件申请');
    expect(text).toContain('应缴金额：人民币100.00元');
    expect(text).toContain('第四十二条');
    expect(text).toContain('自收到本通知次日起20个工作日内');
    expect(text).not.toContain('或按量');
  });

  it('gives each third party its own 文号, and a re-issue the same number as a new version', async () => {
    const c = await cases.newCase();
    await cases.ev(c.id, 'consultation_sent', '2025-09-29', { party: '甲公司' });
    await cases.ev(c.id, 'consultation_answered', '2025-10-08', { objection: false });
    await cases.ev(c.id, 'consultation_sent', '2025-10-09', { party: '乙公司' });
    const first = await issue(c.id, 'consult_third_party', { party: '甲公司' });
    const second = await issue(c.id, 'consult_third_party', { party: '乙公司' });
    expect(second.doc.docNo).not.toBe(first.doc.docNo);
    expect(second.text).toContain('乙公司：');
    const again = await issue(c.id, 'consult_third_party', { party: '甲公司' });
    expect([again.doc.docNo, again.doc.version]).toEqual([first.doc.docNo, 2]);
  });

  it('gives 20 parallel issues of one letter one 文号 and no error', async () => {
    const c = await cases.newCase();
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => issueDocument(tdb.prisma, c.id, 'receipt', a.clerk, BACKDATED)),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const docs = results.map((r) => (r as PromiseFulfilledResult<{ docNo: string; version: number }>).value);
    expect(new Set(docs.map((d) => d.docNo)).size).toBe(1);
    expect(docs.map((d) => d.version).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('asks art. 35 reasons without inventing a limit or abandonment, and tells the reasonable deadline once set', () => {
    expect(texts['reasons_notice/2019']).not.toMatch(/15个工作日|视为放弃/);
    expect(texts['custom_deadline_notice/2019']).toContain('将于2025年12月31日前作出答复');
  });

  it('names an organisation by its credit code and contact person', async () => {
    const c = await cases.newCase('2019', 'org');
    const { text } = await issue(c.id, 'register_form');
    expect(text).toContain('统一社会信用代码：91110000MA01ABCD3U；联系人：李经理');
    expect(text).not.toContain('居民身份证');
  });
});

describe('safety of letters', () => {
  it('refuses XML-invalid characters at input and strips any already stored before filling', async () => {
    const bad = await cases.newCase('2019', 'natural', { description: '某方案\uFFFE' }).then(
      () => null,
      (e) => asDomainError(e),
    );
    expect(bad?.kind).toBe('invalid');
    const c = await cases.newCase();
    await tdb.prisma.$executeRaw`UPDATE disclosure_case SET applicant_name = ${'张\uFFFF三'} WHERE id = ${c.id}`;
    const { text } = await issue(c.id, 'receipt');
    expect(text).toContain('张三');
  });

  it('masks the applicant in previews for managers, refuses them the .docx, and logs every full view', async () => {
    const { readIssuedDocument } = await import('@/lib/documents/read-document');
    const c = await cases.newCase();
    const { doc } = await issue(c.id, 'register_form');
    const asManager = await readIssuedDocument(tdb.prisma, doc.id, a.manager, 'preview');
    expect(asManager.masks.map((m) => m[1])).toEqual(['110***********1237', '13******000']);
    expect(
      (
        await readIssuedDocument(tdb.prisma, doc.id, a.manager, 'download').then(
          () => null,
          (e) => asDomainError(e),
        )
      )?.kind,
    ).toBe('forbidden');
    const logs = () => tdb.prisma.adminEvent.count({ where: { target: `document:${doc.id}` } });
    expect(await logs()).toBe(0);
    await readIssuedDocument(tdb.prisma, doc.id, a.clerk, 'download');
    expect(await logs()).toBe(1);
  });

  it("drops links from previews, so a javascript: target in a template can't run", async () => {
    const { docxToHtml } = await import('@/lib/documents/manage-templates');
    const PizZip = (await import('pizzip')).default;
    const { buildDocx } = await import('@/lib/documents/docx-writer');
    const zip = new PizZip(buildDocx([{ kind: 'body', text: '点击' }]));
    const xml = zip
      .file('word/document.xml')!
      .asText()
      .replace('<w:r>', '<w:hyperlink r:id="rIdX"><w:r>')
      .replace('</w:r>', '</w:r></w:hyperlink>');
    zip.file('word/document.xml', xml);
    zip.file(
      'word/_rels/document.xml.rels',
      zip
        .file('word/_rels/document.xml.rels')!
        .asText()
        .replace(
          '</Relationships>',
          '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="javascript:alert(1)" TargetMode="External"/></Relationships>',
        ),
    );
    const html = await docxToHtml(zip.generate({ type: 'uint8array' }));
    expect(html).toContain('点击');
    expect(html).not.toMatch(/javascript|href/i);
  });
});
