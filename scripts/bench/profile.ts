// Summarises a V8 .cpuprofile (the server run with `npm run bench -- --profile`): self time by
// package or source file, and the hottest functions, so "where the time goes" is a printed table.
import fs from 'node:fs';
import path from 'node:path';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

function bucket(url: string): string {
  if (!url) return '(native / gc / idle)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 13).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return url;
  const app = url.indexOf('.next/server/');
  return app >= 0
    ? `app: ${url
        .slice(app + 13)
        .split('/')
        .slice(0, 3)
        .join('/')}`
    : path.basename(url);
}

export function summariseProfiles(dir: string, top = 20): string {
  const byBucket = new Map<string, number>();
  const byFn = new Map<string, number>();
  let total = 0;
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.cpuprofile'))) {
    const p = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
    const nodes = new Map(p.nodes.map((n) => [n.id, n]));
    p.samples.forEach((id, i) => {
      const n = nodes.get(id)!;
      const dt = p.timeDeltas[i] ?? 0;
      if (n.callFrame.functionName === '(idle)') return;
      total += dt;
      const b = bucket(n.callFrame.url);
      byBucket.set(b, (byBucket.get(b) ?? 0) + dt);
      const fn = `${n.callFrame.functionName || '(anonymous)'} ${bucket(n.callFrame.url)}`;
      byFn.set(fn, (byFn.get(fn) ?? 0) + dt);
    });
  }
  const rows = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `  ${((v / total) * 100).toFixed(1).padStart(5)} %  ${k}`)
      .join('\n');
  return `CPU profile of the server (${(total / 1e6).toFixed(1)} s busy):\nby package / file:\n${rows(byBucket)}\nhottest functions:\n${rows(byFn)}`;
}

if (process.argv[1]?.endsWith('profile.ts') && process.argv[2])
  console.log(summariseProfiles(process.argv[2], Number(process.argv[3] ?? 25)));
