// Every server action is built by serverAction(permission, …), so none can skip its permission
// check; a plain `export async function` in an actions file would bypass it and fails here.
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
  const exported = files.flatMap((file) => {
    const src = fs.readFileSync(file, 'utf8');
    expect(src.startsWith("'use server';"), file).toBe(true);
    // Each export with what follows it up to the next export (the formatter may wrap the call).
    return src
      .split(/^export /m)
      .slice(1)
      .map((chunk) => ({ file, line: chunk.replace(/\s+/g, ' ') }));
  });

  it('exist', () => expect(exported.length).toBeGreaterThanOrEqual(17));

  it.each(exported.map((a) => [`${a.file}: ${a.line.slice(0, 60)}`, a] as const))(
    '%s is built by serverAction with a known permission',
    (_label, a) => {
      const m = /^const \w+ = serverAction\( ?'([\w.]+)'/.exec(a.line);
      expect(m, "every export of an actions file must be: export const x = serverAction('permission', …)").not.toBeNull();
      expect(Object.keys(PERMISSIONS)).toContain(m![1]);
    },
  );
});
