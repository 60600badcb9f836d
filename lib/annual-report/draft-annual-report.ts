// 政府信息公开工作年度报告 (2021 layout), drafted as a Word file: the six parts, tables 二 三 四
// filled from the year's numbers (frozen ones when frozen; otherwise marked 草稿), parts 三 and 四
// written from them with two charts, and the parts only the office can write (一 五 六) taken from
// this year's saved text, else last year's as a starting point, else left as headed blanks.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { buildDocx, type Para } from '@/lib/documents/docx-writer';
import type { Block } from '@/lib/documents/docx-blocks';
import { buildReport, publishedCells } from '@/lib/statistics/build-report';
import type { Cells, KindCell } from '@/lib/statistics/counting-rules';
import { layout } from '@/lib/statistics/layout';
import { activeDisclosureTable, appealsTable, applicationsTable } from './report-tables';
import { buildRollup } from '@/lib/statistics/rollup';
import { barChartPng } from './charts';
import { yearFacts } from './facts';
import { appealsProse, applicationsProse, rectificationProse } from './prose';
import { OFFICE_PARTS } from './office-parts';
import { CHANNEL_LABELS, type Channel } from '@/lib/cases/labels';

async function numbers(db: PrismaClient, agencyId: number, year: number, tree: boolean) {
  if (!tree) {
    const r = await buildReport(db, agencyId, year, '2021');
    return { cells: publishedCells(r), final: !!r.frozen, ids: [agencyId], count: 1 };
  }
  const r = await buildRollup(db, agencyId, year, '2021');
  return { cells: r.cells, final: r.agencies.every((a) => a.frozenAt), ids: r.agencies.map((a) => a.id), count: r.agencies.length };
}

export async function draftAnnualReport(db: PrismaClient, agencyId: number, year: number, { tree = false } = {}) {
  const [agency, now, prev, parts, lastParts] = await Promise.all([
    db.agency.findUniqueOrThrow({ where: { id: agencyId } }),
    numbers(db, agencyId, year, tree),
    numbers(db, agencyId, year - 1, tree),
    db.annualReportPart.findMany({ where: { agencyId, year } }),
    db.annualReportPart.findMany({ where: { agencyId, year: year - 1 } }),
  ]);
  const [facts, enteredRows] = await Promise.all([
    yearFacts(db, now.ids, year),
    // Table 二 prints what the offices entered and leaves the rest blank.
    db.reportValue.findMany({ where: { agencyId: { in: now.ids }, year, format: '2021' }, select: { code: true }, distinct: ['code'] }),
  ]);
  const entered = new Set(enteredRows.map((r) => r.code));
  const who = tree && now.count > 1 ? `本机关及所属${now.count - 1}个下级机关` : '本机关';
  // Two title lines, broken between the office's name and the report's (GB/T 9704: a title breaks
  // at a word, never inside one — one line of 22 pt holds about 20 characters).
  const reportName = `${year}年政府信息公开工作年度报告${tree && now.count > 1 ? '（汇总）' : ''}`;
  const title = `${agency.name}${reportName}`;
  const body: (Para | Block)[] = [
    { kind: 'title', text: agency.name },
    { kind: 'title', text: reportName },
  ];
  if (!now.final)
    body.push({ kind: 'plain', text: `（草稿：${year}年度报表${tree ? '尚有机关' : ''}未冻结，以下数字为当前数据，冻结后请重新生成。）` });
  body.push({
    kind: 'body',
    text: `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制。本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
  });
  const officePart = (n: number, derived: string[] = []) => {
    const own = parts.find((p) => p.part === n)?.text;
    const last = lastParts.find((p) => p.part === n)?.text;
    body.push({ kind: 'heading', text: OFFICE_PARTS[n].title });
    for (const text of derived) body.push({ kind: 'body', text });
    if (own)
      return own
        .split(/\r?\n/)
        .filter(Boolean)
        .forEach((text) => body.push({ kind: 'body', text }));
    if (last) {
      body.push({ kind: 'note', text: `（待本机关填写。以下为${year - 1}年度报告的本部分内容，供修改参考：）` });
      return last
        .split(/\r?\n/)
        .filter(Boolean)
        .forEach((text) => body.push({ kind: 'body', text }));
    }
    body.push({ kind: 'note', text: `（待本机关填写：${OFFICE_PARTS[n].hint}）` });
    body.push({ kind: 'blank', text: '' });
  };
  const sections = layout('2021', now.cells);
  officePart(1);
  body.push({ kind: 'heading', text: '二、主动公开政府信息情况' }, activeDisclosureTable(now.cells, entered));
  body.push({ kind: 'heading', text: '三、收到和处理政府信息公开申请情况' });
  const prevReceived = (prev.cells['3.1'] as KindCell | undefined)?.total ?? null;
  for (const text of applicationsProse(who, year, now.cells, prevReceived, facts)) body.push({ kind: 'body', text });
  body.push(chart('政府信息公开申请办理结果', dispositionItems(now.cells), 1));
  body.push(
    chart(
      '政府信息公开申请方式',
      facts.byChannel.map((r) => [CHANNEL_LABELS[r.channel as Channel] ?? '其他', r.n]),
      2,
    ),
  );
  body.push(applicationsTable(sections[1]));
  body.push({ kind: 'heading', text: '四、政府信息公开行政复议、行政诉讼情况' });
  for (const text of appealsProse(who, year, now.cells)) body.push({ kind: 'body', text });
  body.push(appealsTable(now.cells));
  officePart(5);
  officePart(6, [rectificationProse(who, year, facts)]);
  body.push({ kind: 'blank', text: '' }, { kind: 'signature', text: agency.name });
  return { file: buildDocx(body), title, final: now.final };
}

function dispositionItems(c: Cells): [string, number][] {
  const t = (code: string) => (c[code] as KindCell | undefined)?.total ?? 0;
  return [
    ['予以公开', t('3.3.1')],
    ['部分公开', t('3.3.2')],
    ['不予公开', t('3.3.3')],
    ['无法提供', t('3.3.4')],
    ['不予处理', t('3.3.5')],
    ['其他处理', t('3.3.6')],
  ];
}

function chart(title: string, items: [string, number][], n: number): Block {
  const { png, width, height } = barChartPng(title, items);
  return { kind: 'image', png, width, height, caption: `图${n} ${title}` };
}
