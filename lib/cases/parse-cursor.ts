// A list's place as it travels in a URL: "key|id", the key being the sort's date (empty for none).
// The case list, its API, its export's checks and the 归档 check's parts read it here, one way.
import { isIsoDate } from '@/lib/shared/dates';

/** The cursor's date and id, or null for anything that isn't one of ours. */
export function parseCursor(c: string | undefined): { key: string | null; id: number } | null {
  const m = c ? /^(\d{4}-\d{2}-\d{2}|)\|(\d{1,9})$/.exec(c) : null;
  // A key that isn't a real date (2026-02-30) is no cursor: the first page, not a database error.
  return m && (!m[1] || isIsoDate(m[1])) ? { key: m[1] || null, id: Number(m[2]) } : null;
}
