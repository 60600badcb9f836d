// Starts the built app as production runs it (scripts/next-server.mjs, the server's heap cap) on a
// test database, and reads what the process holds, for tests that attack a running server.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { Role } from '@/lib/auth/permissions';
import { createToken } from '@/lib/auth/tokens';
import { freePort } from '@/lib/db/embedded';
import { createTestDb, type TestDb } from './db';
import { demoActors, type Actors } from './actors';
import { serverNodeFlags } from '../../scripts/lib/server-flags';

export interface AppServer {
  base: string;
  child: ChildProcess;
  /** Resident memory of the server process, in MB. */
  rssMb: () => number;
  /** The last of what the server wrote to stderr (up to 16 KB): for a failing test's message. */
  errors: () => string;
  stop: () => void;
}

export function rssMbOf(pid: number): number {
  const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** Polls `url` until it answers 200, up to `ms`. */
export async function waitForOk(url: string, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

export async function startAppServer(databaseUrl: string, env: Record<string, string> = {}): Promise<AppServer> {
  if (!fs.existsSync('.next/BUILD_ID')) throw new Error('需要先构建（npm test 在集成测试之前运行 next build）');
  // A port given in `env` (a test whose other parts must know the URL beforehand) is used as is.
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const child = spawn(process.execPath, [...serverNodeFlags(), 'scripts/next-server.mjs'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: 'app-server-test',
      NEXTAUTH_URL: `http://localhost:${port}`,
      NODE_ENV: 'production',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // Read as it comes (an unread pipe would stall the server once full); only the tail is kept.
  let errors = '';
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (errors = (errors + s).slice(-16_384)));
  const base = `http://127.0.0.1:${port}`;
  await waitForOk(`${base}/api/health`);
  return { base, child, rssMb: () => rssMbOf(child.pid!), errors: () => errors, stop: () => void child.kill('SIGTERM') };
}

/** Calls /api/health every `everyMs` while `work` runs; the slowest answer's time, in ms. */
export async function slowestHealthDuring<T>(base: string, work: Promise<T>, everyMs = 100): Promise<{ result: T; slowestMs: number }> {
  let done = false;
  let slowest = 0;
  const probe = (async () => {
    while (!done) {
      const t = performance.now();
      await fetch(`${base}/api/health`).catch(() => null);
      slowest = Math.max(slowest, performance.now() - t);
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  try {
    return { result: await work, slowestMs: slowest };
  } finally {
    done = true;
    await probe;
  }
}

export interface ServerSuite {
  tdb: TestDb;
  a: Actors;
  app: AppServer;
  /** An API token for each demo role. */
  tokens: Record<Role, string>;
}

/** The setup of a test against a running server: a fresh database with the demo office, the server, a token per role. */
export function serverSuite(env: Record<string, string> = {}): ServerSuite {
  const suite = {} as ServerSuite;
  beforeAll(async () => {
    suite.tdb = await createTestDb();
    suite.a = await demoActors(suite.tdb.prisma);
    suite.app = await startAppServer(suite.tdb.url, env);
    const entries = await Promise.all(
      (Object.keys(suite.a) as Role[]).map(
        async (role) => [role, (await createToken(suite.tdb.prisma, { userId: suite.a[role].userId, name: '安全测试' })).token] as const,
      ),
    );
    suite.tokens = Object.fromEntries(entries) as Record<Role, string>;
  }, 120_000);
  afterAll(async () => {
    suite.app?.stop();
    await suite.tdb?.drop();
  });
  return suite;
}
