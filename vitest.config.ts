import path from 'node:path';
import { defineConfig } from 'vitest/config';

// `server-only` as Next's server bundles have it (its empty build): the tests are server code.
const alias = {
  '@': path.resolve(import.meta.dirname),
  'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
};

// Two projects: `unit` is the pure core (no database, seconds); `integration` runs against a
// throwaway PostgreSQL, with the stress tests and the benchmark smoke (after the build, in npm test).
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 } },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/stress/**/*.test.ts'],
          globalSetup: ['tests/helpers/global-setup.ts'],
          setupFiles: ['tests/helpers/fresh-caches.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Attacks on a running server that time its answers (/api/health within 1 s, 413 before
        // the cap): one file at a time, so no other test's load is measured with them.
        resolve: { alias },
        test: {
          name: 'security',
          include: ['tests/security/**/*.test.ts'],
          globalSetup: ['tests/helpers/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
    // Two cores: more workers only contend for the one PostgreSQL.
    maxWorkers: 2,
  },
});
