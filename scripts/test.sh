#!/usr/bin/env bash
# `npm test`: lint, types, the pure unit tests (seconds), build, integration + stress tests
# (throwaway PostgreSQL), the security tests against a running server, then the end-to-end suite
# in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== lint"; npm run -s lint; node_modules/.bin/prettier --check . > /dev/null || { node_modules/.bin/prettier --check . ; exit 1; }
echo "== typecheck"; node_modules/.bin/tsc --noEmit
echo "== unit tests"; node_modules/.bin/vitest run --project unit
echo "== build"; node_modules/.bin/next build > /tmp/dd-build.log 2>&1 || { cat /tmp/dd-build.log; exit 1; }
echo "== integration and stress tests"; node_modules/.bin/vitest run --project integration
echo "== security tests (against a running server)"; node_modules/.bin/vitest run --project security
echo "== end-to-end"; node_modules/.bin/playwright test
