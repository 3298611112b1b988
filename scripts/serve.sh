#!/usr/bin/env bash
# `npm run serve`: from a fresh clone to a running Beacon on the embedded SQLite database.
# Picks a supported Node (scripts/node-runtime.sh), installs packages, builds, applies
# migrations (at start-up) and serves on PORT (3000).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

install_packages
step "Building"
npm run --silent build
step "Starting Beacon (Node $(node --version))"
exec env MALLOC_ARENA_MAX=2 node --max-semi-space-size=8 --expose-gc dist/server.mjs
