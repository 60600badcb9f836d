// The one way to write markup as text (the long read-only lists: year tables, the case list's rows,
// a case's timeline — as React elements they were most of those pages' cost). `html` is a tagged
// template: every interpolated string or number is escaped; only markup made by `html` itself goes
// in as it is. Markup from anywhere else can enter only through `trustedHtml`, by name, so every
// such place can be found with grep. The result is `{ __html }`, what dangerouslySetInnerHTML takes,
// and a plain object, so it can be handed to a client component.
export interface SafeHtml {
  readonly __html: string;
}
type Part = string | number | null | undefined | false | SafeHtml | readonly Part[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeText = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]);

const made = new WeakSet<SafeHtml>();
function mark(s: string): SafeHtml {
  const h = Object.freeze({ __html: s });
  made.add(h);
  return h;
}

function write(v: Part): string {
  if (v === null || v === undefined || v === false) return '';
  if (Array.isArray(v)) return v.map(write).join('');
  if (typeof v === 'object') {
    if (made.has(v as SafeHtml)) return (v as SafeHtml).__html;
    // An object shaped like markup but not made here (from a request, a database row): refused.
    throw new TypeError('html: only markup written by html`` may be interpolated');
  }
  return escapeText(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += write(values[i]) + strings[i + 1];
  return mark(out);
}

/** Markup not written by `html` (a converted .docx preview): the one named way in. */
export const trustedHtml = (markup: string): SafeHtml => mark(markup);
