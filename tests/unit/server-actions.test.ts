// Every server action is built by serverAction(permission, …), so none can skip its permission
// check: each export of every actions module is loaded and must be a function serverAction made,
// with a permission the permission table knows. A plain `export async function` fails here.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '@/lib/auth/permissions';
import { permissionOf } from '@/lib/auth/server-action';

function actionFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? actionFiles(p) : e.name === 'actions.ts' ? [p] : [];
  });
}

describe('server actions', () => {
  const files = actionFiles('app');

  it('exist', () => expect(files.length).toBeGreaterThanOrEqual(10));

  it.each(files)('%s exports only actions built by serverAction with a known permission', async (file) => {
    const mod = (await import(path.resolve(file))) as Record<string, unknown>;
    const exported = Object.entries(mod);
    expect(exported.length).toBeGreaterThan(0);
    for (const [name, value] of exported) {
      const permission = permissionOf(value);
      expect(permission, `${file}: ${name} must be serverAction('permission', …)`).toBeDefined();
      expect(Object.keys(PERMISSIONS)).toContain(permission);
    }
  });
});
