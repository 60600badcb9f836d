import { describe, expect, it } from 'vitest';
import { createCase } from '@/lib/cases/create-case';
import { importLedger } from '@/lib/imports/import-ledger';
import { buildReport, publishedCells } from '@/lib/statistics/build-report';
import type { KindCell } from '@/lib/statistics/counting-rules';
import { freezeReport, ReportError, saveManualValues } from '@/lib/statistics/manage-report';
import { reportCsv } from '@/lib/statistics/export-files';
import { demoForFile } from '../helpers/actors';

const { tdb, a } = demoForFile();

// received, kind, delivered (or ''), disposition, review, suit
const CASES: [string, string, string, string, string?, string?][] = [
  ['2020-02-10', 'natural', '2020-03-01', 'granted'],
  ['2020-03-10', 'natural', '2020-04-01', 'partial'],
  ['2020-04-10', 'commercial', '2020-05-06', 'not_held'],
  ['2020-05-10', 'legal', '2020-06-01', 'deny_privacy'],
  ['2020-06-10', 'research', '2020-07-01', 'duplicate'],
  ['2020-07-10', 'natural', '2020-08-03', 'abandoned_no_correction'],
  ['2020-12-01', 'natural', '2021-01-05', 'granted', '2021-02-01:upheld'],
  ['2020-12-10', 'commercial', '2021-01-08', 'deny_process'],
  ['2020-12-20', 'nonprofit', '2021-01-20', 'other'],
  ['2020-12-28', 'natural', '', ''],
  ['2021-03-01', 'natural', '2021-03-20', 'granted', '', '2021-04-01:pending:no'],
  ['2021-04-01', 'other', '2021-04-20', 'needs_creation'],
  ['2021-05-01', 'commercial', '2021-05-25', 'abandoned_no_fee'],
  ['2021-06-01', 'natural', '2021-06-25', 'petition', '2021-07-01:corrected', '2021-09-01:corrected:yes'],
  ['2021-12-15', 'legal', '2022-01-10', 'granted'],
  ['2021-12-20', 'natural', '2022-01-12', 'not_this_agency'],
  ['2021-12-28', 'natural', '', ''],
  ['2021-12-30', 'research', '', ''],
];

function ledger(): string {
  const rows = CASES.map(([received, kind, delivered, disp, review = '', suit = ''], i) => {
    const [rOn, rOut] = review ? review.split(':') : ['', ''];
    const [sOn, sOut, after] = suit ? suit.split(':') : ['', '', ''];
    return [
      `M-${i + 1}`,
      received,
      'letter',
      kind,
      `申请人${i}`,
      '某信息',
      '',
      '否',
      delivered,
      disp,
      '',
      rOn,
      rOut,
      sOn,
      after === 'yes' ? '是' : '否',
      sOut,
    ].join(',');
  });
  return [
    'trackingNo,receivedOn,channel,applicantKind,applicantName,description,topic,extended,deliveredOn,disposition,fee,reviewFiledOn,reviewOutcome,suitFiledOn,suitAfterReview,suitOutcome',
    ...rows,
  ].join('\n');
}

const total = (c: unknown) => (c as KindCell).total;

describe('the 2021 format over several years', () => {
  it('carries open cases over the year boundaries from their history', async () => {
    const res = await importLedger(tdb.prisma, new TextEncoder().encode(ledger()), a.manager);
    expect(res.errors).toEqual([]);
    const [y20, y21, y22] = await Promise.all([2020, 2021, 2022].map((y) => buildReport(tdb.prisma, a.manager.agencyId, y, '2021')));
    expect([total(y20.cells['3.1']), total(y20.cells['3.2']), total(y20.cells['3.3.7']), total(y20.cells['3.4'])]).toEqual([10, 0, 6, 4]);
    expect([total(y21.cells['3.1']), total(y21.cells['3.2']), total(y21.cells['3.3.7']), total(y21.cells['3.4'])]).toEqual([8, 4, 7, 5]);
    expect([total(y22.cells['3.1']), total(y22.cells['3.2']), total(y22.cells['3.3.7']), total(y22.cells['3.4'])]).toEqual([0, 5, 2, 3]);
    // This year's carry-out is next year's carry-in, column by column.
    expect(y21.cells['3.2']).toEqual(y20.cells['3.4']);
    expect(y22.cells['3.2']).toEqual(y21.cells['3.4']);
    for (const r of [y20, y21, y22])
      expect(
        r.checks.filter((c) => !c.ok),
        `checks ${r.year}`,
      ).toEqual([]);
  });

  it('puts each outcome in its cell and counts reviews and suits by filing date', async () => {
    const y20 = await buildReport(tdb.prisma, a.manager.agencyId, 2020, '2021');
    expect(y20.cells['3.3.1']).toMatchObject({ natural: 1, total: 1 });
    expect(y20.cells['3.3.2']).toMatchObject({ natural: 1, total: 1 });
    expect(y20.cells['3.3.3.4']).toMatchObject({ legal: 1, total: 1 });
    expect(y20.cells['3.3.4.1']).toMatchObject({ commercial: 1 });
    expect(y20.cells['3.3.5.2']).toMatchObject({ research: 1 });
    expect(y20.cells['3.3.6.1']).toMatchObject({ natural: 1 });
    const y21 = await buildReport(tdb.prisma, a.manager.agencyId, 2021, '2021');
    expect(y21.cells['3.3.6']).toMatchObject({ commercial: 1, nonprofit: 1, total: 2 }); // no fee; withdrawn (other)
    expect(y21.cells['3.3.5.1']).toMatchObject({ natural: 1 });
    // The exported table speaks Chinese only: no row codes, no column keys, no English headers.
    const csv = reportCsv(y21);
    expect(csv).toContain('三、收到和处理政府信息公开申请情况');
    expect(csv).not.toMatch(/[A-Za-z]/);
    expect(y21.checks.map((c) => c.label).join('')).not.toMatch(/[A-Za-z]/);
    expect([y21.cells['4.review.upheld'], y21.cells['4.review.corrected'], y21.cells['4.review.total']]).toEqual([1, 1, 2]);
    expect([y21.cells['4.suit_direct.pending'], y21.cells['4.suit_after_review.corrected']]).toEqual([1, 1]);
    const trial = await buildReport(tdb.prisma, a.manager.agencyId, 2021, '2019');
    expect(trial.cells['3.3.6.1']).toBeUndefined();
    expect(trial.cells['3.3.6']).toEqual(y21.cells['3.3.6']);
    // A figure entered by hand in the trial format is kept with the 2021 one and read back in both.
    await saveManualValues(tdb.prisma, a.manager.agencyId, 2020, '2019', { '2.rules.issued': '4' }, a.manager.userId);
    for (const f of ['2019', '2021'] as const)
      expect((await buildReport(tdb.prisma, a.manager.agencyId, 2020, f)).cells['2.rules.issued']).toBe(4);
  });

  it('freezes a table and flags, never applies, later changes', async () => {
    const frozen = await freezeReport(tdb.prisma, a.manager.agencyId, 2021, '2021', a.manager.userId);
    // Nothing changed since: no difference is flagged (the per-kind cells came back from jsonb in
    // another key order and were all flagged, issue 28 point 1), nor for a year with no cases.
    expect((await buildReport(tdb.prisma, a.manager.agencyId, 2021, '2021')).differs).toEqual([]);
    await freezeReport(tdb.prisma, a.manager.agencyId, 2022, '2021', a.manager.userId);
    expect((await buildReport(tdb.prisma, a.manager.agencyId, 2022, '2021')).differs).toEqual([]);
    await expect(freezeReport(tdb.prisma, a.manager.agencyId, 2021, '2021', a.manager.userId)).rejects.toThrow(ReportError);
    // Its hand-entered figures are locked with it.
    await expect(
      saveManualValues(tdb.prisma, a.manager.agencyId, 2021, '2021', { '2.rules.issued': '3' }, a.manager.userId),
    ).rejects.toThrow(/已于.*冻结，手工填报的数字不能再修改/);
    // A letter received in 2021 is registered late: the live 2021 table changes, the frozen one doesn't.
    await createCase(
      tdb.prisma,
      { channel: 'in_person', arrivedOn: '2021-11-11', applicant: { kind: 'natural', name: '补登' }, description: '补登记' },
      a.clerk,
    );
    const after = await buildReport(tdb.prisma, a.manager.agencyId, 2021, '2021');
    expect(total(after.cells['3.1'])).toBe(9);
    expect(total(after.frozen!.cells['3.1'])).toBe(8);
    expect(total(publishedCells(after)['3.1'])).toBe(8);
    expect(after.differs.sort()).toEqual(['3.1', '3.4']);
    await expect(tdb.prisma.reportSnapshot.update({ where: { id: frozen.id }, data: { cells: {} } })).rejects.toThrow();
    await expect(tdb.prisma.reportSnapshot.delete({ where: { id: frozen.id } })).rejects.toThrow();
  });

  it('refuses to freeze while a check fails', async () => {
    // An outcome mapped to no cell of the 2021 format makes the table inconsistent.
    await tdb.prisma.disposition.update({ where: { code: 'granted' }, data: { cell2021: '9.9' } });
    await expect(freezeReport(tdb.prisma, a.manager.agencyId, 2020, '2021', a.manager.userId)).rejects.toThrow(/一致性检查未通过/);
    await tdb.prisma.disposition.update({ where: { code: 'granted' }, data: { cell2021: '3.3.1' } });
  });
});

describe('every derived cell of the 2021 format lists exactly the cases it counts', () => {
  it('agrees per applicant kind', async () => {
    const { casesForCell } = await import('@/lib/statistics/cell-cases');
    const { loadMapping } = await import('@/lib/statistics/build-report');
    const mapping = await loadMapping(tdb.prisma, a.manager.agencyId);
    for (const year of [2020, 2021, 2022]) {
      const report = await buildReport(tdb.prisma, a.manager.agencyId, year, '2021');
      for (const [code, cell] of Object.entries(report.cells)) {
        if (typeof cell !== 'object' || !code.startsWith('3.') || code === '3.3') continue;
        for (const kind of ['natural', 'commercial', 'legal', 'total'] as const) {
          const where = casesForCell(tdb.prisma, '2021', code, year, mapping, kind === 'total' ? undefined : kind)!;
          const listed = await tdb.prisma.case.count({ where: { AND: [where, { agencyId: a.manager.agencyId }] } });
          expect(listed, `${year} ${code} ${kind}`).toBe((cell as KindCell)[kind]);
        }
      }
      for (const code of Object.keys(report.cells).filter((c) => c.startsWith('4.'))) {
        const where = casesForCell(tdb.prisma, '2021', code, year, mapping)!;
        expect(await tdb.prisma.case.count({ where: { AND: [where, { agencyId: a.manager.agencyId }] } }), `${year} ${code}`).toBe(
          report.cells[code],
        );
      }
    }
  });
});
