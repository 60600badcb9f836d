// Whether the production build is older than any source it is built from (npm start and the
// benchmark build again then, so neither runs yesterday's code).
import fs from 'node:fs';
import path from 'node:path';

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const e of fs.readdirSync(p)) if (e !== 'generated') max = Math.max(max, newestMtime(path.join(p, e)));
  return max;
}

export function needsBuild(): boolean {
  const buildId = '.next/BUILD_ID';
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  const sources = ['app', 'components', 'lib', 'proxy.ts', 'next.config.js', 'package-lock.json', 'prisma/schema.prisma'];
  return sources.some((s) => newestMtime(s) > built);
}
