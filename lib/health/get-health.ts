import "server-only";
import { canStartWrite } from "../database/write-probe";
import { getDb } from "../db";
import { databaseTarget } from "../database/url";
import { BEACON_VERSION } from "../version";

export type DatabaseHealth = "ok" | "degraded" | "unreachable";

export type Health = {
  status: "ok" | "degraded";
  /** degraded: it answers reads, but writes cannot start (another process holds the write lock). */
  database: DatabaseHealth;
  provider: "sqlite" | "postgresql";
  version: string;
  uptime_seconds: number;
  time: string;
};

const PROBE_TIMEOUT_MS = 2_000;
// Another Beacon process (the worker) holds the lock for milliseconds at a time; only a lock
// that lasts across these tries means that writes are waiting.
const WRITE_PROBE_TRIES = 3;
const WRITE_PROBE_PAUSE_MS = 100;

async function probeReads(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  const probe = getDb()
    .$queryRawUnsafe("SELECT 1")
    .then(() => true)
    .catch(() => false);
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function probeWrites(): Promise<boolean> {
  for (let attempt = 1; ; attempt += 1) {
    const writable = await canStartWrite(getDb()).catch(() => false);
    if (writable !== false || attempt === WRITE_PROBE_TRIES) return writable !== false;
    await new Promise((resolve) => setTimeout(resolve, WRITE_PROBE_PAUSE_MS));
  }
}

async function probeDatabase(): Promise<DatabaseHealth> {
  if (!(await probeReads())) return "unreachable";
  return (await probeWrites()) ? "ok" : "degraded";
}

/** What /api/health reports: whether this process can serve, and read from and write to its database. */
export async function getHealth(): Promise<Health> {
  const database = await probeDatabase();
  return {
    status: database === "ok" ? "ok" : "degraded",
    database,
    provider: databaseTarget().provider,
    version: BEACON_VERSION,
    uptime_seconds: Math.round(process.uptime()),
    time: new Date().toISOString(),
  };
}
