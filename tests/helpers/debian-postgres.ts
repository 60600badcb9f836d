// Debian's PostgreSQL (the `postgresql` package: initdb, pg_ctl, pg_basebackup), for tests that
// need what the embedded one doesn't ship — a primary with a streaming replica. The servers run as
// the `postgres` user (PostgreSQL refuses root), on 127.0.0.1 with trust, in a directory of the test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The newest installed server's binaries, or null when the package isn't installed. */
export function debianPgBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'pg_basebackup')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], 'bin') : null;
}

function asPostgres(bin: string, tool: string, args: string[]) {
  const r = spawnSync('runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')}: ${r.stderr || r.stdout}`);
  return r.stdout;
}

export interface Cluster {
  port: number;
  dataDir: string;
  url: (database: string) => string;
  start: () => void;
  stop: () => void;
}

function cluster(bin: string, dataDir: string, port: number, socketDir: string): Cluster {
  const log = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.log`);
  return {
    port,
    dataDir,
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    start: () => void asPostgres(bin, 'pg_ctl', ['-D', dataDir, '-l', log, '-w', '-o', `-p ${port} -k ${socketDir}`, 'start']),
    stop: () => void asPostgres(bin, 'pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']),
  };
}

/** A new primary in `dir`/primary: UTF-8, trust on 127.0.0.1 (replication too), pg_stat_statements loaded. */
export function startPrimary(bin: string, dir: string, port: number): Cluster {
  fs.chmodSync(dir, 0o777);
  const dataDir = path.join(dir, 'primary');
  asPostgres(bin, 'initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  fs.appendFileSync(
    path.join(dataDir, 'postgresql.conf'),
    [
      "listen_addresses = '127.0.0.1'",
      'wal_level = replica',
      'max_wal_senders = 5',
      "shared_preload_libraries = 'pg_stat_statements'",
      'hot_standby_feedback = on',
      // A test's cluster: no crash to survive, and migrations commit hundreds of times.
      'fsync = off',
      'full_page_writes = off',
      '',
    ].join('\n'),
  );
  fs.appendFileSync(path.join(dataDir, 'pg_hba.conf'), 'host replication all 127.0.0.1/32 trust\n');
  const c = cluster(bin, dataDir, port, dir);
  c.start();
  return c;
}

/** A streaming replica of `primary` in `dir`/replica (pg_basebackup -R: it follows the primary). */
export function startReplica(bin: string, dir: string, primary: Cluster, port: number): Cluster {
  const dataDir = path.join(dir, 'replica');
  asPostgres(bin, 'pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    String(primary.port),
    '-U',
    'postgres',
    '-D',
    dataDir,
    '-R',
    '-X',
    'stream',
    '--checkpoint=fast',
  ]);
  const c = cluster(bin, dataDir, port, dir);
  c.start();
  return c;
}
