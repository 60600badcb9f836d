// Node flags for the production server (`npm start`, the bench). V8 otherwise lets the heap grow
// toward a quarter of the machine's memory: under 32 concurrent page renders the server sat at
// 0.7–1 GB with ~150 MB live. Capped, it collects sooner and stays near 300 MB at the same
// throughput. Everything large streams (exports, ledger imports), so the cap is not a limit on
// what an office can do; DD_SERVER_HEAP_MB raises it.
export const serverNodeFlags = () => [`--max-old-space-size=${Number(process.env.DD_SERVER_HEAP_MB) || 256}`];
