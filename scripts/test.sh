#!/usr/bin/env bash
# `npm test`: the whole suite, as CI runs it. Installs what it needs (a supported Node when the
# machine's is not, npm packages, Debian's chromium, nginx-light, caddy and
# prometheus-alertmanager, which the tests run for real), then lint, type-check, unit tests,
# database tests on SQLite and PostgreSQL, a production build, a smoke run on Node 26
# (scripts/smoke-node.sh) and the Playwright suite. Any failure stops it with a non-zero exit.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

install_packages

# Debian packages by the program each provides: the browser, the proxies the e2e tests put in
# front of a failing upstream (nginx, Caddy), and the Alertmanager that posts alerts to Beacon.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/sbin/nginx ] || missing+=(nginx-light)
[ -x /usr/bin/prometheus-alertmanager ] || missing+=(prometheus-alertmanager)
[ -x /usr/bin/caddy ] || missing+=(caddy)
if [ ${#missing[@]} -gt 0 ]; then
  step "Installing Debian's ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  # No service is started: the tests run their own nginx and Alertmanager on ports of their own.
  policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    policy=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' | $sudo_cmd tee "$policy" >/dev/null && $sudo_cmd chmod +x "$policy"
  fi
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
  if [ -n "$policy" ]; then $sudo_cmd rm -f "$policy"; fi
fi

pg_url=${BEACON_TEST_PG_URL:-postgres://root@127.0.0.1:5432/postgres}
if ! node -e "const c=new (require('pg').Client)({connectionString:process.argv[1],connectionTimeoutMillis:3000});c.connect().then(()=>c.end()).catch(e=>{console.error(e.message);process.exit(1)})" "$pg_url" >/dev/null 2>&1; then
  echo "PostgreSQL is not reachable at ${pg_url} (start it, or set BEACON_TEST_PG_URL): the database tests need it." >&2
  exit 1
fi

if [ -z "${BEACON_E2E_PORT:-}" ]; then
  # Another suite may be running on this machine: take a block of ports of our own.
  BEACON_E2E_PORT=$(node scripts/reserve-test-ports.mjs $$)
  export BEACON_E2E_PORT
  trap 'rm -f "${TMPDIR:-/tmp}/beacon-test-ports/$BEACON_E2E_PORT"' EXIT
fi
echo "    (test servers on ports $BEACON_E2E_PORT-$((BEACON_E2E_PORT + 99)), mail on $((BEACON_E2E_PORT + 1000)))"

generate_clients
step "Lint"
npm run --silent lint
step "Type-check"
npm run --silent typecheck
step "Unit tests"
npx vitest run --project unit
step "Database tests on SQLite"
BEACON_TEST_DB=sqlite npx vitest run --project db
step "Database tests on PostgreSQL"
BEACON_TEST_DB=postgresql npx vitest run --project db
step "Production build"
npm run --silent build
step "Smoke run on Node $BEACON_SMOKE_NODE_VERSION (scripts/smoke-node.sh)"
bash scripts/smoke-node.sh
step "End-to-end tests in Chromium (Node $(node --version))"
npx playwright test
step "All checks passed"
echo "    (total: $SECONDS s)"
