# Shared by serve.sh and test.sh: installs npm packages when package-lock.json changed
# and generates the Prisma clients for both databases. Sourced, not run.

export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1

step() { printf '\n==> %s\n' "$*"; }

install_packages() {
  local stamp=node_modules/.beacon-lock-sha
  local want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return 0
  fi
  step "Installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
  echo "$want" > "$stamp"
}

generate_clients() {
  step "Generating the Prisma clients (SQLite and PostgreSQL)"
  npm run --silent db:generate
}
