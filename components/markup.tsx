// For the few long, read-only lists written as markup instead of React elements (year tables, a
// case's timeline): at hundreds of rows, building, serialising and server-rendering elements was
// most of those pages' cost. Everything that goes into such markup goes through esc().
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const esc = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** Markup made by one of the writers above, as an element. */
export function Markup({ html }: { html: string }) {
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
