// Reads a filled letter before it is issued, the way a reviewer would, and names what is wrong:
// a heading with nothing after it, empty brackets, a statute named twice, a leftover placeholder,
// or a time limit that falls before the letter's own date.
import PizZip from 'pizzip';
import type { IsoDate } from '@/lib/shared/dates';

/** The text of each paragraph of a .docx, in order. */
export function docxParagraphs(bytes: Uint8Array): string[] {
  const xml = new PizZip(bytes).file('word/document.xml')?.asText() ?? '';
  return xml
    .split('</w:p>')
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1])
        .join('')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    )
    .filter((t, i, all) => t !== '' || i < all.length - 1);
}

const DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/g;
const iso = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

/** Internal forms quote the clerk's own text (a legal basis may name a statute twice), so that check is for letters. */
export function letterProblems(paragraphs: string[], letterDate: IsoDate, { internal = false } = {}): string[] {
  const problems = new Set<string>();
  paragraphs.forEach((p, i) => {
    const next = paragraphs.slice(i + 1).find((x) => x.trim() !== '') ?? '';
    if (/(如下|提供如下)：\s*$/.test(p) && (!next || /^(提供形式|本答复以|如对本)/.test(next)))
      problems.add(`"${p.slice(-12)}"之后没有内容`);
    if (/（\s*）|“\s*”|\(\s*\)|〔\s*〕/.test(p)) problems.add('文中有空的括号或引号');
    if (!internal && /(《[^》]{2,40}》)(（[^）]*）)?\s*(、|和|及)?\s*\1/.test(p)) problems.add('同一法规名称重复出现');
    if (/\{[A-Za-z#/]+\}/.test(p)) problems.add('文中有未填写的占位符');
    if (/[：:]\s*$/.test(p) && !next) problems.add('文书以冒号结尾，后面没有内容');
    // A limit the letter sets ("于…前", "即…前") can't be before the letter itself.
    for (const m of p.matchAll(new RegExp(`${DATE.source}前`, 'g'))) {
      if (iso(m[1], m[2], m[3]) < letterDate) problems.add(`文中期限${m[0]}早于文书日期`);
    }
  });
  return [...problems];
}
