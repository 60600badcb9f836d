// The benchmark itself runs, on 10,000 cases over 50 agencies, and every figure is produced and sane
// (the full run is `npm run bench`, kept out of the test suite because it takes many minutes).
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('npm run bench works on a small database', () => {
  const r = spawnSync(
    'node_modules/.bin/tsx',
    [
      ...['--tsconfig', 'tsconfig.scripts.json', 'scripts/bench/run.ts'],
      ...['--cases', '10000', '--agencies', '50', '--seconds', '2', '--rounds', '2', '--round-seconds', '1', '--runs', '3'],
      ...['--import-rows', '2000', '--export-rows', '1000', '--letters', '20', '--json'],
    ],
    { encoding: 'utf8', timeout: 420_000 },
  );
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toContain('Disclosure Desk benchmark — 10,000 cases, 50 agencies');
  const res = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
  for (const k of [
    'table2017Ms',
    'table2021Ms',
    'floorMs',
    'rollupMs',
    'rollupFloorMs',
    'rollupRatio',
    'supervisionMs',
    'intakePerSecond',
    'letterMs',
    'importPerSecond',
    'serverPeakMB',
  ]) {
    expect(Number.isFinite(res[k]) && res[k] > 0, k).toBe(true);
  }
  expect(res.agencies).toBe(50);
  const alternated = [res.clerkQueue, res.reviewQueue, res.search, res.caseListApi, ...Object.values(res.pages)] as {
    hot: { ok: number; errors: number; p50: number; p95: number; p99: number };
    trivial: { ok: number };
    ratios: number[];
  }[];
  expect(Object.keys(res.pages).sort()).toEqual(['allCases', 'caseList', 'casePage', 'dashboard', 'supervision', 'yearTable']);
  for (const a of alternated) {
    expect(a.hot.ok).toBeGreaterThan(0);
    expect(a.trivial.ok).toBeGreaterThan(0);
    expect(a.hot.errors).toBe(0);
    expect(a.hot.p50).toBeLessThanOrEqual(a.hot.p95);
    expect(a.hot.p95).toBeLessThanOrEqual(a.hot.p99);
    expect(a.ratios).toHaveLength(2);
  }
  // Exactly the filtered list: as many rows as the filter selects (at least the 1,000 asked for; ties on the date add some).
  expect(res.exportCsv.rows).toBe(res.exportRowsExpected);
  expect(res.exportCsv.rows).toBeGreaterThanOrEqual(1000);
  expect(res.exportXlsx.bytes).toBeGreaterThan(10_000);
  expect(res.importRows).toBe(2000);
  expect(res.importErrors).toBe(0);
  expect(res.serverPeakMB).toBeGreaterThan(30);
  expect(res.serverPeakMB).toBeLessThan(4000);
}, 480_000);
