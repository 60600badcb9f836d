// Opening, inspecting and filling a .docx template, and reading one as HTML: the one place these
// libraries are driven. Plain JavaScript so that the worker thread that checks uploaded templates
// (template-check.worker.mjs) loads it as it is, without a bundler or a TypeScript step;
// render.ts and manage-templates.ts give it types and the domain's error class.
import Docxtemplater from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module.js';
import mammoth from 'mammoth';
import PizZip from 'pizzip';

/** A template problem, in Chinese, with the placeholder names it concerns. */
export class DocxProblem extends Error {
  /** @param {string} message @param {string[]} [names] */
  constructor(message, names = []) {
    super(message);
    this.names = names;
  }
}

/** @param {Uint8Array} bytes @param {unknown[]} [modules] @returns {Docxtemplater} */
function open(bytes, modules = []) {
  let zip;
  try {
    zip = new PizZip(bytes);
  } catch {
    throw new DocxProblem('文件已损坏或不是 .docx 文件');
  }
  if (!zip.file('word/document.xml')) throw new DocxProblem('文件不是 Word 文档（缺少 word/document.xml）');
  try {
    return new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: true,
      errorLogging: false,
      modules: /** @type {never[]} */ (modules),
      nullGetter: (part) => {
        throw new DocxProblem(`占位符 {${part.value}} 没有数据`, [String(part.value)]);
      },
    });
  } catch (err) {
    const errors =
      /** @type {{ properties?: { errors?: { properties?: { explanation?: string; xtag?: string } }[] } }} */ (err).properties?.errors ??
      [];
    const names = /** @type {string[]} */ (errors.map((x) => x.properties?.xtag).filter(Boolean));
    const detail = errors
      .map((x) => x.properties?.explanation)
      .filter(Boolean)
      .join('；');
    throw new DocxProblem(`模板格式错误${detail ? `：${detail}` : ''}`, names);
  }
}

/** Every tag a template uses (including loop names and the tags inside loops). @param {Uint8Array} bytes @returns {string[]} */
export function templateTags(bytes) {
  const inspect = new InspectModule();
  open(bytes, [inspect]);
  const tags = new Set();
  /** @param {Record<string, unknown>} node */
  const walk = (node) => {
    for (const [k, v] of Object.entries(node)) {
      tags.add(k);
      if (v && typeof v === 'object') walk(/** @type {Record<string, unknown>} */ (v));
    }
  };
  walk(inspect.getAllTags());
  return [...tags];
}

/** The template filled with `data`, as a new .docx. @param {Uint8Array} template @param {Record<string, unknown>} data @returns {Uint8Array} */
export function fillDocx(template, data) {
  const doc = open(template);
  try {
    doc.render(data);
  } catch (err) {
    if (err instanceof DocxProblem) throw err;
    throw new DocxProblem(`填充模板失败：${/** @type {Error} */ (err).message}`);
  }
  const zip = doc.getZip();
  zip.file('word/document.xml', splitLineBreaks(zip.file('word/document.xml').asText()));
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * A value with several lines (numbered correction items, released files, reasons) is filled as line
 * breaks inside one paragraph, and a justified paragraph stretches every line that ends in a break
 * across the page. Each line becomes a paragraph of its own with the same paragraph and run format,
 * so only whole paragraphs are justified and their last lines stay natural. docxtemplater writes a
 * value's newline as a run of its own (<w:r><w:br/></w:r>) or, in older versions, inside the run
 * (</w:t><w:br/><w:t>); page and column breaks (<w:br w:type=…/>) are left alone.
 * @param {string} xml @returns {string}
 */
function splitLineBreaks(xml) {
  return xml.replace(/<w:p\b[^>]*>(?:(?!<\/w:p>)[\s\S])*<\/w:p>/g, (para) => {
    if (!para.includes('<w:br/>')) return para;
    const open = /^<w:p\b[^>]*>/.exec(para)?.[0] ?? '<w:p>';
    const pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(para)?.[0] ?? '';
    const next = `</w:p>${open}${pPr}`;
    return para
      .replace(/<w:r\b[^>]*>(?:<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*<\/w:rPr>)?<w:br\/><\/w:r>/g, next)
      .replace(/(<w:r\b[^>]*>)(<w:rPr>[\s\S]*?<\/w:rPr>)?((?:(?!<\/w:r>)[\s\S])*)<\/w:r>/g, (run, rOpen, rPr = '', inner) =>
        inner.includes('</w:t><w:br/><w:t')
          ? `${rOpen}${rPr}${inner.replace(/<\/w:t><w:br\/><w:t(?: [^>]*)?>/g, `</w:t></w:r>${next}${rOpen}${rPr}<w:t xml:space="preserve">`)}</w:r>`
          : run,
      );
  });
}

/**
 * HTML for reading a letter in the browser. mammoth escapes text but keeps hyperlink targets as
 * written (a `javascript:` link in an uploaded template would survive), so links are dropped:
 * a letter's preview needs none.
 * @param {Uint8Array} bytes @returns {Promise<string>}
 */
export async function docxHtml(bytes) {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return value
    .replace(/<a\b[^>]*>/gi, '')
    .replace(/<\/a>/gi, '')
    .replace(/\s(href|src)\s*=\s*"(?!data:image\/)[^"]*"/gi, '');
}
