import { esc, Markup } from '@/components/markup';

export interface TimelineItem {
  id: string;
  type: string;
  label: string;
  on: string;
  at: string;
  actor: string | null;
  summary: string;
}

/** A case's history, oldest first; written as markup (a long case has hundreds of entries). */
export function Timeline({ items }: { items: TimelineItem[] }) {
  // Styled by .timeline in app/globals.css: the same classes on every entry were half its bytes.
  const li = (e: TimelineItem) =>
    `<li data-event="${esc(e.type)}"><b>${esc(e.label)}</b><span>${esc(e.on)}</span>` +
    `<small>${esc(e.actor ?? '系统')} · 记录于 ${esc(e.at)}</small>` +
    (e.summary ? `<p>${esc(e.summary)}</p>` : '') +
    '</li>';
  return <Markup html={`<ol class="timeline" aria-label="办理记录">${items.map(li).join('')}</ol>`} />;
}
