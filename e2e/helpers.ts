import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, E2E_DATA_DIR } from '../playwright.config';

export { DEMO_PASSWORD };

/** What a browser page adds to its own requests; Playwright's request API doesn't. */
export const sameOrigin = { Origin: `http://localhost:${process.env.E2E_PORT ?? 3210}` };

/** Signs in through the real form, as a person would. */
export async function signInWithForm(page: Page, login: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('登录名').fill(login);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
}

// One sign-in per demo role for the whole run (its session cookie kept as storage state in the
// e2e data folder); the form itself is tested where signing in is the point.
const stateFile = (login: string) => path.join(E2E_DATA_DIR, `auth-${login}.json`);

export async function signIn(page: Page, login: string, password = DEMO_PASSWORD) {
  if (password !== DEMO_PASSWORD) return signInWithForm(page, login, password);
  if (fs.existsSync(stateFile(login))) {
    await page.context().addCookies(JSON.parse(fs.readFileSync(stateFile(login), 'utf8')).cookies);
    await page.goto('/');
    // A session that has since ended (sign-out, password reset, disabled) falls back to the form.
    if (await page.getByRole('heading', { name: '工作台' }).isVisible()) return;
    await page.context().clearCookies();
  }
  await signInWithForm(page, login, password);
  fs.writeFileSync(stateFile(login), JSON.stringify(await page.context().storageState()));
}

/** Runs `npm run admin -- …` against the e2e server's database; returns stdout. */
export function adminCli(...args: string[]): string {
  return execFileSync('node_modules/.bin/tsx', ['--tsconfig', 'tsconfig.scripts.json', 'scripts/admin.ts', ...args], {
    env: { ...process.env, DD_DATA_DIR: E2E_DATA_DIR, DATABASE_URL: '' },
    encoding: 'utf8',
  });
}

/** The e2e server's database, as its owner (for tests that check nothing changed). */
export function e2eDatabaseUrl(): string {
  const port = fs.readFileSync(`${E2E_DATA_DIR}/pg/postmaster.pid`, 'utf8').split('\n')[3].trim();
  const password = fs.readFileSync(`${E2E_DATA_DIR}/pg-password`, 'utf8').trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/disclosure_desk`;
}

/** Registers a case through the API as the signed-in user (for tests whose point comes after it). */
export async function registerCase(page: Page, data: Record<string, unknown>): Promise<{ id: number; trackingNo: string }> {
  const res = await page.request.post('/api/v1/requests', { headers: sameOrigin, data });
  expect(res.status()).toBe(201);
  return res.json();
}

/** A complete, valid application as the public form sends it. */
export const publicApplication = {
  kind: 'natural',
  name: '公众申请',
  idType: '居民身份证',
  idNumber: '110101197001010016',
  phone: '13500000000',
  description: '请公开某文件的内容',
  formWanted: 'paper',
  deliveryWanted: 'pickup',
  consent: true,
};

/** Fills a form's fields by their labels and presses its button. */
export async function fillAndSubmit(form: Locator, fields: Record<string, string>, button: string) {
  for (const [label, value] of Object.entries(fields)) await form.getByLabel(label).fill(value);
  await form.getByRole('button', { name: button }).click();
}
