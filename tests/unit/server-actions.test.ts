// Every server action checks the permission table on the server before it does anything.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '@/lib/auth/permissions';

function actionFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? actionFiles(p) : e.name === 'actions.ts' ? [p] : [];
  });
}

describe('server actions', () => {
  const files = actionFiles('app');
  const actions = files.flatMap((file) => {
    const src = fs.readFileSync(file, 'utf8');
    expect(src.startsWith("'use server';"), file).toBe(true);
    return src.split('\nexport async function ').slice(1).map((chunk) => {
      const lines = chunk.split('\n');
      const bodyStart = lines.findIndex((l) => l.trimEnd().endsWith('{'));
      const first = lines.slice(bodyStart + 1).find((l) => l.trim()) ?? '';
      return { file, name: chunk.slice(0, chunk.indexOf('(')), permission: /^\s*const actor = await requirePermission\('([\w.]+)'/.exec(first)?.[1] };
    });
  });

  it('exist', () => expect(actions.length).toBeGreaterThanOrEqual(15));

  it.each(actions.map((a) => [`${a.file} ${a.name}`, a] as const))('%s starts with requirePermission', (_label, a) => {
    expect(a.permission, `${a.name} must begin with: const actor = await requirePermission('…')`).toBeDefined();
    expect(Object.keys(PERMISSIONS)).toContain(a.permission);
  });
});
