#!/usr/bin/env bash
# Part of `npm test`: a smoke run on the newest Node release line (26), after the whole suite
# ran on the Node of scripts/setup.sh. In a copy of the project (with that run's build, so
# nothing is built twice) it installs the packages afresh with Node 26 and checks that npm
# warns about nothing, then migrates, runs `seed-demo` 5 times (better-sqlite3 12 aborted at
# random on Node 24.21 here), serves (/api/health and /) and runs the unit tests, failing on
# any deprecation warning. The copy has its own node_modules, so the project's is untouched.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
source scripts/node-runtime.sh

source scripts/step.sh
fail() { echo "Node $BEACON_SMOKE_NODE_VERSION smoke run: $*" >&2; exit 1; }

for built in dist/server.mjs .next/BUILD_ID generated/sqlite; do
  [ -e "$built" ] || fail "$built is missing; run it after \`npm run build\`."
done

fetch_node_release "$BEACON_SMOKE_NODE_VERSION" "$BEACON_SMOKE_NODE_INTEGRITY"
use_node_release "$BEACON_SMOKE_NODE_VERSION"
[ "$(node --version)" = "v$BEACON_SMOKE_NODE_VERSION" ] || fail "node on PATH is $(node --version)"

work=$(mktemp -d "${TMPDIR:-/tmp}/beacon-node-smoke.XXXXXX")
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

step "Node $BEACON_SMOKE_NODE_VERSION: copying the project and its build to $work"
# Everything but what belongs to this checkout alone: packages, downloaded Node releases,
# databases, test output, local settings, and Next's build cache (the build itself is kept).
tar -cf - --exclude=./node_modules --exclude=./.beacon --exclude=./.git --exclude=./data \
  --exclude=./.next/cache --exclude=./test-results --exclude=./playwright-report \
  --exclude=./blob-report --exclude='./.env' --exclude='./.env*.local' . | tar -xf - -C "$work"
cd "$work"

step "Node $BEACON_SMOKE_NODE_VERSION: npm ci"
npm ci --no-audit --no-fund 2>&1 | tee install.log
if grep -E "EBADENGINE|install-scripts|allowScripts" install.log; then
  fail "npm ci warned about the lines above."
fi

export DATABASE_URL="file:$work/data/beacon.db" BEACON_DATA_DIR="$work/data"
# Runs a Beacon command and fails on a non-zero exit or any warning from Node.
beacon() {
  local log="$work/beacon.log"
  npm run --silent beacon -- "$@" 2>"$log" || { cat "$log" >&2; fail "beacon $* failed"; }
  if grep -E "Warning|DEP0" "$log"; then fail "beacon $* printed the warning above"; fi
  cat "$log" >&2
}

step "Node $BEACON_SMOKE_NODE_VERSION: migrate, then seed-demo 5 times"
beacon migrate
beacon seed-demo
for run in 2 3 4 5; do
  echo "seed-demo run $run"
  beacon seed-demo --replace
done

port=${BEACON_SMOKE_PORT:-$((${BEACON_E2E_PORT:-3100} + 60))}
step "Node $BEACON_SMOKE_NODE_VERSION: serving on port $port"
PORT=$port HOST=127.0.0.1 env MALLOC_ARENA_MAX=2 node --max-semi-space-size=8 --expose-gc dist/server.mjs >server.log 2>&1 &
server_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "$base/api/health" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { cat server.log >&2; fail "the server exited"; }
  sleep 1
done
curl -fsS "$base/api/health" || { cat server.log >&2; fail "/api/health did not answer"; }
echo
curl -fsS -o page.html "$base/" || { cat server.log >&2; fail "/ did not answer"; }
grep -q "Storefront" page.html || fail "/ does not show the demo page"
echo "/ answered $(wc -c <page.html) bytes"
kill "$server_pid" && wait "$server_pid" 2>/dev/null || true
server_pid=""
if grep -E "Warning|DEP0" server.log; then fail "the server printed the warning above"; fi

step "Node $BEACON_SMOKE_NODE_VERSION: unit tests"
npx vitest run --project unit

step "Node $BEACON_SMOKE_NODE_VERSION smoke run passed"
