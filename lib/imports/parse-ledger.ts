// Reads a ledger file (CSV in UTF-8, or .xlsx) into rows of strings keyed by column. The file type
// is decided by its content, not its name or declared type.
import { DomainError } from '@/lib/shared/errors';
import { parse } from 'csv-parse/sync';
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

async function readTable(bytes: Uint8Array): Promise<string[][]> {
  if (isXlsx(bytes)) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw new LedgerFileError('无法读取该 .xlsx 文件，文件可能已损坏');
    }
    const ws = wb.worksheets[0];
    if (!ws) throw new LedgerFileError('.xlsx 文件中没有工作表');
    const out: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const vals = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
      out[n - 1] = vals;
    });
    return Array.from(out, (r) => r ?? []);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new LedgerFileError('文件既不是 .xlsx，也不是 UTF-8 编码的 CSV（如从 Excel 另存，请选择“CSV UTF-8”）');
  }
  if (text.includes('\u0000')) throw new LedgerFileError('文件含有二进制内容，不是 CSV');
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (err) {
    throw new LedgerFileError(`CSV 格式错误：${(err as Error).message}`);
  }
}

export async function parseLedger(bytes: Uint8Array, mapping?: ColumnMap): Promise<{ rows: RawRow[]; unknownHeaders: string[] }> {
  const table = await readTable(bytes);
  const header = (table[0] ?? []).map((h) => String(h ?? '').trim());
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
  const rows: RawRow[] = [];
  for (let i = 1; i < table.length; i++) {
    const cells = table[i];
    if (!cells || cells.every((c) => !String(c ?? '').trim())) continue;
    const values: Partial<Record<Column, string>> = {};
    columns.forEach((col, j) => {
      if (col) values[col] = String(cells[j] ?? '').trim();
    });
    rows.push({ row: i + 1, values });
  }
  return { rows, unknownHeaders };
}
