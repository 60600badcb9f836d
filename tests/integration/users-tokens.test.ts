import { describe, expect, it } from 'vitest';
import { actorForToken, createToken, forgetTokenActors, hashToken, revokeToken } from '@/lib/auth/tokens';
import { verifyPassword } from '@/lib/auth/password';
import { changeRole, createUser, resetPassword, setUserActive, UserError } from '@/lib/users/manage-users';
import { seedDemo } from '@/lib/users/seed-demo';
import { databaseForFile } from '../helpers/db';

const tdb = databaseForFile();

describe('demo seed', () => {
  it('creates one agency and exactly one login per role, once, the handler in a department', async () => {
    const first = await seedDemo(tdb.prisma);
    expect(first.map((u) => u.login)).toEqual(['clerk', 'reviewer', 'manager', 'admin', 'handler', 'leader']);
    const handler = await tdb.prisma.user.findUniqueOrThrow({ where: { login: 'handler' }, include: { department: true } });
    expect(handler.department?.name).toBe('规划科');
    expect((await tdb.prisma.user.findUniqueOrThrow({ where: { login: 'clerk' } })).departmentId).toBeNull();
    for (const u of first) {
      const row = await tdb.prisma.user.findUniqueOrThrow({ where: { login: u.login } });
      expect(row.role).toBe(u.login);
      expect(await verifyPassword(u.password, row.passwordHash)).toBe(true);
    }
    expect(await seedDemo(tdb.prisma)).toEqual([]);
    expect(await tdb.prisma.agency.count()).toBe(1);
  });
});

describe('user administration', () => {
  it('creates, disables, re-enables, resets and changes role, each audited', async () => {
    const admin = await tdb.prisma.user.findUniqueOrThrow({ where: { login: 'admin' } });
    const u = await createUser(tdb.prisma, { login: 'liu.clerk', name: '刘一', role: 'clerk', password: 'firstpass123' }, admin.id);
    await setUserActive(tdb.prisma, 'liu.clerk', false, admin.id);
    expect((await tdb.prisma.user.findUniqueOrThrow({ where: { id: u.id } })).active).toBe(false);
    await setUserActive(tdb.prisma, 'liu.clerk', true, admin.id);
    await resetPassword(tdb.prisma, 'liu.clerk', 'secondpass456', admin.id);
    const after = await tdb.prisma.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(await verifyPassword('secondpass456', after.passwordHash)).toBe(true);
    await changeRole(tdb.prisma, 'liu.clerk', 'reviewer', admin.id);
    const events = await tdb.prisma.adminEvent.findMany({ where: { target: `user:${u.id}` }, orderBy: { id: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['user.create', 'user.disable', 'user.enable', 'user.reset_password', 'user.change_role']);
    expect(events.every((e) => e.actorId === admin.id)).toBe(true);
  });

  it('refuses duplicates, weak passwords and self-lockout without changing anything', async () => {
    const admin = await tdb.prisma.user.findUniqueOrThrow({ where: { login: 'admin' } });
    const before = await tdb.prisma.adminEvent.count();
    await expect(createUser(tdb.prisma, { login: 'clerk', name: 'x', role: 'clerk', password: 'longenough123' }, admin.id)).rejects.toThrow(
      UserError,
    );
    await expect(createUser(tdb.prisma, { login: 'newbie', name: 'x', role: 'clerk', password: 'short' }, admin.id)).rejects.toThrow(
      /至少 10/,
    );
    await expect(setUserActive(tdb.prisma, 'admin', false, admin.id)).rejects.toThrow(/自己/);
    await expect(changeRole(tdb.prisma, 'admin', 'clerk', admin.id)).rejects.toThrow(/自己/);
    await expect(setUserActive(tdb.prisma, 'ghost', false, admin.id)).rejects.toThrow(/不存在/);
    expect(await tdb.prisma.adminEvent.count()).toBe(before);
    expect(await tdb.prisma.user.findUnique({ where: { login: 'newbie' } })).toBeNull();
  });

  it('keeps the admin log append-only at the database', async () => {
    await expect(tdb.prisma.adminEvent.updateMany({ data: { action: 'forged' } })).rejects.toThrow();
    await expect(tdb.prisma.adminEvent.deleteMany({})).rejects.toThrow();
    expect(await tdb.prisma.adminEvent.count({ where: { action: 'forged' } })).toBe(0);
  });
});

describe('API tokens', () => {
  it('stores only a hash, acts as its user, and stops working when revoked', async () => {
    const clerk = await tdb.prisma.user.findUniqueOrThrow({ where: { login: 'clerk' } });
    const { id, token } = await createToken(tdb.prisma, { userId: clerk.id, name: '测试' });
    const row = await tdb.prisma.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(await actorForToken(tdb.prisma, token)).toMatchObject({ userId: clerk.id, role: 'clerk' });
    expect(await actorForToken(tdb.prisma, token + 'x')).toBeNull();
    expect(await revokeToken(tdb.prisma, id, null)).toBe(true);
    expect(await actorForToken(tdb.prisma, token)).toBeNull();
    expect(await revokeToken(tdb.prisma, id, null)).toBe(false);
  });

  it("follows the user: a disabled user's token fails and stays revoked when re-enabled, a role change applies at once", async () => {
    const admin = await tdb.prisma.user.findUniqueOrThrow({ where: { login: 'admin' } });
    const u = await createUser(tdb.prisma, { login: 'bot', name: '转办接口', role: 'clerk', password: 'river-Lamp-7391' }, admin.id);
    const { token } = await createToken(tdb.prisma, { userId: u.id, name: '省平台' });
    await changeRole(tdb.prisma, 'bot', 'manager', admin.id);
    expect((await actorForToken(tdb.prisma, token))?.role).toBe('manager');
    await setUserActive(tdb.prisma, 'bot', false, admin.id);
    expect(await actorForToken(tdb.prisma, token)).toBeNull();
    await setUserActive(tdb.prisma, 'bot', true, admin.id);
    forgetTokenActors();
    expect(await actorForToken(tdb.prisma, token)).toBeNull();
  });
});
