// Prisma 7's CLI wants its native schema engine, which is fetched from a host this machine can't
// reach. `generate` doesn't use it, so any existing file satisfies the check — for this command
// only (with it set, `migrate diff` would "succeed" silently; we never run migrate here).
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['prisma', 'generate'], {
  stdio: 'inherit',
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
});
process.exit(result.status ?? 1);
