// The annual report drafted as Word, opened by LibreOffice (converted to PDF) and read back: the six
// parts, the filled tables, numbers in the prose, two embedded charts; last year's text offered.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { createAgency } from '@/lib/agencies/create-agency';
import { draftAnnualReport } from '@/lib/annual-report/draft-annual-report';
import { reportPageOffice, saveOfficeParts } from '@/lib/annual-report/office-parts';
import { applicationsProse, appealsProse, yoy } from '@/lib/annual-report/prose';
import { createCase } from '@/lib/cases/create-case';
import { recordEvent } from '@/lib/cases/record-event';
import { freezeReport, saveManualValues } from '@/lib/statistics/manage-report';
import { createUser } from '@/lib/users/manage-users';
import { demoForFile } from '../helpers/actors';

const { tdb, a } = demoForFile();

async function closeOne(
  actor: { userId: number; agencyId: number; role: 'clerk' },
  reviewerId: number,
  channel: string,
  received: string,
  disposition: string,
) {
  const { case: c } = await createCase(
    tdb.prisma,
    { channel, receivedOn: received, applicant: { kind: 'natural', name: '甲' }, description: '某文件', topic: '征地' },
    actor,
  );
  await recordEvent(
    tdb.prisma,
    c.id,
    {
      type: 'reply_submitted',
      on: received,
      disposition,
      legalBasis: '依法',
      reasons: '理由',
      ...(disposition === 'granted' ? { items: ['某文件'] } : {}),
    },
    actor,
  );
  await recordEvent(
    tdb.prisma,
    c.id,
    { type: 'reply_approved', on: received, secrecyReviewed: true },
    { userId: reviewerId, agencyId: actor.agencyId, role: 'reviewer' },
  );
  await recordEvent(tdb.prisma, c.id, { type: 'delivered', on: received, method: 'post' }, actor);
}

/** Each table of the report as rows of cell texts (a merged cell appears once, a continued one as ''). */
function reportTables(docx: Uint8Array): string[][][] {
  const xml = new PizZip(docx).file('word/document.xml')!.asText();
  const text = (x: string) => (x.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('');
  return (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((t) =>
    (t.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []).map((r) => (r.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map(text)),
  );
}

function pdfText(docx: Uint8Array): { text: string; images: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-annual-'));
  try {
    fs.writeFileSync(path.join(dir, 'r.docx'), docx);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'r.docx')],
      {
        stdio: 'ignore',
        timeout: 120_000,
      },
    );
    const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
    const images =
      execFileSync('pdfimages', ['-list', path.join(dir, 'r.pdf')], { encoding: 'utf8' })
        .trim()
        .split('\n').length - 2;
    return { text, images };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the annual report', () => {
  it('is written from the numbers, with tables, charts and the office parts; LibreOffice opens it', async () => {
    const clerk = a.clerk as { userId: number; agencyId: number; role: 'clerk' };
    for (let i = 0; i < 3; i++) await closeOne(clerk, a.reviewer.userId, 'letter', '2025-03-03', 'granted');
    await closeOne(clerk, a.reviewer.userId, 'in_person', '2025-04-01', 'not_held');
    await closeOne(clerk, a.reviewer.userId, 'letter', '2024-05-06', 'granted');
    await closeOne(clerk, a.reviewer.userId, 'letter', '2024-05-07', 'granted');
    await saveOfficeParts(
      tdb.prisma,
      a.manager.agencyId,
      2024,
      { 1: '2024年，本机关认真贯彻《条例》。', 5: '人员不足。' },
      a.manager.userId,
    );
    await saveOfficeParts(tdb.prisma, a.manager.agencyId, 2025, { 6: '本年度无其他需要报告的事项。' }, a.manager.userId);

    // Table 二: three figures entered by hand, the rest left blank by the office.
    await saveManualValues(
      tdb.prisma,
      a.manager.agencyId,
      2025,
      '2021',
      { '2.rules.issued': 3, '2.normative.in_force': 0, '2.fees.amount': 12.5 },
      a.manager.userId,
    );
    const draft = await draftAnnualReport(tdb.prisma, a.manager.agencyId, 2025);
    expect(draft.final).toBe(false);
    const tables = reportTables(draft.file);
    // 二: the 2021 layout, four blocks of 第二十条 with their own columns; blanks stay blank.
    expect(tables[0].slice(0, 4)).toEqual([
      ['第二十条第（一）项'],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '3', '', ''],
      ['行政规范性文件', '', '', '0'],
    ]);
    expect(tables[0].slice(4)).toEqual([
      ['第二十条第（五）项'],
      ['信息内容', '本年处理决定数量'],
      ['行政许可', ''],
      ['第二十条第（六）项'],
      ['信息内容', '本年处理决定数量'],
      ['行政处罚', ''],
      ['行政强制', ''],
      ['第二十条第（八）项'],
      ['信息内容', '本年收费金额（单位：万元）'],
      ['行政事业性收费', '12.5'],
    ]);
    // 三: 申请人情况 over 自然人 / 法人或其他组织 (five kinds) / 总计.
    expect(tables[1][0]).toEqual(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况']);
    expect(tables[1][1]).toEqual(['', '自然人', '法人或其他组织', '总计']);
    expect(tables[1][2]).toEqual(['', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '']);
    // 四: the form's one row of fifteen.
    expect(tables[2]).toEqual([
      ['行政复议', '行政诉讼'],
      ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉'],
      ['', '', '', '', '', ...Array(2).fill(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']).flat()],
      Array(15).fill('0'),
    ]);
    const zip = new PizZip(draft.file);
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))).toEqual(['word/media/chart1.png', 'word/media/chart2.png']);
    const { text, images } = pdfText(draft.file);
    const flat = text.replace(/\s+/g, '');
    // The title breaks between the office's name and the report's, never inside a word.
    const { docxParagraphs } = await import('@/lib/documents/letter-check');
    const { name } = await tdb.prisma.agency.findUniqueOrThrow({ where: { id: a.manager.agencyId } });
    expect(docxParagraphs(draft.file).slice(0, 2)).toEqual([name, '2025年政府信息公开工作年度报告']);
    for (const part of [
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ])
      expect(flat).toContain(part);
    expect(flat).toContain('草稿');
    expect(flat).toContain('2025年，本机关共收到政府信息公开申请4件，同比增长100.0%（上年2件）');
    expect(flat).toContain('信函申请3件，占75.0%');
    expect(flat).toContain('当面申请1件，占25.0%');
    expect(flat).toContain('征地（4件，占100.0%）');
    expect(flat).toContain('予以公开3件，占75.0%');
    expect(flat).toContain('未发生因政府信息公开引起的行政复议、行政诉讼');
    expect(flat).toContain('以下为2024年度报告的本部分内容'); // part 一 starts from last year's text
    expect(flat).toContain('2024年，本机关认真贯彻《条例》。');
    expect(flat).toContain('本年度无其他需要报告的事项。');
    expect(flat).toContain('图1政府信息公开申请办理结果');
    expect(images).toBeGreaterThanOrEqual(2);
    // Table 三's total row carries the closed count.
    expect(text).toMatch(/（七）总计\s+4\s+0\s+0\s+0\s+0\s+0\s+4/);

    await freezeReport(tdb.prisma, a.manager.agencyId, 2025, '2021', a.manager.userId);
    expect((await draftAnnualReport(tdb.prisma, a.manager.agencyId, 2025)).final).toBe(true);
  }, 180_000);

  it('a parent agency drafts the roll-up of its tree', async () => {
    const district = await createAgency(tdb.prisma, { name: '示例市北区分局', shortName: '北资' }, a.admin);
    const clerk = await createUser(
      tdb.prisma,
      { login: 'north-clerk', name: '北', role: 'clerk', password: 'Birch-Lantern-123' },
      null,
      district.id,
    );
    const reviewer = await createUser(
      tdb.prisma,
      { login: 'north-rv', name: '北审', role: 'reviewer', password: 'Maple-Window-12345' },
      null,
      district.id,
    );
    await closeOne({ userId: clerk.id, agencyId: district.id, role: 'clerk' }, reviewer.id, 'fax', '2025-06-02', 'granted');
    const draft = await draftAnnualReport(tdb.prisma, a.manager.agencyId, 2025, { tree: true });
    const { docxText } = await import('../helpers/docx');
    const text = docxText(draft.file);
    expect(text).toContain('年度报告（汇总）');
    expect(text).toContain('本机关及所属1个下级机关共收到政府信息公开申请5件');
    expect(text).toContain('传真申请1件，占20.0%');
  });

  it('gives the year-table page its office in one statement: name, subordinates and the year’s own parts', async () => {
    const own = await reportPageOffice(tdb.prisma, a.manager.agencyId, 2024);
    const name = (await tdb.prisma.agency.findUniqueOrThrow({ where: { id: a.manager.agencyId } })).name;
    expect(own).toEqual({ name, hasSubordinates: true, parts: { 1: '2024年，本机关认真贯彻《条例》。', 5: '人员不足。' } });
    expect((await reportPageOffice(tdb.prisma, a.manager.agencyId, 2025)).parts).toEqual({ 6: '本年度无其他需要报告的事项。' });
    const north = await tdb.prisma.agency.findFirstOrThrow({ where: { shortName: '北资' } });
    expect(await reportPageOffice(tdb.prisma, north.id, 2025)).toEqual({ name: '示例市北区分局', hasSubordinates: false, parts: {} });
    await expect(reportPageOffice(tdb.prisma, 999_999, 2025)).rejects.toThrow('机关不存在');
  });

  it('words the year-on-year change and the shares', () => {
    // No application in the year (nor a 更正申请).
    const noFacts = {
      byChannel: [],
      byTopic: [],
      onTime: 0,
      extended: 0,
      late: 0,
      feesYuan: 0,
      rectification: { received: 0, rectified: 0, refused: 0, referred: 0 },
    };
    expect(yoy(10, 8)).toBe('，同比增长25.0%（上年8件）');
    expect(yoy(6, 8)).toBe('，同比下降25.0%（上年8件）');
    expect(yoy(3, 0)).toBe('，上年无此类申请');
    expect(applicationsProse('本机关', 2025, {}, null, noFacts)[0]).toBe('2025年，本机关未收到政府信息公开申请。');
    expect(applicationsProse('本机关', 2025, {}, 4, noFacts)[0]).toBe('2025年，本机关未收到政府信息公开申请（上年4件）。');
    // Part 四: each group of suits with its own outcomes.
    const cells = {
      '4.review.total': 2,
      '4.review.upheld': 1,
      '4.review.pending': 1,
      '4.suit_direct.total': 2,
      '4.suit_direct.upheld': 1,
      '4.suit_direct.pending': 1,
      '4.suit_after_review.total': 1,
      '4.suit_after_review.pending': 1,
    };
    expect(appealsProse('本机关', 2025, cells)[0]).toBe(
      '2025年，因政府信息公开引起行政复议2件（结果维持1件、尚未审结1件）；行政诉讼3件，其中未经复议直接起诉2件（结果维持1件、尚未审结1件），复议后起诉1件（尚未审结1件）。',
    );
  });
});
