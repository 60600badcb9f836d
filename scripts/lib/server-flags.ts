// Node flags for the production server (`npm start`, the bench). No heap cap by default: measured at
// 1 M cases, 32 clients, the server peaks at 0.7–1 GB, and a heap snapshot shows why — Next keeps
// ~1,500 finished requests (response objects, render state) reachable through an aborted signal's
// Error whose unformatted stack holds a chain of setImmediate entries. A cap bounds that, but V8
// then collects constantly: with 384 MB the pages served ~35 % fewer requests, with 256 MB the
// trivial page fell from 180 to 76 req/s over a run. DD_SERVER_HEAP_MB sets a cap for an operator
// who prefers memory to speed (exports and ledger imports stream, so 256 is enough for them).
export const serverNodeFlags = () =>
  Number(process.env.DD_SERVER_HEAP_MB) ? [`--max-old-space-size=${Number(process.env.DD_SERVER_HEAP_MB)}`] : [];
