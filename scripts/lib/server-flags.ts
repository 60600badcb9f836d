// Node flags for the production server (`npm start`, the bench). No heap cap by default: a cap makes
// V8 collect more often under load, and the server's live heap is small once finished requests are
// let go (lib/runtime/abort-reasons.ts). DD_SERVER_HEAP_MB sets one for an operator who prefers
// memory to speed (exports and ledger imports stream, so 256 is enough for them).
export const serverNodeFlags = () =>
  Number(process.env.DD_SERVER_HEAP_MB) ? [`--max-old-space-size=${Number(process.env.DD_SERVER_HEAP_MB)}`] : [];
