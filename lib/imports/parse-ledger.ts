// Reads a ledger file (CSV in UTF-8, or .xlsx) into rows of strings keyed by column. The file type
// is decided by its content, not its name or declared type.
import { DomainError } from '@/lib/shared/errors';
import { checkZipBudget } from '@/lib/files/zip-budget';
import { once } from 'node:events';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { CHINESE_HEADERS, columnFor, COLUMNS, REQUIRED, type Column } from './ledger-columns';

export class LedgerFileError extends DomainError {
  constructor(message: string) {
    super('invalid', message, 'file');
  }
}

/** The file's headers don't name every required column: the answer carries what a mapping step needs. */
export class LedgerColumnsError extends LedgerFileError {
  constructor(
    message: string,
    readonly headers: string[],
    readonly guesses: (Column | null)[],
  ) {
    super(message);
  }
}

/** Header text → column (or '' for "don't import"), as chosen in the mapping step. */
export type ColumnMap = Record<string, Column | ''>;

export function checkColumnMap(raw: unknown): ColumnMap {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new LedgerFileError('列对应关系格式无效');
  const out: ColumnMap = {};
  const used = new Set<string>();
  for (const [h, c] of Object.entries(raw as Record<string, unknown>).slice(0, 200)) {
    if (c !== '' && !COLUMNS.includes(c as Column)) throw new LedgerFileError(`列“${h.slice(0, 40)}”对应的项目无效`);
    if (c && used.has(c as string)) throw new LedgerFileError(`“${CHINESE_HEADERS[c as Column][0]}”被对应了两次`);
    if (c) used.add(c as string);
    out[h] = c as Column | '';
  }
  return out;
}

export interface RawRow {
  row: number;
  values: Partial<Record<Column, string>>;
}

/**
 * What one ledger may hold. A file over them is refused whole before anything is imported: rows
 * past the cap, an .xlsx row numbered past it (ExcelJS would walk every number up to it), a sheet
 * that inflates past the budget.
 */
const LEDGER_LIMITS = {
  rows: 200_000,
  xlsxEntries: 1000,
  xlsxInflatedBytes: 100 * 1024 * 1024,
  // ExcelJS holds every shared string in memory while it reads the sheet: bounded apart.
  xlsxSharedStringsBytes: 40 * 1024 * 1024,
};
const tooManyRows = () => new LedgerFileError(`文件超过 ${LEDGER_LIMITS.rows.toLocaleString('en-US')} 行数据，请拆分为多个文件分批导入`);

/**
 * Hands the event loop back to other requests whenever this reader has held it for a while:
 * a ledger is parsed in slices of ~20 ms, so nobody else waits longer than that for it.
 */
function fairShare(sliceMs = 20): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < sliceMs) return;
    await nextTurn();
    since = performance.now();
  };
}

const isXlsx = (b: Uint8Array) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('result' in v && v.result !== undefined) return cellText(v.result as ExcelJS.CellValue);
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    return '';
  }
  return String(v);
}

/** The first sheet's rows, streamed (blank rows between as empty ones, so row numbers hold). */
async function* xlsxRows(bytes: Uint8Array): AsyncGenerator<string[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    styles: 'cache', // a cell is a date by its number format
  });
  let sheets = 0;
  try {
    for await (const sheet of reader) {
      sheets++;
      let last = 0;
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        if (row.number > LEDGER_LIMITS.rows + 1) throw tooManyRows();
        for (; last < row.number - 1; last++) yield [];
        last = row.number;
        yield (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
      }
      break; // the first sheet only
    }
  } catch (err) {
    if (err instanceof LedgerFileError) throw err;
    throw new LedgerFileError('无法读取该 .xlsx 文件，文件可能已损坏');
  }
  if (!sheets) throw new LedgerFileError('.xlsx 文件中没有工作表');
}

const CHUNK = 1 << 20;

/**
 * A CSV's records one at a time, decoded a megabyte at a time: a 50 MB ledger held as one string
 * and one array of rows needed more than 512 MB of heap; read like this it needs a few.
 */
async function* csvRecords(bytes: Uint8Array): AsyncGenerator<string[]> {
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: false });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const feed = (async () => {
    try {
      for (let i = 0; i < bytes.length; i += CHUNK) {
        let text: string;
        try {
          text = decoder.decode(bytes.subarray(i, i + CHUNK), { stream: i + CHUNK < bytes.length });
        } catch {
          throw new LedgerFileError('文件既不是 .xlsx，也不是 UTF-8 编码的 CSV（如从 Excel 另存，请选择“CSV UTF-8”）');
        }
        if (text.includes('\u0000')) throw new LedgerFileError('文件含有二进制内容，不是 CSV');
        if (!parser.write(text)) await once(parser, 'drain');
      }
      parser.end();
    } catch (err) {
      parser.destroy(err as Error);
    }
  })();
  try {
    for await (const record of parser) yield record as string[];
  } catch (err) {
    throw err instanceof LedgerFileError ? err : new LedgerFileError(`CSV 格式错误：${(err as Error).message}`);
  } finally {
    parser.destroy();
    await feed;
  }
}

async function* tableRows(bytes: Uint8Array): AsyncGenerator<string[]> {
  const pause = fairShare();
  let n = 0;
  for await (const cells of isXlsx(bytes) ? xlsxRows(bytes) : csvRecords(bytes)) {
    if (++n > LEDGER_LIMITS.rows + 1) throw tooManyRows();
    yield cells;
    await pause();
  }
}

export interface Ledger {
  /** Rows with any content, as the progress bar counts them. */
  total: number;
  unknownHeaders: string[];
  /** The rows, read afresh from the file on each call. */
  rows: () => AsyncGenerator<RawRow>;
}

const blank = (cells: string[]) => cells.every((c) => !String(c ?? '').trim());

/** Checks the header (and the whole file's encoding), counts the rows; rows() then reads them. */
export async function openLedger(bytes: Uint8Array, mapping?: ColumnMap): Promise<Ledger> {
  if (isXlsx(bytes))
    await checkZipBudget(bytes, {
      entries: LEDGER_LIMITS.xlsxEntries,
      bytes: LEDGER_LIMITS.xlsxInflatedBytes,
      what: '表格',
      entryBytes: { 'xl/sharedStrings.xml': LEDGER_LIMITS.xlsxSharedStringsBytes },
    }).catch((e) => {
      throw new LedgerFileError((e as Error).message);
    });
  let header: string[] | null = null;
  let total = 0;
  for await (const cells of tableRows(bytes)) {
    if (!header) header = cells.map((h) => String(h ?? '').trim());
    else if (!blank(cells)) total++;
  }
  header ??= [];
  const chosen = (h: string) => (mapping && h in mapping ? mapping[h] || null : undefined);
  const columns = header.map((h) => (chosen(h) === undefined ? columnFor(h) : chosen(h) || undefined));
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length)
    throw new LedgerColumnsError(
      `以下必需的列在表头中找不到：${missing.map((c) => CHINESE_HEADERS[c][0]).join('、')}。请指明文件中的哪一列对应哪一项（第一行须为表头）`,
      header.slice(0, 200),
      columns.slice(0, 200).map((c) => c ?? null),
    );
  const unknownHeaders = header.filter((h, i) => h && !columns[i] && chosen(h) === undefined);
  async function* rows(): AsyncGenerator<RawRow> {
    let i = 0;
    for await (const cells of tableRows(bytes)) {
      if (i++ === 0 || blank(cells)) continue;
      const values: Partial<Record<Column, string>> = {};
      columns.forEach((col, j) => {
        if (col) values[col] = String(cells[j] ?? '').trim();
      });
      yield { row: i, values };
    }
  }
  return { total, unknownHeaders, rows };
}
