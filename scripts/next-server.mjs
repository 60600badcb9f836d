// The app's HTTP server: Next.js as `next start` runs it, plus one thing Next can't do — pass on
// the address of the connection itself as x-dd-peer, overwriting any such header a client sent.
// Sign-in throttling keys on it (with X-Forwarded-For only as far as TRUST_PROXY allows).
import http from 'node:http';
import next from 'next';

const port = Number(process.env.PORT ?? 3000);
const dev = process.argv.includes('--dev');
const app = next({ dev, port, hostname: 'localhost' });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  req.headers['x-dd-peer'] = req.socket.remoteAddress ?? '';
  handle(req, res);
});
// Longer than any client's idle keep-alive, so a reused connection is never closed under a request.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, () => console.log(`  ▲ Next.js ready on port ${port}`));
const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
