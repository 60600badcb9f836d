// Tables and pictures for generated Word files (the annual report): plain OOXML, 宋体 五号 in
// tables, pictures inline and centred. The package parts they need (media, relationships,
// content types) are returned with the XML so the writer can add them.
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A table cell: its text, or text spanning columns (`span`) or rows (`rows`: the first of a vertical merge). */
export type TableCell = string | { text: string; span?: number; merge?: 'start' | 'continue' };
export interface TableBlock {
  kind: 'table';
  rows: TableCell[][];
  /** How many leading rows are headings (bold, centred, repeated on each page). */
  header: number;
  /** The first column's share of the width; the others share the rest equally. */
  firstWidth?: number;
  /** Each body row at least this tall, in twips (a form filled in by hand). */
  rowHeight?: number;
  /** Body cells in the text's own size (小四) rather than the report tables' 五号. */
  large?: boolean;
}
export interface ImageBlock {
  kind: 'image';
  png: Uint8Array;
  /** Size in pixels at 96 dpi. */
  width: number;
  height: number;
  caption: string;
}
export type Block = TableBlock | ImageBlock;

// The text width of an A4 page with GB/T 9704 margins, in twips.
const TEXT_WIDTH = 8844;

const cellXml = (c: Exclude<TableCell, string>, head: boolean, right: boolean, width: number, size = 18) =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${c.span && c.span > 1 ? `<w:gridSpan w:val="${c.span}"/>` : ''}${
    c.merge === 'start' ? '<w:vMerge w:val="restart"/>' : c.merge === 'continue' ? '<w:vMerge/>' : ''
  }<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="260" w:lineRule="auto"/>${
    right ? '<w:jc w:val="right"/>' : head ? '<w:jc w:val="center"/>' : ''
  }</w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体"/>${head ? '<w:b/>' : ''}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr><w:t xml:space="preserve">${esc(
    c.merge === 'continue' ? '' : c.text,
  )}</w:t></w:r></w:p></w:tc>`;

const spanOf = (c: TableCell) => (typeof c === 'string' ? 1 : (c.span ?? 1));

export function tableXml(t: TableBlock): string {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const n = Math.max(...t.rows.map((r) => r.reduce((sum, c) => sum + spanOf(c), 0)));
  const first = Math.round(TEXT_WIDTH * (t.firstWidth ?? (n > 2 ? 0.34 : 0.7)));
  const widths = [first, ...Array.from({ length: n - 1 }, () => Math.floor((TEXT_WIDTH - first) / Math.max(n - 1, 1)))];
  const rows = t.rows.map((r, i) => {
    const head = i < t.header;
    let col = 0;
    const cells = r.map((raw) => {
      const c = typeof raw === 'string' ? { text: raw } : raw;
      const span = spanOf(c);
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      const right = !head && /^[\d.]+$/.test(c.text);
      col += span;
      return cellXml(c, head, right, width, t.large ? 24 : 18);
    });
    const height = !head && t.rowHeight ? `<w:trHeight w:val="${t.rowHeight}" w:hRule="atLeast"/>` : '';
    return `<w:tr>${head || height ? `<w:trPr>${head ? '<w:tblHeader/>' : ''}${height}</w:trPr>` : ''}${cells.join('')}</w:tr>`;
  });
  return `<w:tbl><w:tblPr><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map(border)
    .join(
      '',
    )}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl><w:p/>`;
}

const EMU_PER_PX = 9525;

export function imageXml(img: ImageBlock, n: number, relId: string): string {
  const cx = img.width * EMU_PER_PX;
  const cy = img.height * EMU_PER_PX;
  return `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="${n}" name="图${n}" descr="${esc(img.caption)}"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="${n}" name="chart${n}.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="${relId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="黑体"/><w:sz w:val="24"/></w:rPr><w:t>${esc(img.caption)}</w:t></w:r></w:p>`;
}
