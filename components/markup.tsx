import type { SafeHtml } from './html';

/** Markup written by `html` (components/html.ts), as an element. */
export function Markup({ html, as: Tag = 'div' }: { html: SafeHtml; as?: 'div' | 'span' | 'tbody' }) {
  return <Tag dangerouslySetInnerHTML={html} />;
}
