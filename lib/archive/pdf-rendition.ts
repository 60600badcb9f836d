// PDF renditions of .docx files by LibreOffice (`soffice --headless --convert-to pdf`), the same
// engine a person would print with. Run as a child process from the background job only — never on
// a request — with its own profile directory (so two runs can't collide) and a time limit.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { inTempDir } from '@/lib/shared/temp-dir';

const LIMIT_MS = 180_000;

/** Pages of a PDF: its page objects (not the /Pages tree nodes). */
function pdfPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![s\w])/g) ?? []
  ).length;
}

/** Each .docx as a PDF with its page count, in one LibreOffice run; throws if LibreOffice fails or is missing. */
export async function renderPdfs(files: Uint8Array[]): Promise<{ pdf: Uint8Array; pages: number }[]> {
  if (files.length === 0) return [];
  return inTempDir('dd-pdf-', async (dir) => {
    const names = await Promise.all(
      files.map(async (f, i) => {
        const name = path.join(dir, `f${i}.docx`);
        await fs.writeFile(name, f);
        return name;
      }),
    );
    await new Promise<void>((resolve, reject) => {
      const child = execFile(
        // A program found on PATH, not a file of this project: nothing for the bundler to trace.
        /*turbopackIgnore: true*/ process.env.SOFFICE_PATH || 'soffice',
        [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names],
        { timeout: LIMIT_MS, maxBuffer: 1024 * 1024 },
        (err) => (err ? reject(err) : resolve()),
      );
      // The lowest CPU priority: requests to the server on the same cores go first.
      if (child.pid)
        try {
          os.setPriority(child.pid, 19);
        } catch {
          /* not allowed here: it runs at normal priority */
        }
    });
    return Promise.all(
      names.map(async (n) => {
        const pdf = new Uint8Array(await fs.readFile(n.replace(/\.docx$/, '.pdf')));
        return { pdf, pages: pdfPages(pdf) };
      }),
    );
  });
}
