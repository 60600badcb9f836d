import { html } from '@/components/html';
import { Markup } from '@/components/markup';

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
export function timelineHtml(items: TimelineItem[]) {
  // Styled by .timeline in app/globals.css: the same classes on every entry were half its bytes.
  return html`<ol class="timeline" aria-label="办理记录">
    ${items.map(
      (e) =>
        html`<li data-event="${e.type}">
          <b>${e.label}</b><span>${e.on}</span><small>${e.actor ?? '系统'} · 记录于 ${e.at}</small>${e.summary && html`<p>${e.summary}</p>`}
        </li>`,
    )}
  </ol>`;
}

export function Timeline({ items }: { items: TimelineItem[] }) {
  return <Markup html={timelineHtml(items)} />;
}
