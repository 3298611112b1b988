import "server-only";
import { getDb } from "../db";
import { databaseTarget } from "../env";
import { BEACON_VERSION } from "../version";

export type Health = {
  status: "ok" | "degraded";
  database: "ok" | "unreachable";
  provider: "sqlite" | "postgresql";
  version: string;
  uptime_seconds: number;
  time: string;
};

const PROBE_TIMEOUT_MS = 2_000;

async function probeDatabase(): Promise<boolean> {
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

/** What /api/health reports: whether this process can serve and reach its database. */
export async function getHealth(): Promise<Health> {
  const databaseOk = await probeDatabase();
  return {
    status: databaseOk ? "ok" : "degraded",
    database: databaseOk ? "ok" : "unreachable",
    provider: databaseTarget().provider,
    version: BEACON_VERSION,
    uptime_seconds: Math.round(process.uptime()),
    time: new Date().toISOString(),
  };
}
