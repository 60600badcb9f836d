import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importLedger } from '@/lib/imports/import-ledger';
import { checkColumnMap, LedgerColumnsError, LedgerFileError } from '@/lib/imports/parse-ledger';
import { demoForFile } from '../helpers/actors';

const { tdb, a } = demoForFile();
const enc = (s: string) => new TextEncoder().encode(s);

describe('ledger import', () => {
  it('imports the shipped template (labels, 是/否, an open case) without errors', async () => {
    const r = await importLedger(tdb.prisma, fs.readFileSync('public/ledger-template.csv'), a.manager);
    expect(r).toMatchObject({ total: 3, imported: 3, unchanged: 0, errors: [] });
    const open = await tdb.prisma.case.findFirstOrThrow({ where: { trackingNo: '2017-0003' } });
    expect(open.status).toBe('open');
    const closed = await tdb.prisma.case.findFirstOrThrow({ where: { trackingNo: '2017-0002' }, include: { appeals: true } });
    expect([closed.status, closed.dispositionCode, closed.channel, closed.applicantKind, closed.extensionDays]).toEqual([
      'closed',
      'deny_trade_secret',
      'in_person',
      'commercial',
      15,
    ]);
    expect(closed.appeals.map((x) => [x.kind, x.outcome])).toEqual([['review', 'upheld']]);
    const counter = await tdb.prisma.trackingCounter.findFirstOrThrow({ where: { year: 2017 } });
    expect(counter.last).toBe(3);
  });

  it('reports each bad row by row and column and imports none of it', async () => {
    const csv = [
      '编号,收到日期,渠道,申请人类型,申请人,申请内容,送达日期,处理结果,收费,是否延期',
      'B-1,2018-02-30,letter,natural,甲,内容,,,,否',
      'B-2,2018-03-01,pigeon,alien,乙,内容,2018-02-01,granted,-5,maybe',
      'B-3,2018-03-01,当面,自然人,丙,内容,2018-03-10,made_up,,否',
      'B-4,2018-03-01,传真,法律服务机构,丁,内容,2018-03-10,not_held,12.5,否',
      'B-4,2018-03-02,传真,法律服务机构,丁,内容,,,,否',
    ].join('\n');
    const before = await tdb.prisma.case.count();
    const r = await importLedger(tdb.prisma, enc(csv), a.manager);
    expect(r.imported).toBe(1);
    const at = (row: number) =>
      r.errors
        .filter((e) => e.row === row)
        .map((e) => e.column)
        .sort();
    expect(at(2)).toEqual(['receivedOn']);
    expect(at(3)).toEqual(['applicantKind', 'channel', 'deliveredOn', 'extended', 'fee']);
    expect(at(4)).toEqual(['disposition']);
    expect(at(6)).toEqual(['trackingNo']);
    expect(r.errors.find((e) => e.row === 3 && e.column === 'channel')?.message).toContain('pigeon');
    expect(await tdb.prisma.case.count()).toBe(before + 1);
    expect(Number((await tdb.prisma.case.findFirstOrThrow({ where: { trackingNo: 'B-4' } })).feeYuan)).toBe(12.5);
  });

  it('reads .xlsx files, by content', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.addRow(['trackingNo', 'receivedOn', 'channel', 'applicantKind', 'applicantName', 'description', 'deliveredOn', 'disposition']);
    ws.addRow([
      'X-1',
      new Date(Date.UTC(2019, 5, 3)),
      'online',
      'research',
      '某研究所',
      '数据',
      new Date(Date.UTC(2019, 5, 20)),
      'granted',
    ]);
    const r = await importLedger(tdb.prisma, new Uint8Array(await wb.xlsx.writeBuffer()), a.manager);
    expect(r).toMatchObject({ imported: 1, errors: [] });
    expect((await tdb.prisma.case.findFirstOrThrow({ where: { trackingNo: 'X-1' } })).regime).toBe('2019');
  });

  it('refuses files it cannot read, or without the required columns', async () => {
    await expect(importLedger(tdb.prisma, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), a.manager)).rejects.toThrow(LedgerFileError);
    await expect(importLedger(tdb.prisma, new Uint8Array([0xff, 0xfe, 0x00, 0x41]), a.manager)).rejects.toThrow(/UTF-8/);
    await expect(importLedger(tdb.prisma, enc('name,date\nx,y\n'), a.manager)).rejects.toThrow(/必需的列在表头中找不到/);
  });

  it('reads a ledger of several megabytes a megabyte at a time: characters across the seams intact, a bad byte or quote near the end refused before anything is written', async () => {
    const head = '编号,收到日期,渠道,申请人类型,申请人,申请内容,送达日期,处理结果,收费,是否延期';
    const line = (i: number) =>
      `BIG-${i},2016-03-0${1 + (i % 9)},letter,natural,长台账申请人${i},征地补偿安置方案第${i}号文件,2016-04-0${1 + (i % 9)},granted,,否`;
    const lines = [head, ...Array.from({ length: 40_000 }, (_, i) => line(i))];
    const good = enc(lines.join('\n') + '\n');
    expect(good.length).toBeGreaterThan(3 * (1 << 20));
    const before = await tdb.prisma.case.count();
    // A bad byte in the last megabyte, or an unclosed quote on the last line: nothing is imported.
    const badByte = good.slice();
    badByte[good.length - 10] = 0xff;
    await expect(importLedger(tdb.prisma, badByte, a.manager)).rejects.toThrow(/UTF-8/);
    await expect(importLedger(tdb.prisma, enc(lines.join('\n') + '\nBIG-x,"2016-01-01,letter\n'), a.manager)).rejects.toThrow(
      /CSV 格式错误/,
    );
    expect(await tdb.prisma.case.count()).toBe(before);
    const progress: [number, number][] = [];
    const r = await importLedger(tdb.prisma, good, a.manager, (done, total) => progress.push([done, total]));
    expect(r).toMatchObject({ total: 40_000, imported: 40_000, errors: [] });
    expect(progress.at(-1)).toEqual([40_000, 40_000]);
    // Every name survived decoding, including those whose characters straddled a megabyte seam.
    const names = await tdb.prisma.case.findMany({
      where: { trackingNo: { startsWith: 'BIG-' } },
      select: { trackingNo: true, applicantName: true },
    });
    expect(names.every((c) => c.applicantName === `长台账申请人${c.trackingNo.slice(4)}`)).toBe(true);
    expect(names).toHaveLength(40_000);
  }, 120_000);
});

describe('the wording of old ledgers', () => {
  it('asks which column is which when the headers are not recognised, then imports by the chosen mapping', async () => {
    const csv = [
      '序号,来信日期,来源,身份,姓名,事项,备注',
      'M-1,2018-04-02,信函,个人,甲某,某批复,无关',
      'M-2,2018-04-03,bad,个人,乙某,某合同,',
    ].join('\n');
    const before = await tdb.prisma.case.count();
    const err = await importLedger(tdb.prisma, enc(csv), a.manager).catch((e) => e);
    expect(err).toBeInstanceOf(LedgerColumnsError);
    expect(err.message).toContain('收到日期');
    expect(err.message).not.toMatch(/receivedOn|trackingNo/);
    expect(err.headers).toEqual(['序号', '来信日期', '来源', '身份', '姓名', '事项', '备注']);
    expect(await tdb.prisma.case.count()).toBe(before);

    const mapping = checkColumnMap({
      序号: 'trackingNo',
      来信日期: 'receivedOn',
      来源: 'channel',
      身份: 'applicantKind',
      姓名: 'applicantName',
      事项: 'description',
      备注: '',
    });
    const seen: [number, number][] = [];
    const r = await importLedger(tdb.prisma, enc(csv), a.manager, (d, t) => seen.push([d, t]), mapping);
    expect(r.total).toBe(2);
    expect(r.imported).toBe(1);
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([[3, 'channel']]);
    // The progress bar ends at the file's real row count, bad rows included.
    expect(seen.at(-1)).toEqual([2, 2]);
    expect(() => checkColumnMap({ 甲: 'receivedOn', 乙: 'receivedOn' })).toThrow('被对应了两次');
    expect(() => checkColumnMap({ 甲: 'nonsense' })).toThrow(LedgerFileError);
  });

  it('reads 2017-era replies and applicant kinds, and asks for the reason of a bare 不同意公开', async () => {
    const { validateRow } = await import('@/lib/imports/ledger-row');
    const catalogue = new Map((await tdb.prisma.disposition.findMany()).map((d) => [d.code, [d.label]]));
    const row = (disposition: string, applicantKind: string) => ({
      row: 2,
      values: {
        trackingNo: '2017-0001',
        receivedOn: '2017-03-01',
        channel: '信函',
        applicantKind,
        applicantName: '甲',
        description: '乙',
        deliveredOn: '2017-03-20',
        disposition,
      },
    });
    expect(validateRow(row('同意公开', '个人'), catalogue).record).toMatchObject({ disposition: 'granted', applicantKind: 'natural' });
    expect(validateRow(row('不同意公开（国家秘密）', '企业'), catalogue).record).toMatchObject({
      disposition: 'deny_state_secret',
      applicantKind: 'commercial',
    });
    expect(validateRow(row('申请信息不存在', '律师事务所'), catalogue).record).toMatchObject({
      disposition: 'not_held',
      applicantKind: 'legal',
    });
    expect(validateRow(row('不同意公开', '个人'), catalogue).errors[0].message).toContain('须注明原因');
  });
});
