// Runs once when a server process starts: the abort-reason fix that lets finished renders go
// (lib/runtime/abort-reasons.ts), the job worker (mail, the morning digest, cleanup) and the cache listener (other processes'
// changes to tokens, users, the calendar and anything counted) live here, beside the app.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { formatAbortReasons } = await import('./lib/runtime/abort-reasons');
    formatAbortReasons();
  }
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.DATABASE_URL) {
    const { startJobs } = await import('./lib/jobs/worker');
    startJobs(process.env.DATABASE_URL);
    const { broadcast, listenForChanges } = await import('./lib/db/change-feed');
    const { forgetTokenActors } = await import('./lib/auth/tokens');
    const { invalidateCalendar } = await import('./lib/deadlines/load-calendar');
    const { clearDerived, tellOthersWith } = await import('./lib/statistics/derived-cache');
    listenForChanges(process.env.DATABASE_URL, { tokens: forgetTokenActors, calendar: invalidateCalendar, derived: clearDerived });
    tellOthersWith((agencyId) => broadcast(agencyId === undefined ? 'derived' : `derived:${agencyId}`));
  }
}
