// Runs once when a server process starts: the mail outbox worker lives here, beside the app.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.DATABASE_URL) {
    const { startMailWorker } = await import('./lib/mail/worker');
    startMailWorker();
  }
}
