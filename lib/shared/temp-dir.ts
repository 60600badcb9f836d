// A private working directory for a child process's files (a PDF to read, .docx files to convert),
// removed afterwards whatever happens, so no applicant's file stays behind in the temp directory.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export async function inTempDir<T>(prefix: string, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  try {
    return await fn(dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
