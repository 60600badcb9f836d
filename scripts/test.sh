#!/usr/bin/env bash
# `npm test`: lint, unit + integration tests (throwaway PostgreSQL), build, end-to-end in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== lint"; node_modules/.bin/eslint . --max-warnings=0
echo "== typecheck"; node_modules/.bin/tsc --noEmit
echo "== unit and integration tests"; node_modules/.bin/vitest run
echo "== build"; node_modules/.bin/next build > /tmp/dd-build.log 2>&1 || { cat /tmp/dd-build.log; exit 1; }
echo "== end-to-end"; node_modules/.bin/playwright test
