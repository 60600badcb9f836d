// The app's HTTP server: Next.js as `next start` runs it, plus what Next can't do —
//  - pass on the address of the connection itself as x-dd-peer, overwriting any such header a
//    client sent (sign-in throttling keys on it, with X-Forwarded-For only as far as TRUST_PROXY
//    allows);
//  - cap every request body while it streams in (lib/runtime/body-limit.mjs): a declared length
//    over the cap is answered 413 at once, and a chunked body is cut off at the first byte past
//    it, before Next or a route has buffered it;
//  - time every request for /api/metrics (lib/runtime/metrics.mjs).
// HOST (default 127.0.0.1) is the interface it listens on; a container sets 0.0.0.0.
import http from 'node:http';
import next from 'next';
import { bodyLimitFor, tooLargeBody } from '../lib/runtime/body-limit.mjs';
import { timeRequest } from '../lib/runtime/metrics.mjs';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST || '127.0.0.1';
const dev = process.argv.includes('--dev');
const app = next({ dev, port, hostname: 'localhost' });
const handle = app.getRequestHandler();
await app.prepare();

/**
 * Answers 413 and stops reading; whatever Next later writes to this response is dropped. The
 * connection is not closed at once: a client still sending would get a reset before it read the
 * answer (curl does, browsers and Node's http client don't). Reading stops (the client's sends
 * block), and after a second the connection goes.
 */
function refuse(req, res, limit) {
  if (!res.headersSent) {
    // Marked as consumed, so Node doesn't drain the rest of the body to reuse the connection.
    req._consuming = true;
    res.writeHead(413, { 'content-type': 'application/json; charset=utf-8' });
    res.end(tooLargeBody(limit));
  }
  for (const m of ['writeHead', 'setHeader', 'write', 'end', 'flushHeaders']) res[m] = () => res;
  req.socket.pause();
  setTimeout(() => req.destroy(new Error('request body over the limit')), 1000).unref();
}

const server = http.createServer((req, res) => {
  timeRequest(req, res);
  req.headers['x-dd-peer'] = req.socket.remoteAddress ?? '';
  if (req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined) {
    const limit = bodyLimitFor(req.method, req.url);
    if (Number(req.headers['content-length'] ?? 0) > limit.bytes) return refuse(req, res, limit);
    // The HTTP parser hands each body chunk to req.push: counting there sees every byte before any
    // reader does, whatever the transfer encoding.
    let seen = 0;
    const push = req.push;
    req.push = function (chunk, encoding) {
      if (chunk) {
        seen += chunk.length;
        if (seen > limit.bytes) {
          refuse(req, res, limit);
          return false;
        }
      }
      return push.call(this, chunk, encoding);
    };
  }
  handle(req, res);
});
// Longer than any client's idle keep-alive, so a reused connection is never closed under a request.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, host, () => console.log(`  ▲ Next.js ready on ${host}:${port}`));
const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
