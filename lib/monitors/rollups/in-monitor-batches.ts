import "server-only";
import { getDb } from "../../db";

// Roll-ups sum a few hundred monitors per query. On SQLite a query runs on the event loop
// (better-sqlite3 is synchronous): one over a thousand monitors' hour of checks would stall
// every request for a few hundred milliseconds; a batch takes a few dozen, then others go.

const MONITORS_PER_QUERY = 200;

export async function inMonitorBatches<T>(sum: (monitorIds: string[]) => Promise<T[]>): Promise<T[]> {
  const monitors = await getDb().monitor.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  const rows: T[] = [];
  for (let index = 0; index < monitors.length; index += MONITORS_PER_QUERY) {
    if (index > 0) await new Promise((resolve) => setImmediate(resolve));
    rows.push(...(await sum(monitors.slice(index, index + MONITORS_PER_QUERY).map((monitor) => monitor.id))));
  }
  return rows;
}
