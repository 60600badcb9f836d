#!/usr/bin/env bash
# The end-to-end suite's server: the real `npm start` path (embedded PostgreSQL, migrations, demo
# users, next start) on a throwaway data directory that is removed when it stops.
set -euo pipefail
export DD_DATA_DIR="${E2E_DATA_DIR:?}"
rm -rf "$DD_DATA_DIR"
mkdir -p "$DD_DATA_DIR"
cleanup() { rm -rf "$DD_DATA_DIR"; }
trap cleanup EXIT
node_modules/.bin/tsx --tsconfig tsconfig.scripts.json scripts/serve.ts start &
pid=$!
trap 'kill -INT $pid 2>/dev/null; wait $pid; cleanup; exit 0' INT TERM
wait $pid
