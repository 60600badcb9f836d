// Letters as a person reads them: .docx files converted by LibreOffice in one run, each read back
// page by page with pdftotext (pages split at the form feed it writes).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function docxPages(files: Uint8Array[]): string[][] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-pdf-'));
  try {
    const names = files.map((f, i) => {
      const name = path.join(dir, `l${i}.docx`);
      fs.writeFileSync(name, f);
      return name;
    });
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names],
      {
        stdio: 'ignore',
        timeout: 300_000,
      },
    );
    return names.map((n) =>
      execFileSync('pdftotext', ['-layout', n.replace(/\.docx$/, '.pdf'), '-'], { encoding: 'utf8' })
        .split('\f')
        .filter((p) => p.trim()),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
