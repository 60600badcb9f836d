import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvLines } from '@/lib/files/csv';

describe('CSV cells are text (OWASP CSV injection)', () => {
  it("prefixes a cell starting with =, +, -, @, tab or CR with ', quotes what needs quoting, keeps numbers", () => {
    const hostile = ["=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x","点我")'];
    const text = csvLines([hostile, ['张三', '含,逗号', '含"引号', -5, 12]]);
    const [first, second] = parse(text, { relax_column_count: true }) as string[][];
    expect(first).toEqual(hostile.map((v) => `'${v}`));
    expect(second).toEqual(['张三', '含,逗号', '含"引号', '-5', '12']);
    expect(text.endsWith('\r\n')).toBe(true);
  });
});
