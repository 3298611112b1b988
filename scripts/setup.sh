# Shared by serve.sh and test.sh: picks the Node.js the command runs on (scripts/node-runtime.sh),
# installs npm packages when package-lock.json or that Node changed, and generates the Prisma
# clients for both databases. Sourced, not run.

export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1

source scripts/step.sh

source scripts/node-runtime.sh
choose_node

install_packages() {
  local stamp=node_modules/.beacon-lock-sha
  local want
  # The Node version is part of the stamp: native modules are built for one Node.
  want="$(sha256sum package-lock.json | cut -d' ' -f1) node-$(node --version)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return 0
  fi
  step "Installing npm packages (npm ci, Node $(node --version))"
  npm ci --no-audit --no-fund
  echo "$want" > "$stamp"
}

generate_clients() {
  step "Generating the Prisma clients (SQLite and PostgreSQL)"
  npm run --silent db:generate
}
