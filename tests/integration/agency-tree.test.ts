// Agencies under agencies: creation with a first admin, scoping of user administration, the
// roll-up of a subtree (each agency with its own mapping; frozen numbers where frozen), and 督办.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '@/lib/agencies/create-agency';
import { agencyTree, isWithin } from '@/lib/agencies/tree';
import { createCase } from '@/lib/cases/create-case';
import { recordEvent } from '@/lib/cases/record-event';
import { loadCatalogue, updateDisposition } from '@/lib/settings/dispositions';
import { buildReport } from '@/lib/statistics/build-report';
import type { KindCell } from '@/lib/statistics/counting-rules';
import { freezeReport } from '@/lib/statistics/manage-report';
import { buildRollup } from '@/lib/statistics/rollup';
import { agencyCellCases } from '@/lib/statistics/rollup-drill';
import { levelOf, supervisionOverview } from '@/lib/supervision/overview';
import { openSupervisionNotes, sendSupervisionNote } from '@/lib/supervision/send-note';
import { createUser, resetPassword } from '@/lib/users/manage-users';
import { createTestDb, type TestDb } from '../helpers/db';
import { demoActors, type Actors } from '../helpers/actors';

let tdb: TestDb;
let a: Actors;
let district: { id: number };
let town: { id: number };
let sibling: { id: number };
const clerkOf = async (agencyId: number, login: string) => {
  const u = await createUser(tdb.prisma, { login, name: login, role: 'clerk', password: 'Clerk-pass-1234' }, null, agencyId);
  return { userId: u.id, agencyId, role: 'clerk' as const, login, name: login };
};
const replied = async (actor: Awaited<ReturnType<typeof clerkOf>>, disposition: string, receivedOn = '2025-03-03') => {
  const { case: c } = await createCase(
    tdb.prisma,
    { channel: 'letter', receivedOn, applicant: { kind: 'natural', name: '甲' }, description: '某文件' },
    actor,
  );
  await recordEvent(
    tdb.prisma,
    c.id,
    {
      type: 'reply_submitted',
      on: '2025-03-10',
      disposition,
      legalBasis: '依法',
      reasons: '理由',
      ...(disposition === 'granted' ? { items: ['某文件'] } : {}),
    },
    actor,
  );
  const reviewer = await createUser(
    tdb.prisma,
    { login: `rv${c.id}`, name: '审核', role: 'reviewer', password: 'Review-pass-1234' },
    null,
    actor.agencyId,
  );
  await recordEvent(
    tdb.prisma,
    c.id,
    { type: 'reply_approved', on: '2025-03-11', secrecyReviewed: true },
    { userId: reviewer.id, agencyId: actor.agencyId, role: 'reviewer' },
  );
  await recordEvent(tdb.prisma, c.id, { type: 'delivered', on: '2025-03-12', method: 'post' }, actor);
  return c;
};
const total = (v: unknown) => (v as KindCell).total;

beforeAll(async () => {
  tdb = await createTestDb();
  a = await demoActors(tdb.prisma);
  district = await createAgency(
    tdb.prisma,
    {
      name: '示例市东区自然资源分局',
      shortName: '东资',
      firstAdmin: { login: 'east-admin', name: '东区管理员', password: 'Harbor-Light-1234' },
    },
    a.admin,
  );
  town = await createAgency(tdb.prisma, { name: '东区某街道办事处', shortName: '东街', parentId: district.id, level: 'township' }, null);
  sibling = await createAgency(tdb.prisma, { name: '示例市西区自然资源分局', shortName: '西资' }, a.admin);
});
afterAll(async () => tdb?.drop());

describe('the agency tree', () => {
  it('creates a subordinate with its first admin and the parent topics, only inside the creator subtree', async () => {
    const admin = await tdb.prisma.user.findUniqueOrThrow({ where: { login: 'east-admin' } });
    expect([admin.agencyId, admin.role, admin.mustChangePassword]).toEqual([district.id, 'admin', true]);
    expect((await tdb.prisma.topic.count({ where: { agencyId: district.id } })) > 0).toBe(true);
    expect((await agencyTree(tdb.prisma, a.admin.agencyId)).map((x) => [x.id, x.depth])).toEqual([
      [a.admin.agencyId, 0],
      [district.id, 1],
      [town.id, 2],
      [sibling.id, 1],
    ]);
    expect(await isWithin(tdb.prisma, a.admin.agencyId, town.id)).toBe(true);
    expect(await isWithin(tdb.prisma, district.id, a.admin.agencyId)).toBe(false);
    expect(await isWithin(tdb.prisma, district.id, sibling.id)).toBe(false);
    // The district's admin cannot hang an agency under the sibling or the parent.
    const eastAdmin = { userId: admin.id, agencyId: district.id };
    await expect(createAgency(tdb.prisma, { name: '越权', shortName: '越', parentId: sibling.id }, eastAdmin)).rejects.toThrow(
      /上级机关不存在/,
    );
    await expect(createAgency(tdb.prisma, { name: '示例市东区自然资源分局', shortName: '重' }, a.admin)).rejects.toThrow(/已存在/);
  });

  it('an admin manages only the users of their own office', async () => {
    await expect(resetPassword(tdb.prisma, 'clerk', 'Another-pass-123', null, district.id)).rejects.toThrow(/不存在/);
    await resetPassword(tdb.prisma, 'east-admin', 'Another-pass-123', null, district.id);
  });
});

describe('the roll-up', () => {
  it('adds the subtree, each agency counted with its own mapping, frozen numbers where frozen', async () => {
    const east = await clerkOf(district.id, 'east-clerk');
    const street = await clerkOf(town.id, 'town-clerk');
    await replied(a.clerk as never, 'not_held');
    await replied(east, 'not_held');
    await replied(east, 'granted');
    await replied(street, 'granted');
    // The district counts not_held elsewhere; the parent's own table is unaffected.
    const d = (await loadCatalogue(tdb.prisma, district.id)).find((x) => x.code === 'not_held')!;
    await updateDisposition(
      tdb.prisma,
      district.id,
      'not_held',
      { label: d.label, active: true, cell2017: d.cell2017, cell2021: '3.3.4.2', confirmMapping: true },
      null,
    );
    await freezeReport(tdb.prisma, town.id, 2025, '2021', null);
    // A late case in the frozen town changes its live table, not what it published.
    await replied(street, 'granted', '2025-03-04');

    const r = await buildRollup(tdb.prisma, a.admin.agencyId, 2025, '2021');
    expect(r.agencies.map((x) => x.id)).toEqual([a.admin.agencyId, district.id, town.id, sibling.id]);
    expect(total(r.cells['3.1'])).toBe(4); // 1 parent + 2 district + 1 town as frozen (the late one not yet)
    expect(total(r.cells['3.3.1'])).toBe(2);
    expect(total(r.cells['3.3.4.1'])).toBe(1);
    expect(total(r.cells['3.3.4.2'])).toBe(1);
    expect(r.checks.filter((c) => !c.ok)).toEqual([]);
    expect(r.agencies.find((x) => x.id === town.id)!.frozenAt).not.toBeNull();
    const own = await buildReport(tdb.prisma, a.admin.agencyId, 2025, '2021');
    expect(total(own.cells['3.1'])).toBe(1);

    // The district's own roll-up: itself and the town, never the parent or the sibling.
    const sub = await buildRollup(tdb.prisma, district.id, 2025, '2021');
    expect(sub.agencies.map((x) => x.id)).toEqual([district.id, town.id]);
    expect(total(sub.cells['3.1'])).toBe(3);

    // Drill-down to one agency's cases, inside the subtree only.
    const ref = { section: 1, row: '3.3.4.2', col: 6 };
    expect((await agencyCellCases(tdb.prisma, a.admin.agencyId, district.id, '2021', 2025, ref))!.length).toBe(1);
    expect(await agencyCellCases(tdb.prisma, district.id, a.admin.agencyId, '2021', 2025, ref)).toBeNull();
  });
});

describe('督办', () => {
  it('lists the subtree duties, and a note lands on the case timeline and the office queue', async () => {
    const east = {
      userId: (await tdb.prisma.user.findUniqueOrThrow({ where: { login: 'east-clerk' } })).id,
      agencyId: district.id,
      role: 'clerk' as const,
    };
    const { case: late } = await createCase(
      tdb.prisma,
      { channel: 'letter', receivedOn: '2025-06-02', applicant: { kind: 'natural', name: '乙' }, description: '超期测试' },
      east,
    );
    const rows = await supervisionOverview(tdb.prisma, a.manager.agencyId, '2026-11-27');
    const d = rows.find((x) => x.id === district.id)!;
    expect(d.open).toBeGreaterThanOrEqual(1);
    expect(d.overdue).toBe(1);
    // The page shows one level: the parent itself, then each child with its whole subtree summed.
    const level = levelOf(rows, a.manager.agencyId);
    expect(level.map((x) => x.id)).toEqual([a.manager.agencyId, district.id, sibling.id]);
    const townRow = rows.find((x) => x.id === town.id)!;
    expect(level[1]).toMatchObject({ subtree: true, children: 1, received: d.received + townRow.received, open: d.open + townRow.open });
    expect(level[0].received).toBe(rows.find((x) => x.id === a.manager.agencyId)!.received);
    await sendSupervisionNote(tdb.prisma, late.id, '请于3日内答复', a.manager);
    const ev = await tdb.prisma.caseEvent.findFirstOrThrow({ where: { caseId: late.id, type: 'supervision_note' } });
    expect(ev.data).toMatchObject({ text: '请于3日内答复', byAgency: '示例市自然资源局' });
    expect((await openSupervisionNotes(tdb.prisma, district.id)).map((n) => n.case.id)).toEqual([late.id]);
    // A sibling's manager, or the district towards its parent, cannot.
    const westManager = await createUser(
      tdb.prisma,
      { login: 'west-mgr', name: '西', role: 'manager', password: 'Copper-Kite-12345' },
      null,
      sibling.id,
    );
    await expect(sendSupervisionNote(tdb.prisma, late.id, '越权', { userId: westManager.id, agencyId: sibling.id })).rejects.toThrow(
      /不存在/,
    );
    expect((await supervisionOverview(tdb.prisma, district.id, '2026-11-27')).map((x) => x.id)).toEqual([district.id, town.id]);
  });
});
