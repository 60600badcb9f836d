/** @type {import('next').NextConfig} */
const dev = process.env.NODE_ENV === 'development';

// Next.js inlines its bootstrap scripts, so scripts need 'unsafe-inline' (nonces would make every
// page dynamic); everything else is same-origin only, and nothing may frame the app.
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  // The ALTCHA widget on the public form solves its proof of work in workers it makes from blobs.
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: csp },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

const nextConfig = {
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with a 403 status for a signed-in user with the wrong role.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '6mb' } },
  // These run in Node only; bundling them breaks their native/wasm loading.
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'bcryptjs', '@resvg/resvg-js'],
  turbopack: {
    // chinese-days' package.json says commonjs but bundlers pick its ESM build, which fails.
    resolveAlias: { 'chinese-days': 'chinese-days/dist/index.min.js' },
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Letter previews keep their own, stricter policy (later rules win for the same header).
      {
        source: '/api/v1/documents/:id/preview',
        headers: [
          {
            key: 'Content-Security-Policy',
            value:
              "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; form-action 'none'; base-uri 'none'",
          },
        ],
      },
      // HSTS only when the request came over TLS (through the office's reverse proxy).
      {
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }],
      },
    ];
  },
};

export default nextConfig;
