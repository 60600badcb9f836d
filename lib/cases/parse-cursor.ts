// A list's place as it travels in a URL: "key|id", the key being the sort's date (empty for none).
// The case list, its API, its export's checks and the 归档 check's parts read it here, one way.
import { isIsoDate } from '@/lib/shared/dates';
import { idFromAddress } from '@/lib/shared/id-from-address';

/** The cursor's date and id (read as any record's number in an address), or null for anything else. */
export function parseCursor(c: string | undefined): { key: string | null; id: number } | null {
  const bar = c ? c.indexOf('|') : -1;
  if (!c || bar < 0) return null;
  const key = c.slice(0, bar);
  const id = idFromAddress(c.slice(bar + 1));
  // A key that isn't a real date (2026-02-30) is no cursor: the first page, not a database error.
  return id !== null && (key === '' || isIsoDate(key)) ? { key: key || null, id } : null;
}
