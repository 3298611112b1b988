#!/usr/bin/env bash
# `npm run serve`: from a fresh clone to a running Beacon on the embedded SQLite database.
# Installs packages, builds, applies migrations (at start-up) and serves on PORT (3000).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

install_packages
step "Building"
npm run --silent build
step "Starting Beacon"
exec node dist/server.mjs
