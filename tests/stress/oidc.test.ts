// Staff sign-in through an identity service (统一身份认证) speaking OpenID Connect: a real provider
// (the oidc-provider package) runs here, the built app is given it with password sign-in off, and
// Chromium goes the whole round trip — the identity names an existing user by its login; an unknown
// identity and a disabled user stay out with a Chinese message; nobody is created; and the session
// is the app's own, so it ends as any other (issue 31, point 3).
import http from 'node:http';
import { chromium, type Browser, type Page } from '@playwright/test';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort } from '@/lib/db/embedded';
import { signInCookie } from '../../scripts/lib/sign-in-cookie';
import { demoActors } from '../helpers/actors';
import { startAppServer, type AppServer } from '../helpers/app-server';
import { createTestDb, type TestDb } from '../helpers/db';

let tdb: TestDb;
let app: AppServer;
let idp: http.Server;
let browser: Browser;
let appBase = '';

beforeAll(async () => {
  tdb = await createTestDb();
  await demoActors(tdb.prisma);
  const [idpPort, appPort] = [await freePort(), await freePort()];
  appBase = `http://localhost:${appPort}`;
  const issuer = `http://127.0.0.1:${idpPort}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'disclosure-desk',
        client_secret: 'oidc-test-secret-0123456789',
        redirect_uris: [`${appBase}/api/auth/callback/oidc`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    // Every identity the service knows; the app knows only some of them.
    async findAccount(_ctx, sub) {
      return { accountId: sub, claims: async () => ({ sub, preferred_username: sub, name: `身份${sub}`, email: `${sub}@gov.example` }) };
    },
    claims: { openid: ['sub'], profile: ['preferred_username', 'name'], email: ['email'] },
    conformIdTokenClaims: false,
    cookies: { keys: ['oidc-test-cookie-key'] },
    features: { devInteractions: { enabled: true } },
  });
  idp = http.createServer(provider.callback()).listen(idpPort, '127.0.0.1');
  app = await startAppServer(tdb.url, {
    PORT: String(appPort),
    NEXTAUTH_URL: appBase,
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: 'disclosure-desk',
    OIDC_CLIENT_SECRET: 'oidc-test-secret-0123456789',
    PASSWORD_SIGNIN: '0',
  });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  idp?.close();
  app?.stop();
  await tdb?.drop();
});

/** From the app's sign-in page through the identity service's own pages, as `login`. */
async function signInThroughIdp(page: Page, login: string): Promise<void> {
  await page.goto(`${appBase}/login`);
  await page.getByRole('button', { name: '统一身份认证登录' }).click();
  // The identity service's login and consent pages (oidc-provider's development interactions).
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any-password');
  await page.locator('button[type="submit"]').click();
  await page.locator('button[type="submit"]', { hasText: /continue/i }).click();
  await page.waitForURL((u) => u.origin === appBase && !u.pathname.startsWith('/api/'));
  await page.waitForLoadState();
}

it('offers only the identity service when password sign-in is off', async () => {
  const page = await browser.newPage();
  await page.goto(`${appBase}/login`);
  await page.getByRole('button', { name: '统一身份认证登录' }).waitFor();
  expect(await page.locator('input[type="password"]').count()).toBe(0);
  await page.close();
  // The password route itself is gone too, not just the form.
  expect(await signInCookie(app.base, 'manager', 'test-Password-1')).toBeNull();
});

it('signs a known user in through the identity service, into the app session, and keeps nobody else', async () => {
  const users = await tdb.prisma.user.count();
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInThroughIdp(page, 'manager');
  const manager = await tdb.prisma.user.findUniqueOrThrow({ where: { login: 'manager' } });
  // Signed in as the app's own user, with the app's role (年度报表 is a manager's page).
  await page.getByRole('link', { name: '年度报表' }).first().waitFor();
  await page.getByText(manager.name).first().waitFor();
  const session = await tdb.prisma.userSession.findFirst({ where: { userId: manager.id, endedAt: null }, orderBy: { createdAt: 'desc' } });
  expect(session?.address).toBe('oidc');

  // Disabled while signed in: the next page sends them to sign-in, as for a password session.
  await tdb.prisma.user.update({ where: { id: manager.id }, data: { active: false } });
  await page.goto(`${appBase}/cases`);
  await page.waitForURL(/\/login/);
  await context.close();

  // A disabled user and an identity the app doesn't know are turned away, in Chinese.
  for (const login of ['manager', 'stranger']) {
    const c = await browser.newContext();
    const p = await c.newPage();
    await signInThroughIdp(p, login);
    await p.waitForURL(/\/login\?error=OidcNoUser/);
    await p.getByText('统一身份认证的账号在本系统中没有对应的用户，或该用户已停用').waitFor();
    await c.close();
  }
  await tdb.prisma.user.update({ where: { id: manager.id }, data: { active: true } });
  expect(await tdb.prisma.user.count()).toBe(users);
}, 120_000);
