// Fills a .docx template with docxtemplater. Unfilled or unknown tags are errors, never blanks.
import Docxtemplater from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module.js';
import PizZip from 'pizzip';
import { DomainError } from '@/lib/shared/errors';
import { PLACEHOLDERS } from './placeholders';

export class TemplateError extends DomainError {
  constructor(
    message: string,
    readonly names: string[] = [],
  ) {
    super('invalid', message);
  }
}

function open(bytes: Uint8Array, modules: unknown[] = []): Docxtemplater {
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch {
    throw new TemplateError('文件已损坏或不是 .docx 文件');
  }
  if (!zip.file('word/document.xml')) throw new TemplateError('文件不是 Word 文档（缺少 word/document.xml）');
  try {
    return new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: true,
      errorLogging: false,
      modules: modules as never[],
      nullGetter: (part) => {
        throw new TemplateError(`占位符 {${part.value}} 没有数据`, [String(part.value)]);
      },
    });
  } catch (err) {
    const e = err as { properties?: { errors?: { properties?: { explanation?: string; xtag?: string } }[] } };
    const errors = e.properties?.errors ?? [];
    const names = errors.map((x) => x.properties?.xtag).filter(Boolean) as string[];
    const detail = errors
      .map((x) => x.properties?.explanation)
      .filter(Boolean)
      .join('；');
    throw new TemplateError(`模板格式错误${detail ? `：${detail}` : ''}`, names);
  }
}

/** Every tag a template uses (including loop names and the tags inside loops). */
export function templateTags(bytes: Uint8Array): string[] {
  const inspect = new InspectModule();
  open(bytes, [inspect]);
  const tags = new Set<string>();
  const walk = (node: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(node)) {
      tags.add(k);
      if (v && typeof v === 'object') walk(v as Record<string, unknown>);
    }
  };
  walk(inspect.getAllTags());
  return [...tags];
}

export function unknownTags(bytes: Uint8Array): string[] {
  return templateTags(bytes).filter((t) => !(t in PLACEHOLDERS));
}

export function renderDocx(template: Uint8Array, data: Record<string, unknown>): Uint8Array {
  const doc = open(template);
  try {
    doc.render(data);
  } catch (err) {
    if (err instanceof TemplateError) throw err;
    throw new TemplateError(`填充模板失败：${(err as Error).message}`);
  }
  return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
}
