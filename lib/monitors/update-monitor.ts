import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import type { Monitor } from "../../generated/sqlite/client/client.ts";
import { getDb } from "../db";
import { NotFoundError } from "../errors";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import { checkMonitorSettings } from "./check-monitor-settings";
import { type MonitorView, openHeaders, sealHeaders, toMonitorView } from "./monitor-view";
import { type CreateMonitorInput, createMonitorInput, monitorFields } from "./schemas";

// Changes a monitor: the fields given replace the stored ones, and the whole is checked again
// as a new one would be (a shorter interval must still be longer than the timeout). Headers
// given replace all headers; left out, they stay. A new URL or interval is checked at once.

const SETTING_KEYS = Object.keys(monitorFields).filter((key) => key !== "headers") as (keyof typeof monitorFields & keyof Monitor)[];

export const MONITOR_GONE = "That monitor no longer exists; perhaps someone else removed it.";

export type UpdateMonitorInput = { id: string } & Partial<CreateMonitorInput>;

export async function updateMonitor(actor: Actor, { id, ...changes }: UpdateMonitorInput): Promise<MonitorView> {
  authorize(actor, "monitors:write");
  const { id: pageId } = await ensurePage();
  const db = getDb();
  const stored = await db.monitor.findFirst({ where: { id, pageId, kind: "http" } });
  if (!stored) throw new NotFoundError(MONITOR_GONE);
  // The stored settings, as the input names them (its state and schedule are not settings).
  const current: Record<string, unknown> = Object.fromEntries(SETTING_KEYS.map((key) => [key, stored[key]]));
  current.headers = await openHeaders(stored.sealedHeaders);
  current.keywordMode ??= "present";
  const { headers, ...fields } = parseInput(createMonitorInput, { ...current, ...changes });
  const recheck = fields.url !== stored.url || fields.intervalSeconds !== stored.intervalSeconds || (stored.paused && !fields.paused);
  const row = await db.$transaction(async (tx) => {
    await checkMonitorSettings(tx, pageId, fields);
    const { count } = await tx.monitor.updateMany({
      where: { id, pageId },
      data: {
        ...fields,
        keywordMode: fields.keyword ? fields.keywordMode : null,
        ...(changes.headers ? { sealedHeaders: await sealHeaders(headers) } : {}),
        ...(recheck ? { nextCheckAt: new Date() } : {}),
      },
    });
    if (count !== 1) throw new NotFoundError(MONITOR_GONE);
    await recordAudit(tx, { pageId, actor, action: "monitor.update", targetType: "monitor", targetId: id, details: { changed: Object.keys(changes) } });
    return tx.monitor.findUniqueOrThrow({ where: { id } });
  });
  return toMonitorView(row);
}
