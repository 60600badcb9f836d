// How many bytes of request body each kind of route may receive. The HTTP server
// (scripts/next-server.mjs) enforces it while the body streams in, chunked or not, so nothing past
// the cap is ever held: a 413 answers before Next.js (or a route's formData/arrayBuffer) reads it.
// Plain JavaScript because the server loads it without a TypeScript step.

const MB = 1024 * 1024;

/** The caps, by what a route takes. Uploads match the limits their routes state to the user. */
export const BODY_LIMITS = {
  json: { bytes: 1 * MB, label: '1 MB' }, // the staff API's JSON
  auth: { bytes: 64 * 1024, label: '64 KB' }, // sign-in forms
  page: { bytes: 6 * MB, label: '6 MB' }, // server actions (Next's own bodySizeLimit is the same)
  template: { bytes: 5 * MB, label: '5 MB' }, // a .docx template
  import: { bytes: 50 * MB, label: '50 MB' }, // a historical ledger
  public: { bytes: 55 * MB, label: '55 MB' }, // the public form: 5 attachments of 10 MB and the fields
};

/**
 * The cap for a request, by method and path (the query string is ignored).
 * @param {string | undefined} method
 * @param {string | undefined} url
 * @returns {{ bytes: number, label: string }}
 */
export function bodyLimitFor(method, url) {
  const path = (url ?? '/').split('?')[0];
  if (path === '/api/public/applications' || path.startsWith('/api/public/applications/')) return BODY_LIMITS.public;
  if (path === '/api/v1/imports') return BODY_LIMITS.import;
  if (path.startsWith('/api/v1/templates/') && method === 'PUT') return BODY_LIMITS.template;
  if (path.startsWith('/api/auth/')) return BODY_LIMITS.auth;
  if (path.startsWith('/api/')) return BODY_LIMITS.json;
  return BODY_LIMITS.page;
}

/** The 413 body, in the API's error shape. @param {{ label: string }} limit */
export function tooLargeBody(limit) {
  return JSON.stringify({ error: { code: 'too_large', message: `请求内容过大（上限 ${limit.label}）` } });
}
