// Dates as offices write them: 2017年5月23日 in headers and documents, 2017-05-23 in dense tables.
// Calendar dates are handled as UTC midnight so that no time zone shifts a day.

/** 2017年5月23日 — for headers and documents. */
export function formatDate(d: Date | string): string {
  const date = typeof d === 'string' ? new Date(d) : d;
  const z = toShanghai(date);
  return `${z.getUTCFullYear()}年${z.getUTCMonth() + 1}月${z.getUTCDate()}日`;
}

/** 2017-05-23 — for dense tables and the API. */
export function isoDate(d: Date): string {
  return toShanghai(d).toISOString().slice(0, 10);
}

// Timestamps (e.g. created_at) are shown in China Standard Time whatever the server's zone.
function toShanghai(d: Date): Date {
  return new Date(d.getTime() + 8 * 3600_000);
}

/** 2017-05-23 14:05 in China Standard Time — when something was recorded. */
export function formatTimestamp(d: Date): string {
  return toShanghai(d).toISOString().slice(0, 16).replace('T', ' ');
}
