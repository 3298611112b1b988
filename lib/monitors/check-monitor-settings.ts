import "server-only";
import type { Tx } from "../db";
import { getEnv } from "../env";
import { ValidationError } from "../errors";
import { parseStatusRanges } from "./check/status-ranges";

// What the input's shape cannot say alone: the interval's floor (set by the environment), the
// status ranges (parsed as the check parses them) and the component (on this page).

export async function checkMonitorSettings(tx: Tx, pageId: string, settings: { intervalSeconds: number; upStatuses: string; componentId: string }): Promise<void> {
  const floor = getEnv().BEACON_MIN_CHECK_INTERVAL_SECONDS;
  if (settings.intervalSeconds < floor) {
    throw new ValidationError(`intervalSeconds must be at least ${floor}`, { intervalSeconds: `must be at least ${floor} seconds` });
  }
  try {
    parseStatusRanges(settings.upStatuses);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ValidationError(`upStatuses ${message}`, { upStatuses: message });
  }
  const component = await tx.component.findFirst({ where: { id: settings.componentId, pageId }, select: { id: true } });
  if (!component) throw new ValidationError("componentId names no component of this page", { componentId: "names no component of this page" });
}
