import { html } from '@/components/html';
import { APPLICANT_KIND_LABELS, CHANNEL_LABELS } from '@/lib/cases/labels';
import type { ListItem } from '@/lib/cases/list-cases';
import { statusBadgeHtml } from './status-badge';
import { dueHtml, dueUrgency } from './due-cell';

/**
 * The case list's rows as markup (components/html.ts): the list is the page clerks open most, and
 * 50 rows of React elements were most of its cost. The badge and the due date are the same writers
 * StatusBadge and DueCell show; the cells are styled by .case-rows in app/globals.css rather than
 * per-cell classes, which were half of every row's bytes (and every byte is sent twice: the HTML and
 * React's copy of the page).
 */
export function caseRowsHtml(items: ListItem[], left: (c: ListItem) => number | null) {
  if (!items.length)
    return html`<tr>
      <td colspan="8" class="p-6 text-center text-slate-500">没有符合条件的案件</td>
    </tr>`;
  return html`${items.map((c) => {
    const l = left(c);
    const u = dueUrgency(l);
    return html`<tr${u && html` class="${u}"`}><td><a href="/cases/${c.id}">${c.trackingNo}</a></td><td>${statusBadgeHtml(c.status)}${
      // Open with something awaiting review that is not the reply: the extension of the reply period.
      c.pendingReview && c.status !== 'review' && html`<small class="text-amber-700">延长期限待审核</small>`
    }</td><td>${CHANNEL_LABELS[c.channel]}</td><td>${c.applicantName}<small class="text-slate-600">${APPLICANT_KIND_LABELS[c.applicantKind]}</small></td><td title="${c.description}">${c.description}</td><td>${c.receivedOn}</td><td>${dueHtml({ dueOn: c.dueOn, left: l, provisional: c.dueProvisional })}</td><td>${c.assignee?.name ?? '—'}</td></tr>`;
  })}`;
}
