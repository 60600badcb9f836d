// The benchmark's table: each figure beside its target and whether it was met.
import os from 'node:os';
import type { LoadResult } from './load';

interface Alt {
  hot: LoadResult;
  trivial: LoadResult;
  ratio: number;
  ratios: number[];
}
type Results = Record<string, unknown> & {
  trivial: LoadResult;
  trivialPage: LoadResult;
  clerkQueue: Alt;
  reviewQueue: Alt;
  search: Alt;
  caseListApi: Alt;
  pages: Record<string, Alt>;
  exportCsv: { ms: number; rows: number; bytes: number };
  exportXlsx: { ms: number; rows: number; bytes: number };
};

const n = (x: unknown, d = 1) => Number(x).toFixed(d);
const pct = (x: number) => `${n(x * 100, 0)} %`;
const spread = (a: Alt) => `${pct(Math.min(...a.ratios))}–${pct(Math.max(...a.ratios))}`;

export function printTable(r: Results, runs: number, rounds: number) {
  const hot = (a: Alt, share: number, p95: number | null): [string, string, string] => [
    `p50 ${n(a.hot.p50)} / p95 ${n(a.hot.p95)} / p99 ${n(a.hot.p99)} ms, ${n(a.hot.rps, 0)} req/s = ${pct(a.ratio)} of trivial (spread ${spread(a)})`,
    `≥ ${share * 100} %${p95 ? `, p95 ≤ ${p95} ms` : ''}`,
    a.ratio >= share && (p95 === null || a.hot.p95 <= p95) && a.hot.errors === 0 ? 'yes' : 'NO',
  ];
  const PAGE_LABELS: Record<string, string> = {
    dashboard: 'page: dashboard',
    caseList: 'page: case list (filtered, page 2)',
    allCases: 'page: all cases (全部案件), page 1',
    casePage: 'page: case, 50 events, 10 documents',
    yearTable: 'page: year table',
    supervision: 'page: supervision',
  };
  const lines: [string, string, string, string][] = [
    [
      'year table 2017 format',
      `${n(r.table2017Ms)} ms vs floor ${n(r.floorMs)} ms = ${n(r.ratio2017, 2)}×  (${r.yearRows} case rows)`,
      '≤ 1.15×',
      Number(r.ratio2017) <= 1.15 ? 'yes' : 'NO',
    ],
    [
      'year table 2021 format',
      `${n(r.table2021Ms)} ms vs floor ${n(r.floorMs)} ms = ${n(r.ratio2021, 2)}×`,
      '≤ 1.15×',
      Number(r.ratio2021) <= 1.15 ? 'yes' : 'NO',
    ],
    [
      `roll-up, ${r.agencies} agencies`,
      `${n(r.rollupMs)} ms vs floor ${n(r.rollupFloorMs)} ms = ${n(r.rollupRatio, 2)}×`,
      '≤ 1.5×',
      Number(r.rollupRatio) <= 1.5 ? 'yes' : 'NO',
    ],
    ['supervision overview (query)', `${n(r.supervisionMs)} ms`, '—', '—'],
    ['trivial route (ceiling)', `p50 ${n(r.trivial.p50)} / p95 ${n(r.trivial.p95)} ms, ${n(r.trivial.rps, 0)} req/s`, '—', '—'],
    ['clerk queue, 32 clients', ...hot(r.clerkQueue, 0.6, 100)],
    ['reviewer queue, 32 clients', ...hot(r.reviewQueue, 0.6, 100)],
    [`search "${r.searchTerm}", 32 clients`, ...hot(r.search, 0.6, 100)],
    ['case list (filtered, page 2), 32 clients', ...hot(r.caseListApi, 0.6, 100)],
    ['trivial page (ceiling)', `p50 ${n(r.trivialPage.p50)} / p95 ${n(r.trivialPage.p95)} ms, ${n(r.trivialPage.rps, 0)} req/s`, '—', '—'],
    ...Object.entries(r.pages).map(([k, a]) => [PAGE_LABELS[k] ?? k, ...hot(a, 0.5, null)] as [string, string, string, string]),
    ['export .csv', `${r.exportCsv.rows} rows in ${n(r.exportCsv.ms / 1000, 2)} s (${n(r.exportCsv.bytes / 1e6)} MB)`, '—', '—'],
    ['export .xlsx', `${r.exportXlsx.rows} rows in ${n(r.exportXlsx.ms / 1000, 2)} s (${n(r.exportXlsx.bytes / 1e6)} MB)`, '—', '—'],
    [
      'intake over the API',
      `${n(r.intakePerSecond, 0)} creates/s (errors ${r.intakeErrors})`,
      '≥ 220/s',
      Number(r.intakePerSecond) >= 220 ? 'yes' : 'NO',
    ],
    [
      '.docx letter',
      `${n(r.letterMs)} ms each; ${r.letters} in ${n(r.letterBatchSeconds)} s`,
      '≤ 50 ms',
      Number(r.letterMs) <= 50 ? 'yes' : 'NO',
    ],
    [
      'ledger import',
      `${n(r.importPerSecond, 0)} rows/s (${r.importRows} rows, ${r.importErrors} errors)`,
      '≥ 2,000/s',
      Number(r.importPerSecond) >= 2000 ? 'yes' : 'NO',
    ],
    ['server peak memory', `${n(r.serverPeakMB, 0)} MB`, '≤ 400 MB', Number(r.serverPeakMB) <= 400 ? 'yes' : 'NO'],
  ];
  const w = [0, 1, 2, 3].map((i) => Math.max(...lines.map((l) => l[i].length), 6));
  console.log(
    `\nDisclosure Desk benchmark — ${Number(r.cases).toLocaleString('en')} cases, ${r.agencies} agencies (filled in ${n(r.fillSeconds)} s, at rest ${n(Number(r.settleMs) / 1000)} s later), ${os.cpus().length} cores, medians of ${runs} runs; HTTP ratios: median of ${rounds} alternating rounds\n`,
  );
  console.log(['measure'.padEnd(w[0]), 'result'.padEnd(w[1]), 'target'.padEnd(w[2]), 'met'].join(' | '));
  console.log(w.map((x) => '-'.repeat(x)).join('-|-'));
  for (const l of lines) console.log(l.map((c, i) => c.padEnd(w[i])).join(' | '));
}
