// Issue 26, points 8 and 9, against a running server (the built app): CSV cells are text, and the
// smaller findings — masking, passwords, tokens, impossible dates, logged submission views,
// invisible names, a prototype key in a URL, the listening address and Secure cookies.
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '@/lib/auth/tokens';
import { updateAgency } from '@/lib/settings/agency';
import { createAgency } from '@/lib/agencies/create-agency';
import { resetPassword, setUserActive } from '@/lib/users/manage-users';
import { signInCookie } from '../../scripts/lib/sign-in-cookie';
import type { TestDb } from '../helpers/db';
import type { Actors } from '../helpers/actors';
import { serverSuite, startAppServer, type AppServer } from '../helpers/app-server';

const PASSWORD = 'test-Password-1';
let tdb: TestDb;
let a: Actors;
let app: AppServer;
let tokens: Record<string, string> = {};
const suite = serverSuite();
beforeAll(() => ({ tdb, a, app, tokens } = suite));

const api = (path: string, token: string, init: RequestInit = {}) =>
  fetch(app.base + path, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
  });
const register = (name: string, description: string, extra: Record<string, unknown> = {}) =>
  api('/api/v1/requests?receipt=0', tokens.clerk, {
    method: 'POST',
    body: JSON.stringify({ channel: 'letter', receivedOn: '2025-09-26', applicant: { kind: 'natural', name, ...extra }, description }),
  });

describe('CSV exports (point 8)', () => {
  it("a cell with =cmd|' /C calc'!A0 arrives as text", async () => {
    expect((await register("=cmd|' /C calc'!A0", '=HYPERLINK("http://evil.example","点击")')).status).toBe(201);
    const csv = await (await api('/api/v1/requests/export?type=csv&view=all', tokens.clerk)).text();
    const rows = parse(csv.replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][];
    const row = rows.find((r) => r.some((c) => c.includes('cmd|')))!;
    expect(row).toContain("'=cmd|' /C calc'!A0");
    expect(row).toContain('\'=HYPERLINK("http://evil.example","点击")');
    expect(row.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
  });
});

describe('the smaller findings (point 9)', () => {
  it('masking hides at least half of a 7-character phone for a manager', async () => {
    const made = (await (await register('短号', '某文件', { phone: '6512345' })).json()) as { id: number };
    const seen = (await (await api(`/api/v1/requests/${made.id}`, tokens.manager)).json()) as { applicant: { phone: string } };
    expect(seen.applicant.phone).toBe('6****45');
  });

  it('refuses a common password and one containing the login, and counts every byte of a long one', async () => {
    const create = (login: string, password: string) =>
      api('/api/v1/users', tokens.admin, { method: 'POST', body: JSON.stringify({ login, name: '新用户', role: 'clerk', password }) });
    const common = await create('wanglin', 'password12');
    expect(common.status).toBe(400);
    expect(JSON.stringify(await common.json())).toContain('密码过于常见');
    const own = await create('wanglin', 'wanglin2025x');
    expect(JSON.stringify(await own.json())).toContain('密码不能包含登录名');
    // Over 72 bytes in UTF-8: bcrypt alone would ignore the rest.
    expect(Buffer.byteLength('登记簿-river-Lamp-7391-平原上的灯塔-ocean-Desk-2846-青山绿水-forest-Pen-5903-春风')).toBeGreaterThan(90);
    const long = '登记簿-river-Lamp-7391-平原上的灯塔-ocean-Desk-2846-青山绿水-forest-Pen-5903-春风';
    expect((await create('wanglin', long)).status).toBe(201);
    expect(await signInCookie(app.base, 'wanglin', long)).not.toBeNull();
    expect(await signInCookie(app.base, 'wanglin', long.slice(0, -2) + '秋雨')).toBeNull();
  });

  it('API tokens: refused while a password change is forced, revoked on reset and on disable, not back on enable', async () => {
    const t = (await createToken(tdb.prisma, { userId: a.reviewer.userId, name: '复核接口' })).token;
    expect((await api('/api/v1/me', t)).status).toBe(200);
    await resetPassword(tdb.prisma, 'reviewer', 'river-Lamp-7391', a.admin.userId);
    await new Promise((r) => setTimeout(r, 300)); // the server hears of it (NOTIFY)
    expect((await api('/api/v1/me', t)).status).toBe(401);
    // A token made while the change is forced does not work either.
    const during = (await createToken(tdb.prisma, { userId: a.reviewer.userId, name: '期间' })).token;
    expect((await api('/api/v1/me', during)).status).toBe(401);
    const other = (await createToken(tdb.prisma, { userId: a.clerk.userId, name: '停用' })).token;
    await setUserActive(tdb.prisma, 'clerk', false, a.admin.userId);
    await setUserActive(tdb.prisma, 'clerk', true, a.admin.userId);
    await new Promise((r) => setTimeout(r, 300));
    expect((await api('/api/v1/me', other)).status).toBe(401);
    tokens.clerk = (await createToken(tdb.prisma, { userId: a.clerk.userId, name: '新令牌' })).token;
    expect((await api('/api/v1/me', tokens.clerk)).status).toBe(200);
  });

  it('dates and cursors that do not exist answer 400 in Chinese', async () => {
    for (const q of ['dueBefore=2026-02-30', 'dueFrom=2025-13-01', 'receivedFrom=yesterday', 'cursor=2026-02-30%7C5', 'cursor=abc']) {
      const r = await api(`/api/v1/requests?${q}`, tokens.clerk);
      expect(r.status, q).toBe(400);
      expect((await r.json()).error.message).toMatch(/不是有效日期|翻页参数无效/);
    }
    expect((await api('/api/v1/requests/export?type=csv&dueBefore=2026-02-30', tokens.clerk)).status).toBe(400);
  });

  it('listing online submissions is logged', async () => {
    const before = await tdb.prisma.adminEvent.count({ where: { action: 'submission.view' } });
    const submitted = await fetch(`${app.base}/api/public/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'natural',
        name: '网申',
        idType: '居民身份证',
        idNumber: '110101197001010016',
        phone: '13500000001',
        description: '请公开某地块的征收批复文件',
        formWanted: 'paper',
        deliveryWanted: 'pickup',
        consent: true,
        agencyId: a.clerk.agencyId,
      }),
    });
    const submittedText = await submitted.text();
    expect(submitted.status, submittedText).toBe(201);
    const list = (await (await api('/api/v1/submissions', tokens.clerk)).json()) as { submissions: unknown[] };
    expect(list.submissions.length).toBeGreaterThan(0);
    const event = await tdb.prisma.adminEvent.findFirst({ where: { action: 'submission.view' }, orderBy: { id: 'desc' } });
    expect(await tdb.prisma.adminEvent.count({ where: { action: 'submission.view' } })).toBe(before + 1);
    expect(event?.actorId).toBe(a.clerk.userId);
  });

  it('names of invisible characters only are refused', async () => {
    for (const name of ['\u200b\u200b', '\u3164', ' \u2800 ', '\u200e\ufeff']) {
      const r = await register(name, '某文件');
      expect(r.status, JSON.stringify(name)).toBe(400);
      expect(JSON.stringify(await r.json())).toContain('不能只有空白或不可见字符');
    }
  });

  it('a cell code such as "constructor" lists nothing instead of failing', async () => {
    const cookie = (await signInCookie(app.base, 'manager', PASSWORD))!;
    for (const cell of ['2017:constructor', '2021:__proto__', '2017:toString']) {
      const r = await fetch(`${app.base}/cases?cell=${cell}&year=2025`, { headers: { cookie } });
      expect(r.status, cell).toBe(200);
    }
  });

  it("an office can't take a sibling's exact name", async () => {
    const parent = await createAgency(tdb.prisma, { name: '某市人民政府', shortName: '某市府', level: 'local_government' }, null);
    const one = await createAgency(tdb.prisma, { name: '某市自然资源局', shortName: '某资', parentId: parent.id }, null);
    const two = await createAgency(tdb.prisma, { name: '某市住建局', shortName: '某建', parentId: parent.id }, null);
    void one;
    await expect(
      updateAgency(tdb.prisma, two.id, { name: '某市自然资源局', shortName: '某建', level: 'local_department' }, null),
    ).rejects.toThrow(/已存在/);
  });

  it('listens on 127.0.0.1 only unless HOST says otherwise', () => {
    const port = Number(new URL(app.base).port).toString(16).toUpperCase().padStart(4, '0');
    const listening = fs
      .readFileSync('/proc/net/tcp', 'utf8')
      .split('\n')
      .filter((l) => l.includes(`:${port} `) && / 0A /.test(l))
      .map((l) => l.trim().split(/\s+/)[1]);
    expect(listening).toEqual([`0100007F:${port}`]);
    expect(fs.readFileSync('/proc/net/tcp6', 'utf8')).not.toMatch(new RegExp(`:${port} [0-9A-F:]+ 0A `));
  });
});

describe('Secure cookies behind TLS', () => {
  it('sets every cookie Secure when NEXTAUTH_URL is https', async () => {
    const tls = await startAppServer(tdb.url, { NEXTAUTH_URL: 'https://disclosure.example.gov.cn' });
    try {
      const csrf = await fetch(`${tls.base}/api/auth/csrf`);
      const cookies = csrf.headers.getSetCookie();
      expect(cookies.length).toBeGreaterThan(0);
      for (const c of cookies) expect(c).toMatch(/;\s*Secure/i);
    } finally {
      tls.stop();
    }
  });
});
