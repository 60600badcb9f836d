import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importLedger } from '@/lib/imports/import-ledger';
import { buildReport } from '@/lib/statistics/build-report';
import { ROWS_2017 } from '@/lib/statistics/formats';
import { saveManualValues } from '@/lib/statistics/manage-report';
import { demoForFile } from '../helpers/actors';
import { ledger2017, seedAppendix } from '../helpers/ledger-2017';

const { tdb, a } = demoForFile();

const appendix = seedAppendix(fs.readFileSync('tests/fixtures/seed-2017-appendix.txt', 'utf8'), ROWS_2017);

describe("the seed report's 2017 table, derived from its cases", () => {
  it("reads the seed appendix row by row in the format's order", () => {
    expect(appendix.get('3.1')).toEqual({ label: '（一）收到申请数', value: '2205' });
    expect(appendix.get('3.3.4.2')?.label).toBe('涉及商业隐私'); // the source's own typo
    expect(appendix.get('8.3.2')).toEqual({ label: '2.兼职人员数', value: '6' });
    for (const row of ROWS_2017.filter((r) => appendix.has(r.code))) {
      const seedLabel = appendix.get(row.code)!.label.replace(/\s/g, '');
      if (row.code !== '3.3.4.2') expect(seedLabel, row.code).toBe(row.label.replace(/\s/g, ''));
    }
  });

  it('imports the 2,205-case ledger and derives every case-based cell exactly', async () => {
    const progress: number[] = [];
    const result = await importLedger(tdb.prisma, new TextEncoder().encode(ledger2017()), a.manager, (done) => progress.push(done));
    expect(result).toMatchObject({ total: 2205, imported: 2205, unchanged: 0, errors: [] });
    expect(progress.at(-1)).toBe(2205);
    const report = await buildReport(tdb.prisma, a.manager.agencyId, 2017, '2017');
    const derived = ROWS_2017.filter((r) => r.source === 'derived');
    const compared = derived.map((r) => [r.code, report.cells[r.code], Number(appendix.get(r.code)!.value)]);
    for (const [code, ours, theirs] of compared) expect(ours, `cell ${code}`).toBe(theirs);
    expect(compared).toHaveLength(33); // every derived row of the form
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
  });

  it('keeps manual rows as entered beside the derived ones', async () => {
    const manual = Object.fromEntries(
      ROWS_2017.filter((r) => r.source === 'manual' && /^\d+$/.test(appendix.get(r.code)?.value ?? '')).map((r) => [
        r.code,
        appendix.get(r.code)!.value,
      ]),
    );
    await saveManualValues(tdb.prisma, a.manager.agencyId, 2017, '2017', manual, a.manager.userId);
    const report = await buildReport(tdb.prisma, a.manager.agencyId, 2017, '2017');
    for (const [code, value] of Object.entries(manual)) expect(report.cells[code], code).toBe(Number(value));
    expect(report.cells['8.3']).toBe(8);
    expect(report.checks.find((c) => c.id === '8.3')?.ok).toBe(true);
  });

  it('changes nothing when the same ledger is imported again', async () => {
    const before = await tdb.prisma.caseEvent.count();
    const again = await importLedger(tdb.prisma, new TextEncoder().encode(ledger2017()), a.manager);
    expect(again).toMatchObject({ imported: 0, unchanged: 2205, errors: [] });
    expect(await tdb.prisma.caseEvent.count()).toBe(before);
  });
});

describe('every derived cell lists exactly the cases it counts', () => {
  it('agrees with the table for every case-based row of the 2017 format', async () => {
    const { casesForCell } = await import('@/lib/statistics/cell-cases');
    const { loadMapping } = await import('@/lib/statistics/build-report');
    const report = await buildReport(tdb.prisma, a.manager.agencyId, 2017, '2017');
    const mapping = await loadMapping(tdb.prisma, a.manager.agencyId);
    const rows = ROWS_2017.filter((r) => r.source === 'derived' && !['6', '7'].includes(r.code));
    for (const r of rows) {
      const where = casesForCell(tdb.prisma, '2017', r.code, 2017, mapping)!;
      const listed = await tdb.prisma.case.count({ where: { AND: [where, { agencyId: a.manager.agencyId }] } });
      expect(listed, `cell ${r.code}`).toBe(report.cells[r.code]);
    }
  });
});
