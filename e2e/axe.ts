// Every page an e2e test opens is scanned with axe-core for WCAG 2.1 A/AA violations, staff and
// public alike: each page's 'load' in every browser context (the test's own and those it opens) is
// queued for a scan, and a test fails at its end if any scan found a violation. Each route (ids
// folded) is scanned once per viewport width per worker, so the suite stays fast.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export * from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SCAN_MS = 15_000;
const scanned = new Set<string>();
/** Scans started per route: one interrupted by navigation is retried once, not on every visit. */
const attempts = new Map<string, number>();
let findings: string[] = [];
let pending: Promise<void>[] = [];

async function scan(page: Page): Promise<void> {
  const url = new URL(page.url());
  if (!url.protocol.startsWith('http') || url.pathname.startsWith('/api/')) return;
  const key = `${url.pathname.replace(/\/\d+(?=\/|$)/g, '/{id}')}@${page.viewportSize()?.width ?? 0}`;
  if (scanned.has(key) || (attempts.get(key) ?? 0) >= 2) return;
  attempts.set(key, (attempts.get(key) ?? 0) + 1);
  scanned.add(key);
  try {
    // A page closed or navigated mid-scan may leave the scan pending forever: it is given up after
    // a while and the route scanned on its next visit.
    const { violations } = await Promise.race([
      new AxeBuilder({ page }).withTags(TAGS).analyze(),
      new Promise<never>((_, reject) => {
        setTimeout(() => reject(new Error('axe scan timed out')), SCAN_MS).unref();
        page.once('close', () => reject(new Error('page closed')));
      }),
    ]);
    for (const v of violations)
      findings.push(`${url.pathname}: ${v.id} (${v.impact}) — ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  } catch {
    scanned.delete(key);
  }
}

/** Scans the page as it is now (a warning or dialog drawn after load), whatever was scanned before. */
export async function scanNow(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  for (const v of violations)
    findings.push(
      `${new URL(page.url()).pathname} (now): ${v.id} (${v.impact}) — ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

/** Waits for the scans started so far: call before closing a context that lives only for one page. */
export async function scansSettled(): Promise<void> {
  await Promise.allSettled(pending);
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
      // Say how much was scanned, so a scan that silently never runs would show.
      console.log(`axe: ${scanned.size} routes scanned (route × viewport width)`);
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
