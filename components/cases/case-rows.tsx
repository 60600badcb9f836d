import { esc } from '@/components/markup';
import { APPLICANT_KIND_LABELS, CHANNEL_LABELS, STATUS_LABELS } from '@/lib/cases/labels';
import type { ListItem } from '@/lib/cases/list-cases';
import { badgeClass } from './status-badge';
import { dueNote, dueTone, dueUrgency, PROVISIONAL_TITLE } from './due-cell';

/**
 * The case list's rows as markup (see components/markup.tsx): the list is the page clerks open
 * most, and 50 rows of React elements were most of its cost. Same look as StatusBadge and DueCell.
 */
export function caseRowsHtml(items: ListItem[], left: (c: ListItem) => number | null): string {
  if (!items.length) return '<tr><td colspan="8" class="p-6 text-center text-slate-500">没有符合条件的案件</td></tr>';
  return items
    .map((c) => {
      const l = left(c);
      const u = dueUrgency(l);
      const tone = u ? { late: 'bg-red-50', soon: 'bg-amber-50' }[u] : '';
      const due = c.dueOn
        ? `<span class="${dueTone(l)}" data-due="${c.dueOn}" data-left="${l ?? ''}">${c.dueOn}` +
          (dueNote(l) ? `<span class="ml-1 text-xs">（${dueNote(l)}）</span>` : '') +
          (c.dueProvisional ? `<span class="ml-1 text-xs text-slate-500" title="${PROVISIONAL_TITLE}">暂定</span>` : '') +
          '</span>'
        : '<span class="text-slate-400">—</span>';
      return (
        `<tr class="border-b ${tone}"><td class="p-2 font-mono whitespace-nowrap"><a href="/cases/${c.id}" class="text-blue-700 underline">${esc(c.trackingNo)}</a></td>` +
        `<td class="p-2 whitespace-nowrap"><span class="${badgeClass(c.status)}">${STATUS_LABELS[c.status]}</span>` +
        (c.pendingReview && c.status !== 'review' ? '<span class="ml-1 text-xs text-amber-700">待审核</span>' : '') +
        `</td><td class="p-2 whitespace-nowrap">${CHANNEL_LABELS[c.channel]}</td>` +
        `<td class="p-2">${esc(c.applicantName)}<span class="ml-1 text-xs text-slate-500">${APPLICANT_KIND_LABELS[c.applicantKind]}</span></td>` +
        `<td class="max-w-xs truncate p-2" title="${esc(c.description)}">${esc(c.description)}</td>` +
        `<td class="p-2 whitespace-nowrap">${c.receivedOn}</td><td class="p-2 whitespace-nowrap">${due}</td>` +
        `<td class="p-2">${esc(c.assignee?.name ?? '—')}</td></tr>`
      );
    })
    .join('');
}
