// .xlsx laid out like the official table, and .csv: both by the rows' Chinese names.
import { chinaDate, formatCn } from '@/lib/shared/dates';
import { csvLines, CSV_BOM, type CsvCell } from '@/lib/files/csv';
import ExcelJS from 'exceljs';
import type { Report } from './build-report';
import { publishedCells } from './build-report';
import type { Cells } from './counting-rules';
import { FORMAT_LABELS, type FormatId } from './formats';
import { layout } from './layout';

export async function reportXlsx(r: Report, agencyName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '信息公开申请办理台';
  addReportSheet(
    wb,
    `${r.year}年度`,
    { year: r.year, format: r.format, cells: publishedCells(r), frozenAt: r.frozen?.at ?? null },
    agencyName,
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface SheetInput {
  year: number;
  format: FormatId;
  cells: Cells;
  frozenAt: Date | null;
  /** For a roll-up: how many agencies are summed, and how many of them have frozen the year. */
  rollup?: { agencies: number; frozen: number };
}

/** The roll-up: one sheet for the sum, then one per agency (sheet names are Excel-safe and unique). */
export async function rollupXlsx(
  sum: SheetInput,
  rootName: string,
  agencies: { id: number; name: string; shortName: string; sheet: SheetInput }[],
) {
  const wb = new ExcelJS.Workbook();
  wb.creator = '信息公开申请办理台';
  addReportSheet(wb, '汇总', sum, `${rootName}（含下级机关）`);
  for (const a of agencies) addReportSheet(wb, `${a.shortName.replace(/[[\]:*?/\\]/g, '')}${a.id}`.slice(0, 31), a.sheet, a.name);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function addReportSheet(wb: ExcelJS.Workbook, sheetName: string, r: SheetInput, agencyName: string) {
  const ws = wb.addWorksheet(sheetName, {
    pageSetup: {
      paperSize: 9,
      orientation: r.format === '2017' ? 'portrait' : 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  const sections = layout(r.format, r.cells);
  const width = 1 + Math.max(...sections.map((s) => s.columns.length)) + 1;
  const title = ws.addRow([r.format === '2017' ? '政府信息公开情况统计表' : `${agencyName}${r.year}年政府信息公开工作年度报告（附表）`]);
  ws.mergeCells(title.number, 1, title.number, width);
  title.font = { bold: true, size: 16, name: 'SimSun' };
  title.alignment = { horizontal: 'center' };
  const sub = ws.addRow([
    `（${r.year}年度）　填报单位：${agencyName}　${FORMAT_LABELS[r.format]}${
      r.rollup
        ? `　汇总 ${r.rollup.agencies} 个机关，其中 ${r.rollup.frozen} 个已冻结`
        : r.frozenAt
          ? `　已于${formatCn(chinaDate(r.frozenAt))}冻结`
          : '　未冻结'
    }`,
  ]);
  ws.mergeCells(sub.number, 1, sub.number, width);
  sub.alignment = { horizontal: 'center' };
  const border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } } as const;
  for (const s of sections) {
    if (sections.length > 1) ws.addRow([s.title]).font = { bold: true };
    // Chinese names only, as on screen: the stable row codes stay in the JSON API and the drill-down links.
    const head = ws.addRow([r.format === '2017' ? '统 计 指 标' : '项目', '单位', ...s.columns]);
    head.font = { bold: true };
    head.eachCell((c) => {
      c.border = border;
      c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });
    for (const { row, values } of s.rows) {
      const line = ws.addRow(['　'.repeat(row.indent) + row.label, row.unit, ...values.map((v) => (v === null ? '' : v))]);
      line.eachCell({ includeEmpty: true }, (c, col) => {
        c.border = border;
        if (col >= 3) c.alignment = { horizontal: 'right' };
      });
      if (row.source === 'heading') line.font = { bold: true };
    }
  }
  ws.getColumn(1).width = r.format === '2017' ? 52 : 60;
  ws.getColumn(2).width = 6;
  for (let i = 3; i <= width; i++) ws.getColumn(i).width = 12;
}

export function reportCsv(r: Report): string {
  const lines: CsvCell[][] = [];
  for (const s of layout(r.format, publishedCells(r))) {
    // Chinese names only: the stable row codes stay in the JSON API.
    lines.push([s.title, '单位', ...s.columns]);
    for (const { row, values } of s.rows) lines.push([row.label, row.unit, ...values]);
  }
  return CSV_BOM + csvLines(lines);
}
