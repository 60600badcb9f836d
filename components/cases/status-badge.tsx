import { STATUS_LABELS, type CaseStatus } from '@/lib/cases/labels';
import { html } from '@/components/html';
import { Markup } from '@/components/markup';

const COLORS: Record<CaseStatus, string> = {
  open: 'bg-blue-50 text-blue-800 border-blue-200',
  correction: 'bg-violet-50 text-violet-800 border-violet-200',
  consulting: 'bg-cyan-50 text-cyan-800 border-cyan-200',
  review: 'bg-amber-50 text-amber-800 border-amber-200',
  approved: 'bg-emerald-50 text-emerald-800 border-emerald-200',
  closed: 'bg-slate-100 text-slate-600 border-slate-200',
};

// .badge (app/globals.css) carries the shape, so markup lists (case-rows.tsx) stay short.
export const statusBadgeHtml = (status: CaseStatus) => html`<span class="badge ${COLORS[status]}">${STATUS_LABELS[status]}</span>`;

export function StatusBadge({ status }: { status: CaseStatus }) {
  return <Markup as="span" html={statusBadgeHtml(status)} />;
}
