// A .docx or .xlsx is a zip: a few kilobytes can inflate to gigabytes. Before any parser sees one,
// its central directory is read (entry count, declared uncompressed sizes) and then every entry is
// inflated once into nothing, counting bytes, so an entry that lies about its size is stopped at
// the cap. yauzl does both (validateEntrySizes); its inflation runs on zlib's thread pool, so the
// check itself never holds up other requests.
import yauzl from 'yauzl';
import { DomainError } from '@/lib/shared/errors';

export interface ZipBudget {
  /** Most entries the archive may have. */
  entries: number;
  /** Most bytes all entries together may inflate to. */
  bytes: number;
  /** What the file is called in messages, e.g. "模板" or "表格". */
  what: string;
  /** Tighter caps for named entries (a sheet's shared strings are all held in memory at once). */
  entryBytes?: Record<string, number>;
}

class ZipBudgetError extends DomainError {
  constructor(message: string) {
    super('invalid', message, 'file');
  }
}

const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

function openZip(bytes: Uint8Array, what: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true, validateEntrySizes: true },
      (err, zip) => (err || !zip ? reject(new ZipBudgetError(`${what}文件已损坏或不是有效的压缩包（.docx/.xlsx）`)) : resolve(zip)),
    ),
  );
}

function entriesOf(zip: yauzl.ZipFile, onEntry: (e: yauzl.Entry) => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.on('entry', (e: yauzl.Entry) => onEntry(e).then(() => zip.readEntry(), reject));
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
}

/** Refuses (ZipBudgetError, in Chinese) an archive over the budget, by its directory and by inflating it. */
export async function checkZipBudget(bytes: Uint8Array, budget: ZipBudget): Promise<{ entries: number; bytes: number }> {
  const too = () => new ZipBudgetError(`${budget.what}解压后超过 ${mb(budget.bytes)}，不予处理`);
  // 1. The directory: counts and declared sizes, no inflating.
  const dir = await openZip(bytes, budget.what);
  if (dir.entryCount > budget.entries) {
    dir.close();
    throw new ZipBudgetError(`${budget.what}中的文件条目超过 ${budget.entries} 个，不予处理`);
  }
  let declared = 0;
  const entryCap = (name: string) => budget.entryBytes?.[name] ?? Infinity;
  const tooBig = (name: string) => new ZipBudgetError(`${budget.what}中的 ${name.slice(0, 60)} 解压后超过 ${mb(entryCap(name))}，不予处理`);
  await entriesOf(dir, async (e) => {
    declared += e.uncompressedSize;
    if (declared > budget.bytes) throw too();
    if (e.uncompressedSize > entryCap(e.fileName)) throw tooBig(e.fileName);
  }).finally(() => dir.close());
  // 2. The data: each entry inflated and counted; a stream longer than it declared fails.
  const zip = await openZip(bytes, budget.what);
  let inflated = 0;
  try {
    await entriesOf(zip, (e) =>
      e.fileName.endsWith('/')
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) =>
            zip.openReadStream(e, (err, stream) => {
              if (err || !stream) return reject(new ZipBudgetError(`${budget.what}文件已损坏，无法解压`));
              let entry = 0;
              stream.on('data', (chunk: Buffer) => {
                inflated += chunk.length;
                entry += chunk.length;
                if (inflated > budget.bytes) stream.destroy(too());
                else if (entry > entryCap(e.fileName)) stream.destroy(tooBig(e.fileName));
              });
              stream.on('error', (x) => reject(x instanceof ZipBudgetError ? x : new ZipBudgetError(`${budget.what}文件已损坏，无法解压`)));
              stream.on('end', () => resolve());
            }),
          ),
    );
  } finally {
    zip.close();
  }
  return { entries: dir.entryCount, bytes: inflated };
}
