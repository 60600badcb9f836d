// The case list's filter form, written as markup (components/html.ts): a plain GET form of a dozen
// fields and some hundred options, which as React elements cost a fifth of the page's render.
import { html } from '@/components/html';
import { APPLICANT_KIND_LABELS, APPLICANT_KINDS, CHANNEL_LABELS, CHANNELS, STATUS_LABELS, STATUSES } from '@/lib/cases/labels';

type Options = [value: string, label: string][];
const FIELD = 'rounded border border-slate-300 px-2 py-1';

const select = (label: string, name: string, current: string, options: Options, cls = FIELD) =>
  html`<label class="flex flex-col"
    >${label}<select name="${name}" class="${cls}">
      ${options.map(([v, l]) => html`<option value="${v}" ${v === current && html` selected`}>${l}</option>`)}
    </select></label
  >`;

const input = (label: string, name: string, value: string | undefined, type = 'date', placeholder = '') =>
  html`<label class="flex flex-col"
    >${label}<input
      type="${type}"
      name="${name}"
      value="${value ?? ''}"
      ${placeholder && html` placeholder="${placeholder}"`}
      class="${FIELD}"
  /></label>`;

const hidden = (name: string, value: string | undefined) => value && html`<input type="hidden" name="${name}" value="${value}" />`;

export interface FilterForm {
  p: Record<string, string | undefined>;
  view: string;
  status: string | undefined;
  sort: string | undefined;
  topics: { name: string }[];
  dispositions: { code: string; label: string }[];
  clerks: { id: number; name: string }[];
}

export function caseFiltersHtml({ p, view, status, sort, topics, dispositions, clerks }: FilterForm) {
  const all: Options = [['', '全部']];
  return html`${[
    p.cell && html`${hidden('cell', p.cell)}${hidden('year', p.year)}${hidden('kind', p.kind)}`,
    hidden('view', view),
    input('关键词', 'q', p.q, 'text', '编号、申请人、内容'),
    select('状态', 'status', status ?? '', [...all, ['active', '未办结'], ...STATUSES.map((s): [string, string] => [s, STATUS_LABELS[s]])]),
    select('渠道', 'channel', p.channel ?? '', [...all, ...CHANNELS.map((c): [string, string] => [c, CHANNEL_LABELS[c]])]),
    select('申请人类型', 'kind', p.kind && !p.cell ? p.kind : '', [
      ...all,
      ...APPLICANT_KINDS.map((k): [string, string] => [k, APPLICANT_KIND_LABELS[k]]),
    ]),
    select('主题', 'topic', p.topic ?? '', [...all, ...topics.map((t): [string, string] => [t.name, t.name])]),
    select(
      '处理结果',
      'disposition',
      p.disposition ?? '',
      [...all, ...dispositions.map((d): [string, string] => [d.code, d.label])],
      `max-w-48 ${FIELD}`,
    ),
    select('承办人', 'assignee', p.assignee ?? '', [
      ...all,
      ['none', '未分派'],
      ...clerks.map((u): [string, string] => [String(u.id), u.name]),
    ]),
    input('收到日期自', 'receivedFrom', p.receivedFrom),
    input('收到日期至', 'receivedTo', p.receivedTo),
    input('到期日自', 'dueFrom', p.dueFrom),
    input('到期不晚于', 'dueBefore', p.dueBefore),
    hidden('sort', sort),
    html`<button class="rounded bg-slate-800 px-3 py-1.5 text-white">筛选</button>`,
  ]}`;
}
