// Node flags for the production server (`npm start`, the bench). The JavaScript heap is capped at
// DD_SERVER_HEAP_MB (384 unless set; 0 for none). Measured at 1 M cases, 32 clients: the server
// peaks at ~330 MB with the cap and ~600 MB without (V8 grows the heap while it can), pages ~5–10 %
// faster without it. The cap is affordable since finished requests are let go
// (lib/runtime/abort-reasons.ts); before that the live heap was ~3× larger and a cap made V8 collect
// constantly. Exports and ledger imports stream, so even 256 is enough for them.
export function serverNodeFlags(env: NodeJS.ProcessEnv = process.env): string[] {
  const mb = env.DD_SERVER_HEAP_MB === undefined || env.DD_SERVER_HEAP_MB === '' ? 384 : Number(env.DD_SERVER_HEAP_MB);
  return Number.isFinite(mb) && mb > 0 ? [`--max-old-space-size=${Math.round(mb)}`] : [];
}
