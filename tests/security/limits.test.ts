// Issue 26, points 1–3 and 5, against a running server (the built app, its production heap cap):
// hostile uploads are measured before they are parsed, imports are bounded, and bodies are capped
// while they stream. Each test reads the server's memory and how long /api/health took meanwhile.
import http from 'node:http';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestDb } from '../helpers/db';
import { serverSuite, slowestHealthDuring, type AppServer } from '../helpers/app-server';
import { docxBomb, xlsxBomb, xlsxWithSharedStrings } from '../helpers/zip';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let tdb: TestDb;
let app: AppServer;
let admin = '';
let manager = '';
let clerk = '';

const suite = serverSuite();
beforeAll(() => {
  ({ tdb, app } = suite);
  ({ admin, manager, clerk } = suite.tokens);
});

const bearer = (t: string, type?: string) => ({ authorization: `Bearer ${t}`, ...(type ? { 'content-type': type } : {}) });

/** Sends `body` and reports status, JSON, time taken and how much the server's memory grew. */
async function send(path: string, init: RequestInit) {
  const before = app.rssMb();
  const t = performance.now();
  const res = await fetch(app.base + path, init);
  const text = await res.text();
  const ms = performance.now() - t;
  let json: { error?: { code: string; message: string } } & Record<string, unknown> = {};
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, json, text, ms, grewMb: app.rssMb() - before };
}

/** A bomb refused with its message in under a second, the server growing under 50 MB. */
function expectRefusedQuickly(what: string, bomb: Buffer, r: Awaited<ReturnType<typeof send>>, message: RegExp) {
  console.log(`${what} (${Math.round(bomb.length / 1024)} KB): ${r.status} in ${Math.round(r.ms)} ms, server +${r.grewMb.toFixed(1)} MB`);
  expect(r.status).toBe(400);
  expect(r.json.error?.message).toMatch(message);
  expect(r.ms).toBeLessThan(1000);
  expect(r.grewMb).toBeLessThan(50);
}

describe('templates are measured before they are parsed (point 1)', () => {
  it('a 200 MB-inflating .docx is refused in under a second, by name, and the server barely grows', async () => {
    const bomb = docxBomb(200);
    expect(bomb.length).toBeLessThan(400 * 1024);
    const r = await send('/api/v1/templates/reply_granted', { method: 'PUT', headers: bearer(admin, DOCX), body: new Uint8Array(bomb) });
    expectRefusedQuickly('200 MB template', bomb, r, /模板解压后超过 20 MB/);
    expect(await tdb.prisma.docTemplate.count()).toBe(0);
  });

  it('a .docx whose directory lies about its size is stopped while it inflates', async () => {
    const liar = docxBomb(60, 1000);
    const r = await send('/api/v1/templates/reply_granted', { method: 'PUT', headers: bearer(admin, DOCX), body: new Uint8Array(liar) });
    console.log(`lying template: ${r.status} in ${Math.round(r.ms)} ms, server +${r.grewMb.toFixed(1)} MB`);
    expect(r.status).toBe(400);
    expect(r.json.error?.message).toMatch(/模板/);
    expect(r.grewMb).toBeLessThan(50);
  });

  it('the shipped template passes through the same API and is put into use', async () => {
    const current = await fetch(`${app.base}/api/v1/templates/reply_granted`, { headers: bearer(admin) });
    const bytes = Buffer.from(await current.arrayBuffer());
    const r = await send('/api/v1/templates/reply_granted?name=本机关.docx', {
      method: 'PUT',
      headers: bearer(admin, DOCX),
      body: new Uint8Array(bytes),
    });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ kind: 'reply_granted', status: 'active' });
    expect(String(r.json.preview)).toContain('张三');
    const odd = await send('/api/v1/templates/reply_granted', {
      method: 'PUT',
      headers: bearer(admin, DOCX),
      body: Buffer.from('not a zip'),
    });
    expect(odd.status).toBe(400);
    expect(odd.json.error?.message).toMatch(/已损坏/);
    expect(
      (await send('/api/v1/templates/reply_granted', { method: 'PUT', headers: bearer(manager, DOCX), body: new Uint8Array(bytes) }))
        .status,
    ).toBe(403);
  });
});

function csvOfBadRows(n: number): Buffer {
  const lines = ['编号,收到申请日期,渠道,申请人类型,申请人,申请内容'];
  for (let i = 0; i < n; i++) lines.push(`X-${i},不是日期,飞鸽,外星人,张${i},申请内容${i}`);
  return Buffer.from(lines.join('\n'));
}

/** Imports a ledger of `n` bad rows while /api/health is polled. */
async function importBadRows(n: number) {
  const file = csvOfBadRows(n);
  const { result: r, slowestMs } = await slowestHealthDuring(
    app.base,
    send('/api/v1/imports', { method: 'POST', headers: bearer(manager, 'text/csv'), body: new Uint8Array(file) }),
  );
  return { file, r, slowestMs };
}

describe('imports are bounded (points 2 and 3)', () => {
  it('150,000 bad rows: the first 1,000 problems listed with the total, while /api/health answers within a second', async () => {
    const { file, r, slowestMs } = await importBadRows(150_000);
    console.log(
      `150,000 bad rows (${(file.length / 1e6).toFixed(1)} MB): ${r.status} in ${Math.round(r.ms)} ms, answer ${Math.round(r.text.length / 1024)} KB, slowest health ${Math.round(slowestMs)} ms`,
    );
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ total: 150_000, imported: 0 });
    expect((r.json.errors as unknown[]).length).toBe(1000);
    expect(r.json.errorCount as number).toBeGreaterThanOrEqual(150_000);
    expect(r.text.length).toBeLessThan(300 * 1024);
    expect(slowestMs).toBeLessThan(1000);
  });

  it('400,000 bad rows: refused as over the row cap, nothing imported, /api/health within a second', async () => {
    const { file, r, slowestMs } = await importBadRows(400_000);
    console.log(
      `400,000 bad rows (${(file.length / 1e6).toFixed(1)} MB): ${r.status} in ${Math.round(r.ms)} ms, slowest health ${Math.round(slowestMs)} ms, server +${r.grewMb.toFixed(1)} MB`,
    );
    expect(r.status).toBe(400);
    expect(r.json.error?.message).toMatch(/超过 200,000 行/);
    expect(r.text.length).toBeLessThan(2000);
    expect(slowestMs).toBeLessThan(1000);
    expect(await tdb.prisma.case.count()).toBe(0);
  });

  it('an .xlsx whose one data row is numbered 20,000,000 is answered in under a second', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.getRow(1).values = ['编号', '收到申请日期', '渠道', '申请人类型', '申请人', '申请内容'];
    ws.getRow(20_000_000).values = ['2017-0001', '2017-03-01', '信函', '自然人', '张三', '某文件'];
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const r = await send('/api/v1/imports', { method: 'POST', headers: bearer(manager, XLSX), body: new Uint8Array(file) });
    console.log(`row 20,000,000 (${file.length} bytes): ${r.status} in ${Math.round(r.ms)} ms`);
    expect(r.status).toBe(400);
    expect(r.json.error?.message).toMatch(/超过 200,000 行/);
    expect(r.ms).toBeLessThan(1000);
  });

  it('a 150 MB-inflating sheet is refused in under a second, the server growing under 50 MB', async () => {
    const bomb = xlsxBomb(150);
    const r = await send('/api/v1/imports', { method: 'POST', headers: bearer(manager, XLSX), body: new Uint8Array(bomb) });
    expectRefusedQuickly('150 MB sheet', bomb, r, /表格解压后超过 100 MB/);
  });
});

describe('shared strings are bounded apart (a reader holds them all)', () => {
  it('a sheet of 3,000,000 short shared strings is refused before it is read; 1,500,000 are read with the server intact', async () => {
    const big = xlsxWithSharedStrings(3_000_000);
    const r = await send('/api/v1/imports', { method: 'POST', headers: bearer(manager, XLSX), body: new Uint8Array(big) });
    console.log(`3,000,000 shared strings (${Math.round(big.length / 1024)} KB): ${r.status} in ${Math.round(r.ms)} ms`);
    expect(r.status).toBe(400);
    expect(r.json.error?.message).toMatch(/sharedStrings\.xml 解压后超过 40 MB/);
    expect(r.ms).toBeLessThan(1000);
    const within = xlsxWithSharedStrings(1_500_000);
    const { result: ok, slowestMs } = await slowestHealthDuring(
      app.base,
      send('/api/v1/imports', { method: 'POST', headers: bearer(manager, XLSX), body: new Uint8Array(within) }),
    );
    console.log(
      `1,500,000 shared strings: ${ok.status} in ${Math.round(ok.ms)} ms, server +${ok.grewMb.toFixed(1)} MB, slowest health ${Math.round(slowestMs)} ms`,
    );
    expect(ok.status).toBe(200); // a header and no rows
    expect(ok.grewMb).toBeLessThan(150);
    expect(slowestMs).toBeLessThan(1000);
    expect((await fetch(`${app.base}/api/health`)).status).toBe(200);
  });
});

/**
 * Sends `mb` megabytes in 1 MB chunks, with no Content-Length (chunked) or declaring the whole
 * length, as curl or a browser would: writing stops as soon as an answer arrives. (fetch gives up
 * on an early answer when the server then closes the connection, so node:http is used.) Returns
 * the status, the body, and how many megabytes had been handed to the socket by then.
 */
function postChunked(
  url: string,
  headers: Record<string, string>,
  mb: number,
  { declared = false } = {},
): Promise<{ status: number; text: string; sentMb: number }> {
  return new Promise((resolve, reject) => {
    const length = declared ? { 'content-length': String(mb * 1024 * 1024) } : { 'transfer-encoding': 'chunked' };
    const req = http.request(url, { method: 'POST', headers: { ...headers, ...length } });
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let sent = 0;
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text, sentMb: sent }));
    });
    req.on('error', (e) => (answered ? undefined : reject(e)));
    const write = () => {
      while (!answered && sent < mb) {
        sent++;
        if (!req.write(chunk)) return void req.once('drain', write);
      }
      if (!answered) req.end();
    };
    write();
  });
}

describe('bodies are capped while they stream (point 5)', () => {
  it('64 MB of JSON to the staff API: 413 at the declared length, nothing read', async () => {
    const before = app.rssMb();
    const r = await postChunked(`${app.base}/api/v1/requests`, bearer(clerk, 'application/json'), 64, { declared: true });
    const grew = app.rssMb() - before;
    console.log(`64 MB JSON: ${r.status} after ${r.sentMb} MB were written, server +${grew.toFixed(1)} MB`);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.text).error.message).toMatch(/请求内容过大（上限 1 MB）/);
    expect(r.sentMb).toBeLessThan(64);
    expect(grew).toBeLessThan(50);
  });

  it('100 MB chunked to the public form: 413 at the cap, the rest never read', async () => {
    const before = app.rssMb();
    const r = await postChunked(`${app.base}/api/public/applications`, { 'content-type': 'multipart/form-data; boundary=x' }, 100);
    const grew = app.rssMb() - before;
    console.log(`100 MB chunked: ${r.status} after ${r.sentMb} MB were written, server +${grew.toFixed(1)} MB`);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.text).error.message).toMatch(/上限 55 MB/);
    expect(r.sentMb).toBeLessThan(100);
    expect(grew).toBeLessThan(80);
    expect((await fetch(`${app.base}/api/health`)).status).toBe(200);
  });

  it('2 MB chunked JSON to the staff API is cut off at 1 MB', async () => {
    const r = await postChunked(`${app.base}/api/v1/requests`, bearer(clerk, 'application/json'), 2);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.text).error.message).toMatch(/上限 1 MB/);
  });
});
