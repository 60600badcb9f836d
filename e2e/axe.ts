// Every page an e2e test opens is scanned with axe-core for WCAG 2.1 A/AA violations, staff and
// public alike: each page's 'load' in every browser context (the test's own and those it opens) is
// queued for a scan, and a test fails at its end if any scan found a violation. Each route (ids
// folded) is scanned once per viewport width per worker, so the suite stays fast.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export * from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const scanned = new Set<string>();
let findings: string[] = [];
let pending: Promise<void>[] = [];

async function scan(page: Page): Promise<void> {
  const url = new URL(page.url());
  if (!url.protocol.startsWith('http') || url.pathname.startsWith('/api/')) return;
  const key = `${url.pathname.replace(/\/\d+(?=\/|$)/g, '/{id}')}@${page.viewportSize()?.width ?? 0}`;
  if (scanned.has(key)) return;
  scanned.add(key);
  try {
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    for (const v of violations)
      findings.push(`${url.pathname}: ${v.id} (${v.impact}) — ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  } catch {
    // The page navigated or closed during the scan: it is scanned on its next visit.
    scanned.delete(key);
  }
}

const watch = (context: BrowserContext) => context.on('page', (page) => page.on('load', () => void pending.push(scan(page))));

export const test = base.extend<{ axeScan: void }>({
  context: async ({ context }, provide) => {
    watch(context);
    await provide(context);
  },
  browser: [
    async ({ browser }, provide) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const c = await newContext(options);
        watch(c);
        return c;
      };
      await provide(browser);
    },
    { scope: 'worker' },
  ],
  axeScan: [
    async ({}, provide) => {
      findings = [];
      pending = [];
      await provide();
      await Promise.allSettled(pending);
      expect(findings, 'WCAG 2.1 A/AA violations found by axe on the pages this test opened').toEqual([]);
    },
    { auto: true },
  ],
});
