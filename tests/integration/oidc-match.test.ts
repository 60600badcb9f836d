// Which user an identity from 统一身份认证 names: by login or by e-mail, only an active user, and an
// e-mail shared by two users names neither (the token never decides who someone is here).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { matchOidcUser } from '@/lib/auth/oidc';
import { createTestDb, type TestDb } from '../helpers/db';
import { demoActors, type Actors } from '../helpers/actors';

let tdb: TestDb;
let a: Actors;
beforeAll(async () => {
  tdb = await createTestDb();
  a = await demoActors(tdb.prisma);
  await tdb.prisma.user.update({ where: { id: a.manager.userId }, data: { email: 'Wang.Li@gov.example' } });
  await tdb.prisma.user.update({ where: { id: a.clerk.userId }, data: { email: 'shared@gov.example' } });
  await tdb.prisma.user.update({ where: { id: a.reviewer.userId }, data: { email: 'shared@gov.example' } });
});
afterAll(async () => tdb?.drop());

it('matches the login claim to the login and the email claim to one user’s e-mail, in any case', async () => {
  expect((await matchOidcUser(tdb.prisma, 'preferred_username', { preferred_username: 'manager' }))?.id).toBe(a.manager.userId);
  expect((await matchOidcUser(tdb.prisma, 'email', { email: 'wang.li@GOV.example' }))?.id).toBe(a.manager.userId);
  expect(await matchOidcUser(tdb.prisma, 'email', { email: 'shared@gov.example' })).toBeNull();
  expect(await matchOidcUser(tdb.prisma, 'preferred_username', { preferred_username: 'nobody' })).toBeNull();
  expect(await matchOidcUser(tdb.prisma, 'preferred_username', { sub: 'manager' })).toBeNull();
  expect(await matchOidcUser(tdb.prisma, 'preferred_username', { preferred_username: ['manager'] })).toBeNull();
});

it('never names a disabled user', async () => {
  await tdb.prisma.user.update({ where: { id: a.manager.userId }, data: { active: false } });
  expect(await matchOidcUser(tdb.prisma, 'preferred_username', { preferred_username: 'manager' })).toBeNull();
  expect(await matchOidcUser(tdb.prisma, 'email', { email: 'wang.li@gov.example' })).toBeNull();
});
