// A small closed-loop HTTP load generator: N connections each send the next request as soon as
// the last answered, for a fixed time; every latency is kept, so percentiles are exact.
import http from 'node:http';

export interface LoadResult {
  /** Every latency in ms, sorted (kept out of the --json output). */
  latencies?: number[];
  requests: number;
  ok: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

export async function load(opts: {
  url: string;
  connections: number;
  seconds: number;
  method?: string;
  headers?: Record<string, string>;
  body?: () => string;
  expect?: number;
}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const latencies: number[] = [];
  let ok = 0;
  let errors = 0;
  const end = Date.now() + opts.seconds * 1000;
  const u = new URL(opts.url);
  const one = () =>
    new Promise<void>((resolve) => {
      const body = opts.body?.();
      const start = process.hrtime.bigint();
      const req = http.request(
        {
          agent,
          host: u.hostname,
          port: u.port,
          path: u.pathname + u.search,
          method: opts.method ?? 'GET',
          headers: { ...opts.headers, ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}) },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
            if (res.statusCode === (opts.expect ?? 200)) ok++;
            else errors++;
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        resolve();
      });
      if (body) req.write(body);
      req.end();
    });
  const started = Date.now();
  await Promise.all(
    Array.from({ length: opts.connections }, async () => {
      while (Date.now() < end) await one();
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return { latencies, requests: latencies.length, ok, errors, rps: ok / elapsed, p50: q(50), p95: q(95), p99: q(99) };
}

/**
 * Intake over the API as the benchmark measures it: 32 clients registering one application by
 * letter, without the receipt letter (so the figure stays comparable with earlier runs; rendering
 * is measured on its own).
 */
export const registering = (base: string, token: string, today: string, seconds: number, connections = 32) =>
  load({
    url: `${base}/api/v1/requests?receipt=0`,
    method: 'POST',
    connections,
    seconds,
    headers: { authorization: `Bearer ${token}` },
    expect: 201,
    body: () =>
      JSON.stringify({
        channel: 'letter',
        receivedOn: today,
        applicant: { kind: 'natural', name: '压测申请人' },
        description: '压力测试申请内容',
      }),
  });
