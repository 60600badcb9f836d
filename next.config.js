/** @type {import('next').NextConfig} */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
];

const nextConfig = {
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with a 403 status for a signed-in user with the wrong role.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '6mb' } },
  // These run in Node only; bundling them breaks their native/wasm loading.
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'bcryptjs'],
  turbopack: {
    // chinese-days' package.json says commonjs but bundlers pick its ESM build, which fails.
    resolveAlias: { 'chinese-days': 'chinese-days/dist/index.min.js' },
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
