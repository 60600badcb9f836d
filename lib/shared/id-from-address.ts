// A record's number as an address carries it (a path segment, a query parameter). Digits only and
// at most nine of them, so it always fits PostgreSQL's integer; anything else names no record, and
// the caller answers "not found" rather than letting the database reject it.
export function idFromAddress(raw: string | null | undefined): number | null {
  return raw && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}
