// The case a page's address names: the office's own case, and null — a 404 like a missing case —
// for anything that can't be a case number, a case that doesn't exist, or another office's.
import { describe, expect, it } from 'vitest';
import { createCase } from '@/lib/cases/create-case';
import { caseDetailAt } from '@/lib/cases/queries';
import { todayInChina } from '@/lib/shared/dates';
import { demoForFile } from '../helpers/actors';

const { tdb, a } = demoForFile();

describe('caseDetailAt', () => {
  it('finds only the asking office’s case from the number in the address', async () => {
    const { case: c } = await createCase(
      tdb.prisma,
      { channel: 'letter', arrivedOn: todayInChina(), applicant: { kind: 'natural', name: '地址测试' }, description: '按地址打开案件' },
      a.clerk,
    );
    expect((await caseDetailAt(tdb.prisma, String(c.id), a.clerk))?.row.trackingNo).toBe(c.trackingNo);
    for (const id of ['', 'abc', '1e3', `${c.id}x`, '-1', '1234567890', `${c.id} `])
      expect(await caseDetailAt(tdb.prisma, id, a.clerk), id).toBeNull();
    expect(await caseDetailAt(tdb.prisma, String(c.id + 1000), a.clerk)).toBeNull();
    expect(await caseDetailAt(tdb.prisma, String(c.id), { ...a.clerk, agencyId: a.clerk.agencyId + 999 })).toBeNull();
  });
});
