// Issue 28 point 10: the public pages for older and disabled people (GB/T 37668, 适老化): at a phone
// viewport, 16 px inputs and 44 px targets, a large consent box, a skip link, required fields marked
// in words, errors tied to their fields, results announced, 长辈模式 kept across pages, and the
// status lookup done with the keyboard alone. (Every page here is also scanned by axe: ./axe.ts.)
import { expect, test, type Page } from './axe';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const sizes = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { what: el.outerHTML.slice(0, 60), font: parseFloat(getComputedStyle(el).fontSize), height: r.height, width: r.width };
      }),
  );

for (const path of ['/apply', '/apply/status', '/login']) {
  test(`${path}: 16 px inputs, 44 px targets, a skip link`, async ({ page }) => {
    await page.goto(path);
    for (const s of await sizes(page, 'main input:not([type=checkbox]):not([type=file]), main select, main textarea'))
      expect(s.font, s.what).toBeGreaterThanOrEqual(16);
    for (const s of await sizes(page, 'button, main input:not([type=checkbox]):not([type=file]), main select'))
      expect(s.height, s.what).toBeGreaterThanOrEqual(44);
    // The skip link is the first stop: the first Tab from the top of the page, or (the sign-in page
    // puts focus in its first field) a few Shift+Tab back from there.
    const skip = page.getByRole('link', { name: '跳到主要内容' });
    const focused = () => skip.evaluate((el) => el === document.activeElement);
    if (path === '/login') for (let i = 0; i < 4 && !(await focused()); i++) await page.keyboard.press('Shift+Tab');
    else await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });
}

test('/apply marks required fields in words, ties each error to its field, and has a large consent box', async ({ page }) => {
  await page.goto('/apply');
  const form = page.getByRole('form', { name: '政府信息公开申请' });
  await expect(form.locator('label[for="name"]')).toContainText('（必填）');
  await expect(form.locator('label[for="email"]')).not.toContainText('（必填）');
  await form.getByLabel('获取信息的方式').selectOption('email');
  await expect(form.locator('label[for="email"]')).toContainText('（必填）');
  const consent = form.getByRole('checkbox', { name: /我已阅读并同意/ });
  const box = (await consent.boundingBox())!;
  expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
  await form.getByRole('button', { name: '提交申请' }).click();
  const name = form.getByLabel(/姓名/);
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  const described = await name.getAttribute('aria-describedby');
  await expect(page.locator(`[id="${described}"]`)).toHaveText(/姓名或名称/);
  await expect(consent).toHaveAttribute('aria-describedby', 'consent-error');
});

test('长辈模式 enlarges the page and is kept across pages until switched off', async ({ page }) => {
  await page.goto('/apply');
  const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(await rootSize()).toBe(16);
  await page.getByRole('button', { name: '长辈模式' }).click();
  await expect(page.getByRole('button', { name: '退出长辈模式' })).toHaveAttribute('aria-pressed', 'true');
  expect(await rootSize()).toBe(20);
  await page.getByRole('link', { name: '申请查询' }).click();
  await expect(page.getByRole('button', { name: '退出长辈模式' })).toBeVisible();
  expect(await rootSize()).toBe(20);
  await page.goto('/login');
  expect(await rootSize()).toBe(20);
  await page.getByRole('button', { name: '退出长辈模式' }).click();
  await expect(page.getByRole('button', { name: '长辈模式' })).toHaveAttribute('aria-pressed', 'false');
  expect(await rootSize()).toBe(16);
});

test('the status lookup works with the keyboard alone and its answer is announced', async ({ page }) => {
  await page.goto('/apply/status');
  const code = page.getByLabel(/查询码/);
  while (!(await code.evaluate((el) => el === document.activeElement))) await page.keyboard.press('Tab');
  await page.keyboard.type('AAAA-BBBB-CCCC-DDDD');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: '没有找到该查询码对应的申请' })).toBeVisible();
  await expect(page.locator('[aria-live="polite"]')).toHaveCount(1);
});
