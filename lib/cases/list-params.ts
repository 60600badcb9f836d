// A case list's filter as it travels in a URL: the list page, its API and its export read the same
// parameters the same way, so an export holds exactly the cases the list shows.
import { DomainError, type FieldProblem } from '@/lib/shared/errors';
import { isIsoDate } from '@/lib/shared/dates';
import type { ListFilter } from './list-cases';
import { parseCursor } from './parse-cursor';

export const FILTER_KEYS = [
  'status',
  'channel',
  'kind',
  'topic',
  'disposition',
  'assignee',
  'receivedFrom',
  'receivedTo',
  'dueFrom',
  'dueBefore',
  'q',
] as const;
const SORTS = ['due', 'received', 'newest'] as const;

export function parseListParams(get: (key: string) => string | null | undefined, defaultView: ListFilter['view'] = 'all'): ListFilter {
  const view = get('view');
  const sort = get('sort');
  const f: ListFilter = {
    view: view === 'mine' || view === 'review' || view === 'all' ? view : defaultView,
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as ListFilter['sort']) : 'due',
    cursor: get('cursor') ?? undefined,
  };
  for (const k of FILTER_KEYS) {
    const v = get(k);
    if (v) f[k] = v.slice(0, 200);
  }
  return f;
}

const DATE_KEYS = {
  receivedFrom: '收到日期（起）',
  receivedTo: '收到日期（止）',
  dueFrom: '答复期限（起）',
  dueBefore: '答复期限（止）',
} as const;

/**
 * Dates in a filter that don't exist (2026-02-30) and a cursor that isn't one of ours: each named
 * in Chinese. The API answers them 400 and the list page shows them, instead of ignoring them.
 */
export function listParamProblems(f: ListFilter): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const [k, label] of Object.entries(DATE_KEYS) as [keyof typeof DATE_KEYS, string][])
    if (f[k] && !isIsoDate(f[k])) out.push({ field: k, message: `${label}不是有效日期（格式为 2025-03-04）` });
  if (f.cursor && !parseCursor(f.cursor)) out.push({ field: 'cursor', message: '翻页参数无效，请从第一页重新查看' });
  return out;
}

/** Throws the problems of listParamProblems as one 400. */
export function assertListParams(f: ListFilter): ListFilter {
  const problems = listParamProblems(f);
  if (problems.length) throw new DomainError('invalid', problems.map((p) => p.message).join('；'), undefined, problems);
  return f;
}
