import "server-only";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import type { ComponentStatus } from "../components/status";
import type { Tx } from "../db";
import { impactOf } from "../incidents/lifecycle";
import { lockIncident, recordIncidentUpdate } from "../incidents/record-incident-update";
import { isPlausibleDate } from "../time/plausible-date";
import { changeBody, incidentName, openingBody, resolvingBody } from "./alert-words";
import type { AlertGroupState } from "./claim-alert-group";
import type { MappedAlert } from "./map-alerts";
import type { AlertmanagerWebhook } from "./schemas";

// The incident writes of an alert group, through the one incident writer (recordIncidentUpdate)
// as monitors do: status log source "monitor", the token as author, an audit entry each.

export type AlertContext = {
  tx: Tx;
  actor: Actor;
  group: AlertGroupState;
  payload: AlertmanagerWebhook;
  alerts: MappedAlert[];
  components: ReadonlyMap<string, { name: string; status: ComponentStatus }>;
  now: Date;
};

/** What the alerts ask of components: those under maintenance join the incident but keep their status. */
export type ComponentPlan = { set: Record<string, ComponentStatus>; affected: string[] };

export function planComponents(ctx: AlertContext, wanted: Record<string, ComponentStatus>): ComponentPlan {
  const plan: ComponentPlan = { set: {}, affected: [] };
  for (const [id, status] of Object.entries(wanted)) {
    if (ctx.components.get(id)?.status === "under_maintenance") plan.affected.push(id);
    else plan.set[id] = status;
  }
  return plan;
}

/** Components this group set and no longer asks for, back to operational if nobody changed them since. */
export function restorable(ctx: AlertContext, keep: Record<string, ComponentStatus>): Record<string, ComponentStatus> {
  const restore: Record<string, ComponentStatus> = {};
  for (const [id, status] of Object.entries(ctx.group.components)) {
    if (!(id in keep) && ctx.components.get(id)?.status === status) restore[id] = "operational";
  }
  return restore;
}

function names(ctx: AlertContext): Map<string, string> {
  return new Map([...ctx.components].map(([id, component]) => [id, component.name]));
}

function details(ctx: AlertContext, updateId: string, componentChanges: unknown) {
  return { alertGroupId: ctx.group.id, groupKey: ctx.payload.groupKey.slice(0, 200), firing: ctx.alerts.filter((alert) => alert.firing).length, updateId, componentChanges };
}

/** When the earliest firing alert started, if Alertmanager says so plausibly; else now. */
function startedAt(ctx: AlertContext): Date {
  const starts = ctx.payload.alerts
    .filter((alert) => alert.status === "firing")
    .map((alert) => Date.parse(alert.startsAt))
    .filter((ms) => isPlausibleDate(ms) && ms <= ctx.now.getTime());
  return starts.length > 0 ? new Date(Math.min(...starts)) : ctx.now;
}

export async function openAlertIncident(ctx: AlertContext, plan: ComponentPlan): Promise<{ incidentId: string; updateId: string }> {
  const { tx, actor, now } = ctx;
  const firing = ctx.alerts.filter((alert) => alert.firing && alert.componentId);
  const incident = await tx.incident.create({
    data: { pageId: ctx.group.pageId, kind: "incident", name: incidentName(ctx.payload, firing), status: "investigating", impact: impactOf(Object.values(plan.set)), startedAt: startedAt(ctx), createdAt: now },
    select: { id: true, pageId: true, kind: true, status: true, monitoringAt: true, resolvedAt: true },
  });
  const body = openingBody({ payload: ctx.payload, alerts: ctx.alerts, componentNames: names(ctx) });
  const result = await recordIncidentUpdate(tx, { incident, actor, status: "investigating", body, deliverNotifications: true, components: plan.set, componentIds: plan.affected, now, source: "monitor" });
  await recordAudit(tx, { pageId: incident.pageId, actor, action: "incident.create", targetType: "incident", targetId: incident.id, details: details(ctx, result.updateId, result.componentChanges) });
  return { incidentId: incident.id, updateId: result.updateId };
}

export async function postAlertChange(ctx: AlertContext, incidentId: string, plan: ComponentPlan): Promise<string> {
  const { tx, actor, now } = ctx;
  const incident = await lockIncident(tx, ctx.group.pageId, incidentId);
  const body = changeBody({ payload: ctx.payload, alerts: ctx.alerts, componentNames: names(ctx) });
  const components = { ...restorable(ctx, plan.set), ...plan.set };
  const result = await recordIncidentUpdate(tx, { incident, actor, status: incident.status, body, deliverNotifications: true, components, componentIds: plan.affected, now, source: "monitor" });
  await recordAudit(tx, { pageId: incident.pageId, actor, action: "incident.update.post", targetType: "incident", targetId: incident.id, details: details(ctx, result.updateId, result.componentChanges) });
  return result.updateId;
}

export async function resolveAlertIncident(ctx: AlertContext, incidentId: string): Promise<string> {
  const { tx, actor, now } = ctx;
  const incident = await lockIncident(tx, ctx.group.pageId, incidentId);
  const components = restorable(ctx, {});
  const body = resolvingBody({ payload: ctx.payload, alerts: ctx.alerts, componentNames: names(ctx), restored: Object.keys(components) });
  const result = await recordIncidentUpdate(tx, { incident, actor, status: "resolved", body, deliverNotifications: true, components, now, source: "monitor" });
  await recordAudit(tx, { pageId: incident.pageId, actor, action: "incident.resolve", targetType: "incident", targetId: incident.id, details: details(ctx, result.updateId, result.componentChanges) });
  return result.updateId;
}
