import "server-only";
import type { IncidentStatus } from "../incidents/incident-record";
import { isClosedStatus } from "../incidents/lifecycle";
import { type AlertContext, openAlertIncident, planComponents, postAlertChange, resolveAlertIncident } from "./alert-incident";
import { type AlertGroupChange, saveAlertGroup } from "./claim-alert-group";
import { appliedHashOf, worstByComponent } from "./map-alerts";
import type { AlertmanagerResult } from "./schemas";

// What one notification does to its group's incident, as a monitor's check does to its own
// (lib/monitors/follow-transition.ts): one incident per firing spell, an update when the
// firing alerts change, resolved when none fire, unless someone else posted on it.

export type FollowOutcome = Pick<AlertmanagerResult, "outcome" | "message"> & { incidentId: string | null };

/** Whether anyone but this group's deliveries posted on the incident. */
async function othersPosted(ctx: AlertContext, incidentId: string): Promise<boolean> {
  const other = await ctx.tx.incidentUpdate.findFirst({ where: { incidentId, id: { notIn: ctx.group.updateIds } }, select: { id: true } });
  return other !== null;
}

async function openIncidentOf(ctx: AlertContext): Promise<string | null> {
  const { incidentId, pageId } = ctx.group;
  if (!incidentId) return null;
  const incident = await ctx.tx.incident.findFirst({ where: { id: incidentId, pageId, kind: "incident" }, select: { id: true, status: true } });
  return incident && !isClosedStatus(incident.status as IncidentStatus) ? incident.id : null;
}

async function whileFiring(ctx: AlertContext, save: (change: Partial<AlertGroupChange>) => Promise<void>): Promise<FollowOutcome> {
  const { group } = ctx;
  const hash = appliedHashOf(ctx.alerts);
  const plan = planComponents(ctx, worstByComponent(ctx.alerts));
  const openId = await openIncidentOf(ctx);
  if (openId) {
    if (hash === group.appliedHash) {
      await save({});
      return { outcome: "unchanged", message: "Nothing changed since the last notification of this group.", incidentId: openId };
    }
    const updateId = await postAlertChange(ctx, openId, plan);
    await save({ incidentId: openId, appliedHash: hash, components: plan.set, updateIds: [...group.updateIds, updateId] });
    return { outcome: "updated", message: "The firing alerts changed: an update was posted.", incidentId: openId };
  }
  // Closed (or deleted) by someone while the alerts still fire: theirs to reopen.
  if (group.incidentId && group.status === "firing") {
    await save({});
    return { outcome: "left_closed", message: "Someone closed this group's incident while its alerts fire; Beacon opens a new one after they resolve.", incidentId: group.incidentId };
  }
  if (Object.keys(plan.set).length === 0) {
    // Not saved as applied: the next repeat tries again (a route added, a maintenance over).
    await save({ incidentId: null, appliedHash: "", components: {}, updateIds: [] });
    const why = plan.affected.length > 0 ? "its components are under maintenance" : "no firing alert names a component on this page or matches a route";
    return { outcome: "not_opened", message: `No incident was opened: ${why}.`, incidentId: null };
  }
  const opened = await openAlertIncident(ctx, plan);
  await save({ incidentId: opened.incidentId, lastIncidentId: opened.incidentId, appliedHash: hash, components: plan.set, updateIds: [opened.updateId] });
  return { outcome: "opened", message: "An incident was opened.", incidentId: opened.incidentId };
}

async function whenResolved(ctx: AlertContext, save: (change: Partial<AlertGroupChange>) => Promise<void>): Promise<FollowOutcome> {
  const openId = await openIncidentOf(ctx);
  if (!openId) {
    await save({ incidentId: null, appliedHash: "", components: {}, updateIds: [] });
    return { outcome: "nothing_open", message: "The alerts are resolved; this group has no open incident.", incidentId: null };
  }
  if (await othersPosted(ctx, openId)) {
    await save({ appliedHash: "" });
    return { outcome: "left_open", message: "The alerts are resolved, but someone posted on the incident: resolving it is theirs.", incidentId: openId };
  }
  await resolveAlertIncident(ctx, openId);
  await save({ incidentId: null, appliedHash: "", components: {}, updateIds: [] });
  return { outcome: "resolved", message: "The alerts are resolved: the incident was resolved.", incidentId: openId };
}

export async function followAlertGroup(ctx: AlertContext): Promise<FollowOutcome> {
  const firing = ctx.alerts.filter((alert) => alert.firing);
  const status = firing.length > 0 ? "firing" : "resolved";
  const base: AlertGroupChange = {
    status,
    incidentId: ctx.group.incidentId,
    appliedHash: ctx.group.appliedHash,
    components: ctx.group.components,
    updateIds: ctx.group.updateIds,
    firingCount: firing.length,
    unmatchedCount: firing.filter((alert) => !alert.componentId).length,
  };
  const save = (change: Partial<AlertGroupChange>) => saveAlertGroup(ctx.tx, ctx.group, { ...base, ...change });
  return status === "firing" ? whileFiring(ctx, save) : whenResolved(ctx, save);
}
