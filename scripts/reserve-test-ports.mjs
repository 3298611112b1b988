// Picks the base port of a test run (`BEACON_E2E_PORT`), so two `npm test` runs on one machine
// (two clones, or CI beside a developer) never share a server, an SMTP listener or a database
// folder. A run uses base..base+99 and base+1000..base+1099 (e2e/support/mail-settings.ts).
// A block is taken by a lock file naming the owning shell's pid; one whose owner has exited is
// free again. Usage: node scripts/reserve-test-ports.mjs <owner pid>  (prints the base port)
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const BASES = [3100, 3700, 5100, 5700, 7100, 7700, 9100, 9700];
const PORTS_PER_BLOCK = 100;
const SMTP_OFFSET = 1000;
const lockDir = path.join(os.tmpdir(), "beacon-test-ports");

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

function canListen(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

async function blockIsFree(base) {
  for (const start of [base, base + SMTP_OFFSET]) {
    for (let port = start; port < start + PORTS_PER_BLOCK; port++) if (!(await canListen(port))) return false;
  }
  return true;
}

/** Takes the block's lock (atomically), replacing one left by an owner that has exited. */
function lock(base, owner) {
  const file = path.join(lockDir, String(base));
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(owner), { flag: "wx" });
      return true;
    } catch {
      const holder = Number(fs.readFileSync(file, "utf8"));
      if (holder === owner) return true;
      if (alive(holder)) return false;
      fs.rmSync(file, { force: true });
    }
  }
  return false;
}

const owner = Number(process.argv[2]);
if (!Number.isInteger(owner) || owner <= 0) {
  console.error("usage: reserve-test-ports.mjs <owner pid>");
  process.exit(2);
}
fs.mkdirSync(lockDir, { recursive: true });
for (const base of BASES) {
  if (!lock(base, owner)) continue;
  if (await blockIsFree(base)) {
    process.stdout.write(`${base}\n`);
    process.exit(0);
  }
  fs.rmSync(path.join(lockDir, String(base)), { force: true });
}
console.error(`no free block of test ports among ${BASES.join(", ")} (set BEACON_E2E_PORT)`);
process.exit(1);
