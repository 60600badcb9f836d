// The text of a PDF the manager uploads for publishing, read by poppler's `pdftotext` in a child
// process (never parsed on the request loop), so the applicants' personal data can be looked for
// in the file itself and not only in its name and summary. A scanned PDF has no text to read, and
// pictures are not read at all: for those the manager's confirmation of the redaction stands.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { inTempDir } from '@/lib/shared/temp-dir';

const LIMIT_MS = 30_000;
/** Enough for any approval or notice; a longer file's first pages are what people read first. */
const MAX_PAGES = 200;
const MAX_TEXT = 8 * 1024 * 1024;
// pdftotext spaces out Chinese text set with character spacing (justified lines): 周 申 请.
const CJK_GAP = /(?<=[\u3400-\u9fff\uf900-\ufaff\uff00-\uffef])[ \t]+(?=[\u3400-\u9fff\uf900-\ufaff\uff00-\uffef])/g;

/** The PDF's text, or null when `pdftotext` is not installed (PDFTOTEXT_PATH). Throws on a file it cannot read. */
export async function pdfText(bytes: Uint8Array): Promise<string | null> {
  return inTempDir('dd-pdftext-', async (dir) => {
    const file = path.join(dir, 'f.pdf');
    await fs.writeFile(file, bytes);
    return await new Promise<string | null>((resolve, reject) =>
      execFile(
        // A program found on PATH, not a file of this project: nothing for the bundler to trace.
        /*turbopackIgnore: true*/ process.env.PDFTOTEXT_PATH || 'pdftotext',
        ['-q', '-enc', 'UTF-8', '-l', String(MAX_PAGES), file, '-'],
        { timeout: LIMIT_MS, maxBuffer: MAX_TEXT, encoding: 'utf8' },
        (err, stdout) => {
          if (err && (err as NodeJS.ErrnoException).code === 'ENOENT') resolve(null);
          else if (err) reject(err);
          else resolve(stdout.replace(CJK_GAP, ''));
        },
      ),
    );
  });
}
