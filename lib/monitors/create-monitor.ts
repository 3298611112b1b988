import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import { checkMonitorSettings } from "./check-monitor-settings";
import { type MonitorView, sealHeaders, toMonitorView } from "./monitor-view";
import { type CreateMonitorInput, createMonitorInput } from "./schemas";

// A monitor starts unknown and is due at once: its first check tells what state it is in.

export async function createMonitor(actor: Actor, input: CreateMonitorInput): Promise<MonitorView> {
  authorize(actor, "monitors:write");
  const { headers, ...fields } = parseInput(createMonitorInput, input);
  const { id: pageId } = await ensurePage();
  const sealedHeaders = await sealHeaders(headers);
  const row = await getDb().$transaction(async (tx) => {
    await checkMonitorSettings(tx, pageId, fields);
    const created = await tx.monitor.create({ data: { ...fields, pageId, sealedHeaders, keywordMode: fields.keyword ? fields.keywordMode : null } });
    // Header names only: their values may be credentials, and the audit log is for every admin.
    await recordAudit(tx, { pageId, actor, action: "monitor.create", targetType: "monitor", targetId: created.id, details: { url: created.url, headers: Object.keys(headers) } });
    return created;
  });
  return toMonitorView(row);
}
