import "server-only";
import { getDb } from "../db";
import { listResponseTimes, type ResponseTimeRange, type ResponseTimes } from "../monitors/rollups/read-response-times";

// The response-time charts of the public page: for each component with an HTTP monitor whose
// owner shows its chart, the 24 hours from raw checks and 7, 30 and 90 days from roll-ups.
// A component with several monitors shows the first by name. Heartbeats have no response time.

export const CHART_RANGES: readonly ResponseTimeRange[] = ["24h", "7d", "30d", "90d"];

export type ComponentResponseTimes = { monitorName: string; ranges: ResponseTimes[] };

export async function loadResponseTimes(pageId: string, componentIds: readonly string[], now: Date): Promise<Map<string, ComponentResponseTimes>> {
  const monitors = await getDb().monitor.findMany({
    where: { pageId, kind: "http", showChart: true, componentId: { in: [...componentIds] } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, componentId: true },
  });
  const first = new Map<string, { id: string; name: string }>();
  for (const monitor of monitors) if (!first.has(monitor.componentId)) first.set(monitor.componentId, monitor);
  const entries = await Promise.all(
    [...first].map(async ([componentId, monitor]) => {
      const ranges = await Promise.all(CHART_RANGES.map((range) => listResponseTimes(monitor.id, range, now)));
      return [componentId, { monitorName: monitor.name, ranges: ranges.filter((range): range is ResponseTimes => range !== null) }] as const;
    }),
  );
  return new Map(entries);
}
