// A case list's filter as it travels in a URL: the list page, its API and its export read the same
// parameters the same way, so an export holds exactly the cases the list shows.
import type { ListFilter } from './list-cases';

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
