// The benchmark itself runs, on 10,000 cases, and its figures are sane (the full run is
// `npm run bench`, kept out of the test suite because it takes several minutes).
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('npm run bench works on a small database', () => {
  const r = spawnSync(
    'node_modules/.bin/tsx',
    ['scripts/bench/run.ts', '--cases', '10000', '--seconds', '2', '--runs', '3', '--import-rows', '2000', '--letters', '20', '--json'],
    { encoding: 'utf8', timeout: 240_000 },
  );
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toContain('Disclosure Desk benchmark — 10,000 cases');
  const res = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
  for (const k of ['table2017Ms', 'table2021Ms', 'floorMs', 'intakePerSecond', 'letterMs', 'importPerSecond', 'serverPeakMB']) {
    expect(Number.isFinite(res[k]) && res[k] > 0, k).toBe(true);
  }
  for (const q of [res.trivial, res.clerkQueue, res.reviewQueue, res.search]) {
    expect(q.ok).toBeGreaterThan(0);
    expect(q.errors).toBe(0);
    expect(q.p50).toBeLessThanOrEqual(q.p95);
    expect(q.p95).toBeLessThanOrEqual(q.p99);
  }
  expect(res.importRows).toBe(2000);
  expect(res.importErrors).toBe(0);
  expect(res.serverPeakMB).toBeGreaterThan(30);
  expect(res.serverPeakMB).toBeLessThan(4000);
}, 300_000);
