import { describe, expect, it } from 'vitest';
import { importLedger } from '@/lib/imports/import-ledger';
import { aggregateYear, aggregateYearByAgency } from '@/lib/statistics/aggregate';
import { demoForFile } from '../helpers/actors';

const { tdb, a } = demoForFile();

// Each case touches 2018 in one way (or not at all); the year is counted from three index ranges,
// so every way in is here once.
const LEDGER = [
  '编号,收到日期,渠道,申请人类型,申请人,申请内容,送达日期,处理结果,收费,是否延期',
  'Y-1,2018-03-01,信函,自然人,甲,内容,2018-03-09,granted,,否', // received and closed on time
  'Y-2,2018-03-01,信函,自然人,乙,内容,2018-04-10,granted,,是', // closed after an extension
  'Y-3,2018-03-01,当面,商业企业,丙,内容,2018-05-30,not_held,,否', // closed late
  'Y-4,2017-12-20,信函,自然人,丁,内容,2018-01-05,granted,,否', // carried in, closed on time
  'Y-5,2017-11-01,信函,自然人,戊,内容,,,,否', // carried in and out, still open
  'Y-6,2017-06-01,信函,自然人,己,内容,2017-06-20,granted,,否', // before the year
  'Y-7,2018-12-20,网络,自然人,庚,内容,,,,否', // received, carried out
  'Y-8,2019-01-05,信函,自然人,辛,内容,,,,否', // after the year
  'Y-9,2017-10-09,信函,自然人,壬,内容,2019-03-01,granted,,否', // carried in and out, closed later
].join('\n');

const sum = (xs: { n: number }[]) => xs.reduce((s, x) => s + x.n, 0);

describe('counting a year', () => {
  it('counts received, on time, extended, late and carried cases exactly once each', async () => {
    const r = await importLedger(tdb.prisma, new TextEncoder().encode(LEDGER), a.manager);
    expect(r.errors).toEqual([]);
    const g = await aggregateYear(tdb.prisma, a.manager.agencyId, 2018);
    expect(sum(g.received)).toBe(4);
    expect(g.received.find((x) => x.channel === 'online')?.n).toBe(1);
    expect(sum(g.closed)).toBe(4);
    expect(sum(g.closed.filter((x) => x.onTime))).toBe(2);
    expect(sum(g.closed.filter((x) => x.extended))).toBe(1);
    const late = g.closed.filter((x) => !x.onTime && !x.extended);
    expect(late).toEqual([{ code: 'not_held', kind: 'commercial', onTime: false, extended: false, n: 1 }]);
    expect(sum(g.carriedIn)).toBe(3);
    expect(sum(g.carriedOut)).toBe(3);
    // A roll-up over several offices counts the same, split by office.
    const byAgency = await aggregateYearByAgency(tdb.prisma, [a.manager.agencyId, a.manager.agencyId + 999], 2018);
    expect(byAgency.get(a.manager.agencyId)).toEqual(g);
    expect(sum(byAgency.get(a.manager.agencyId + 999)!.received)).toBe(0);
  });
});
