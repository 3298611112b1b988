import "server-only";
import { type Actor, authorize } from "../auth/actor";
import type { ComponentStatus } from "../components/status";
import { getDb, type Tx } from "../db";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import { claimAlertGroup } from "./claim-alert-group";
import { followAlertGroup } from "./follow-alert-group";
import { mapAlerts, type RouteRef } from "./map-alerts";
import { type AlertmanagerResult, type AlertmanagerWebhook, alertmanagerWebhook } from "./schemas";

// POST /api/v1/integrations/alertmanager: one Alertmanager notification, applied in one
// transaction (the group row, the incident, its update, the component statuses and the
// notifications commit together), so a delivery that fails half-way can simply be retried.

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && error.name === "PrismaClientKnownRequestError" && (error as Error & { code?: unknown }).code === "P2002";
}

async function loadRoutes(tx: Tx, pageId: string): Promise<RouteRef[]> {
  const rows = await tx.alertRoute.findMany({ where: { pageId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }], select: { componentId: true, matchers: true } });
  return rows.map((row) => ({ componentId: row.componentId, matchers: JSON.parse(row.matchers) as Record<string, string> }));
}

async function apply(actor: Actor, pageId: string, payload: AlertmanagerWebhook): Promise<AlertmanagerResult> {
  return getDb().$transaction(async (tx) => {
    const now = new Date();
    const group = await claimAlertGroup(tx, { pageId, payload, now });
    const rows = await tx.component.findMany({ where: { pageId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, name: true, status: true } });
    const alerts = mapAlerts(payload, rows, await loadRoutes(tx, pageId));
    const components = new Map(rows.map((row) => [row.id, { name: row.name, status: row.status as ComponentStatus }]));
    const followed = await followAlertGroup({ tx, actor, group, payload, alerts, components, now });
    const firing = alerts.filter((alert) => alert.firing);
    return {
      outcome: followed.outcome,
      message: followed.message,
      group_id: group.id,
      incident_id: followed.incidentId,
      matched: firing.flatMap((alert) => (alert.componentId ? [{ fingerprint: alert.fingerprint, alertname: alert.alertname, component_id: alert.componentId, status: alert.status }] : [])),
      unmatched: firing.filter((alert) => !alert.componentId).map((alert) => ({ fingerprint: alert.fingerprint, alertname: alert.alertname })),
    };
  });
}

/**
 * Applies a webhook body (already JSON). Two deliveries of a new group at once may both try to
 * create its row on PostgreSQL: the loser's transaction fails on the unique key and is run once
 * more, when it finds the row (and the incident) the winner made.
 */
export async function receiveAlertmanagerWebhook(actor: Actor, body: unknown): Promise<AlertmanagerResult> {
  authorize(actor, "incidents:write");
  const payload = parseInput(alertmanagerWebhook, body);
  const { id: pageId } = await ensurePage();
  try {
    return await apply(actor, pageId, payload);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return apply(actor, pageId, payload);
  }
}
