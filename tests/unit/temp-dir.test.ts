// The working directory of a child process's files is gone afterwards, also when the work failed.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inTempDir } from '@/lib/shared/temp-dir';

describe('inTempDir', () => {
  it('gives a fresh private directory and removes it with its files after the work', async () => {
    let seen = '';
    const out = await inTempDir('dd-test-', async (dir) => {
      seen = dir;
      expect(fs.statSync(dir).mode & 0o077).toBe(0);
      fs.writeFileSync(path.join(dir, 'f.pdf'), 'x');
      return 42;
    });
    expect(out).toBe(42);
    expect(fs.existsSync(seen)).toBe(false);
  });

  it('removes it when the work throws, and passes the error on', async () => {
    let seen = '';
    await expect(
      inTempDir('dd-test-', async (dir) => {
        seen = dir;
        fs.mkdirSync(path.join(dir, 'profile'));
        throw new Error('soffice failed');
      }),
    ).rejects.toThrow('soffice failed');
    expect(seen).not.toBe('');
    expect(fs.existsSync(seen)).toBe(false);
  });
});
