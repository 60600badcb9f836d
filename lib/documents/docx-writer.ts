// Writes a plain, print-ready .docx (A4, GB/T 9704 margins, 仿宋/宋体 with fallbacks) from a list
// of paragraphs. Used to build the default templates; placeholders such as {applicantName} stay
// whole inside one run, which is what docxtemplater needs to fill them.
import PizZip from 'pizzip';
import { imageXml, tableXml, type Block } from './docx-blocks';

type ParaKind =
  'title' | 'docNo' | 'addressee' | 'body' | 'right' | 'plain' | 'blank' | 'heading' | 'sealSpace' | 'signature' | 'date' | 'note' | 'slip';
export interface Para {
  kind: ParaKind;
  text: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Half-points: 二号 22pt = 44, 三号 16pt = 32.
const STYLE: Record<ParaKind, { size: number; font: string; bold?: boolean; jc?: string; firstLineChars?: number; rightChars?: number }> = {
  title: { size: 44, font: '方正小标宋简体', jc: 'center' },
  heading: { size: 32, font: '黑体' },
  docNo: { size: 32, font: '仿宋_GB2312', jc: 'center' },
  addressee: { size: 32, font: '仿宋_GB2312' },
  body: { size: 32, font: '仿宋_GB2312', firstLineChars: 200, jc: 'both' },
  right: { size: 32, font: '仿宋_GB2312', jc: 'right' },
  plain: { size: 32, font: '仿宋_GB2312' },
  blank: { size: 32, font: '仿宋_GB2312' },
  sealSpace: { size: 32, font: '仿宋_GB2312' },
  // 成文日期右空四字; the signature right-aligned with it (GB/T 9704 §7.3.5).
  signature: { size: 32, font: '仿宋_GB2312', jc: 'right', rightChars: 400 },
  date: { size: 32, font: '仿宋_GB2312', jc: 'right', rightChars: 400 },
  note: { size: 28, font: '仿宋_GB2312' },
  // A reply slip (回执) to cut off and return: its lines stay on one page.
  slip: { size: 32, font: '仿宋_GB2312' },
};

function paragraph(p: Para, keepNext: boolean): string {
  const s = STYLE[p.kind];
  const ppr = [
    keepNext ? '<w:keepNext/><w:keepLines/>' : '',
    s.jc ? `<w:jc w:val="${s.jc}"/>` : '',
    s.firstLineChars ? `<w:ind w:firstLineChars="${s.firstLineChars}" w:firstLine="640"/>` : '',
    s.rightChars ? `<w:ind w:rightChars="${s.rightChars}" w:right="${s.rightChars * 3.2}"/>` : '',
    '<w:spacing w:line="560" w:lineRule="exact"/>',
  ].join('');
  const rpr = `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${s.font}" w:hint="eastAsia"/>${s.bold ? '<w:b/>' : ''}<w:sz w:val="${s.size}"/><w:szCs w:val="${s.size}"/>`;
  const run = p.text ? `<w:r><w:rPr>${rpr}</w:rPr><w:t xml:space="preserve">${esc(p.text)}</w:t></w:r>` : '';
  return `<w:p><w:pPr>${ppr}<w:rPr>${rpr}</w:rPr></w:pPr>${run}</w:p>`;
}

/**
 * The last paragraph before the signature, the room for the seal, the signature, the date and
 * the contact line are kept together, so the signature never stands alone at the top of a page.
 */
function layout(paras: (Para | Block)[], images: Uint8Array[]): string {
  const seal = paras.findIndex((p) => p.kind === 'sealSpace');
  return paras
    .map((p, i) => {
      if (p.kind === 'table') return tableXml(p);
      if (p.kind === 'image') {
        images.push(p.png);
        return imageXml(p, images.length, `rIdImg${images.length}`);
      }
      const note = paras.findIndex((x) => x.kind === 'note');
      const keep = seal >= 0 && i >= seal - 1 && i < (note >= 0 ? note : seal + 2);
      if (p.kind === 'sealSpace') return paragraph({ kind: 'blank', text: '' }, true) + paragraph({ kind: 'blank', text: '' }, true);
      if (p.kind === 'slip') return paragraph(p, paras[i + 1]?.kind === 'slip');
      // A heading never ends a page: it stays with what it heads (a paragraph or a table's first row).
      if (p.kind === 'heading') return paragraph(p, true);
      return paragraph(p, keep);
    })
    .join('');
}

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const DRAWING_NS = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"';

/** A letter (paragraphs) or a report (paragraphs, tables and pictures). */
export function buildDocx(paras: (Para | Block)[]): Uint8Array {
  const zip = new PizZip();
  const images: Uint8Array[] = [];
  const body = layout(paras, images);
  // A fixed timestamp so the same template always produces the same bytes.
  const opts = { date: new Date(Date.UTC(2025, 0, 1)) };
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>',
    opts,
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    opts,
  );
  images.forEach((png, i) => zip.file(`word/media/chart${i + 1}.png`, png, opts));
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>${images
      .map(
        (_, i) =>
          `<Relationship Id="rIdImg${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/chart${i + 1}.png"/>`,
      )
      .join('')}</Relationships>`,
    opts,
  );
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`,
    opts,
  );
  // A4; margins per GB/T 9704: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (in twips).
  zip.file(
    'word/footer1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr ${NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">— </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple><w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>`,
    opts,
  );
  // Page numbers "— 1 —" centred in the footer (GB/T 9704 §7.5).
  const sect =
    '<w:sectPr><w:footerReference w:type="default" r:id="rId2"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>';
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS} ${DRAWING_NS}><w:body>${body}${sect}</w:body></w:document>`,
    opts,
  );
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}
