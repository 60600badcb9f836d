import { esc } from '@/components/markup';
import { APPLICANT_KIND_LABELS, CHANNEL_LABELS, STATUS_LABELS } from '@/lib/cases/labels';
import type { ListItem } from '@/lib/cases/list-cases';
import { badgeClass } from './status-badge';
import { dueNote, dueTone, dueUrgency, PROVISIONAL_TITLE } from './due-cell';

/**
 * The case list's rows as markup (see components/markup.tsx): the list is the page clerks open
 * most, and 50 rows of React elements were most of its cost. Same look as StatusBadge and DueCell;
 * the cells are styled by .case-rows in app/globals.css rather than per-cell classes, which were
 * half of every row's bytes (and every byte is sent twice: the HTML and React's copy of the page).
 */
export function caseRowsHtml(items: ListItem[], left: (c: ListItem) => number | null): string {
  if (!items.length) return '<tr><td colspan="8" class="p-6 text-center text-slate-500">没有符合条件的案件</td></tr>';
  return items
    .map((c) => {
      const l = left(c);
      const u = dueUrgency(l);
      const due = c.dueOn
        ? `<span class="${dueTone(l)}" data-due="${c.dueOn}" data-left="${l ?? ''}">${c.dueOn}` +
          (dueNote(l) ? `<small>（${dueNote(l)}）</small>` : '') +
          (c.dueProvisional ? `<small class="text-slate-600" title="${PROVISIONAL_TITLE}">暂定</small>` : '') +
          '</span>'
        : '<span class="text-slate-600">—</span>';
      return (
        `<tr${u ? ` class="${u}"` : ''}><td><a href="/cases/${c.id}">${esc(c.trackingNo)}</a></td>` +
        `<td><span class="${badgeClass(c.status)}">${STATUS_LABELS[c.status]}</span>` +
        // Open with something awaiting review that is not the reply: the extension of the reply period.
        (c.pendingReview && c.status !== 'review' ? '<small class="text-amber-700">延长期限待审核</small>' : '') +
        `</td><td>${CHANNEL_LABELS[c.channel]}</td>` +
        `<td>${esc(c.applicantName)}<small class="text-slate-600">${APPLICANT_KIND_LABELS[c.applicantKind]}</small></td>` +
        `<td title="${esc(c.description)}">${esc(c.description)}</td>` +
        `<td>${c.receivedOn}</td><td>${due}</td><td>${esc(c.assignee?.name ?? '—')}</td></tr>`
      );
    })
    .join('');
}
