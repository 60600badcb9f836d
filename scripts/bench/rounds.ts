// Hot routes against the trivial one in alternating short rounds within one run, so a ratio is not
// at the mercy of what else the machine did during one long measurement: each round measures the
// trivial route, then the hot one, and the ratio is taken per round; the median and spread print.
import { signInCookie } from '../lib/sign-in-cookie';
import { load, type LoadResult } from './load';

export interface Alternated {
  hot: LoadResult;
  trivial: LoadResult;
  /** hot req/s ÷ trivial req/s, per round. */
  ratios: number[];
  ratio: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function merge(rs: LoadResult[]): LoadResult {
  const latencies = rs.flatMap((r) => r.latencies ?? []).sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    ok: rs.reduce((s, r) => s + r.ok, 0),
    errors: rs.reduce((s, r) => s + r.errors, 0),
    rps: median(rs.map((r) => r.rps)),
    p50: q(50),
    p95: q(95),
    p99: q(99),
  };
}

export async function alternate(
  base: string,
  trivialPath: string,
  hotPath: string,
  headers: Record<string, string>,
  o: { rounds: number; seconds: number; connections?: number },
): Promise<Alternated> {
  const connections = o.connections ?? 32;
  const run = (path: string, seconds: number) => load({ url: base + path, connections, seconds, headers });
  await run(hotPath, 1); // warm-up
  const hot: LoadResult[] = [];
  const trivial: LoadResult[] = [];
  for (let i = 0; i < o.rounds; i++) {
    trivial.push(await run(trivialPath, o.seconds));
    hot.push(await run(hotPath, o.seconds));
  }
  const ratios = hot.map((h, i) => h.rps / Math.max(trivial[i].rps, 1e-9));
  return { hot: merge(hot), trivial: merge(trivial), ratios, ratio: median(ratios) };
}

/** The session cookie of a signed-in user (the benchmark's pages are measured signed in). */
export async function sessionCookie(base: string, login: string, password: string): Promise<string> {
  const cookie = await signInCookie(base, login, password);
  if (!cookie) throw new Error(`sign-in as ${login} failed`);
  return cookie;
}
