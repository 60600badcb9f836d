// `npm start` / `npm run dev`: database (embedded unless DATABASE_URL), migrations, demo users on
// an empty embedded database, a build when the sources are newer than it, then Next.js.
import { needsBuild } from './lib/needs-build';
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../lib/generated/prisma/client';
import { describeDemoUsers, seedDemo } from '../lib/users/seed-demo';
import { appConnection, applyMigrations, openDatabase, stopOnSignals } from './lib/database';
import { serverNodeFlags } from './lib/server-flags';

const mode = process.argv[2] === 'dev' ? 'dev' : 'start';
const port = process.env.PORT ?? '3000';
const nextBin = path.resolve('node_modules/.bin/next');

function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.resolve(process.env.DD_DATA_DIR ?? '.data', 'auth-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

const dbh = await openDatabase();
try {
  await applyMigrations(dbh.url);
  if (dbh.embedded) {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: dbh.url }) });
    try {
      if ((await prisma.user.count()) === 0) console.log(describeDemoUsers(await seedDemo(prisma, process.env.DEMO_PASSWORD)));
    } finally {
      await prisma.$disconnect();
    }
  }
} catch (err) {
  console.error((err as Error).message);
  await dbh.stop();
  process.exit(1);
}

const env = {
  ...process.env,
  DATABASE_URL: await appConnection(dbh),
  NEXTAUTH_SECRET: authSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
};

if (mode === 'start' && needsBuild()) {
  console.log('正在构建（首次启动或源码有更新）…');
  const build = spawnSync(nextBin, ['build'], { stdio: 'inherit', env });
  if (build.status !== 0) {
    await dbh.stop();
    process.exit(build.status ?? 1);
  }
}

// Production runs through our own small server (scripts/next-server.mjs: the real client address,
// body caps); `next dev` keeps its hot reload. The web server is supervised: if it dies (a crash,
// an out-of-memory kill) it is started again within seconds while PostgreSQL keeps running, and the
// death is logged. Each runs in its own process group, so stopping it also stops its workers.
const startNext = () =>
  mode === 'start'
    ? spawn(process.execPath, [...serverNodeFlags(), 'scripts/next-server.mjs'], {
        stdio: 'inherit',
        env: { ...env, PORT: port, NODE_ENV: 'production' },
        detached: true,
      })
    : spawn(nextBin, [mode, '-p', port], { stdio: 'inherit', env, detached: true });

let stopping = false;
let next = startNext();
const recentDeaths: number[] = [];
function supervise(child: ReturnType<typeof startNext>) {
  child.once('exit', (code, signal) => {
    if (stopping) return;
    const now = Date.now();
    recentDeaths.push(now);
    while (recentDeaths.length && recentDeaths[0] < now - 60_000) recentDeaths.shift();
    // A server that keeps dying at once (a broken build, a port taken) is retried more slowly.
    const delay = recentDeaths.length > 5 ? 10_000 : 1_000;
    console.error(
      `[${new Date().toISOString()}] 网页服务进程意外退出（${signal ? `信号 ${signal}` : `退出码 ${code}`}），${delay / 1000} 秒后重新启动；数据库继续运行`,
    );
    setTimeout(() => {
      if (stopping) return;
      next = startNext();
      supervise(next);
    }, delay);
  });
}
supervise(next);

const killNext = () => {
  stopping = true;
  try {
    process.kill(-next.pid!, 'SIGTERM');
  } catch {
    /* already gone */
  }
};
stopOnSignals(async () => {
  await new Promise<void>((resolve) =>
    next.exitCode !== null || next.signalCode !== null ? resolve() : next.once('exit', () => resolve()),
  );
  await dbh.stop();
}, killNext);
console.log(`信息公开申请办理台：http://localhost:${port}（Ctrl-C 停止）`);
