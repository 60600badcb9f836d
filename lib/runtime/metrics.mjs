// Request latency for /api/metrics (Prometheus text format, prom-client). The HTTP server
// (scripts/next-server.mjs) times every request here, pages and API alike; the metrics route adds
// the database's figures when it is scraped. Plain JavaScript because the server loads it without a
// TypeScript step; the registry lives on globalThis so the server and the route's bundle share it.
import client from 'prom-client';

/** Distinct route labels kept; a client inventing paths must not grow the registry without end. */
const MAX_ROUTES = 300;

/**
 * @returns {{ registry: import('prom-client').Registry, latency: import('prom-client').Histogram<'route' | 'method' | 'status'>, routes: Set<string> }}
 */
export function metrics() {
  const g = /** @type {any} */ (globalThis);
  if (!g.ddMetrics) {
    const registry = new client.Registry();
    client.collectDefaultMetrics({ register: registry, prefix: 'dd_' });
    const latency = new client.Histogram({
      name: 'dd_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by route (ids as [id]), method and status class',
      labelNames: ['route', 'method', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
    g.ddMetrics = { registry, latency, routes: new Set() };
  }
  return g.ddMetrics;
}

/**
 * The route a URL belongs to, as a label: the path without its query, numbers and dates as [id],
 * Next's static files as one; past MAX_ROUTES distinct routes, "other".
 * @param {string | undefined} url
 */
function routeLabel(url) {
  const path = (url ?? '/').split('?')[0];
  if (path.startsWith('/_next/')) return '/_next';
  const route =
    path
      .split('/')
      .slice(0, 6)
      .map((s) => (/^\d[\d-]*$/.test(s) ? '[id]' : s.length > 40 ? '[long]' : s))
      .join('/') || '/';
  const { routes } = metrics();
  if (routes.has(route)) return route;
  if (routes.size >= MAX_ROUTES) return 'other';
  routes.add(route);
  return route;
}

/**
 * Starts timing a request; observes it when the response is finished (or the connection closed).
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function timeRequest(req, res) {
  const end = metrics().latency.startTimer();
  let done = false;
  const observe = () => {
    if (done) return;
    done = true;
    end({ route: routeLabel(req.url), method: req.method ?? 'GET', status: `${Math.floor(res.statusCode / 100)}xx` });
  };
  res.once('finish', observe);
  res.once('close', observe);
}
