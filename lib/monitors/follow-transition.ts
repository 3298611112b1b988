import "server-only";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import type { Tx } from "../db";
import { impactOf, isClosedStatus } from "../incidents/lifecycle";
import type { IncidentStatus } from "../incidents/incident-record";
import { lockIncident, recordIncidentUpdate } from "../incidents/record-incident-update";
import { findBuiltInTemplate } from "../templates/built-in-templates";
import type { CheckResult } from "./check/check-result";
import { changeNote, componentStatusFor, type FailingOutcome, type Observation, openingNote, resolvingNote, templateKeyFor } from "./incident-words";
import type { Transition } from "./monitor-state";

// What a monitor does to incidents after a check, in the check's own transaction: the state,
// the incident and the notifications commit together or not at all. It opens one incident
// when it starts failing and keeps to it however long the site flaps; it resolves it when
// checks pass again, unless someone other than the monitor posted on it: then the resolving
// is theirs (the dashboard says the checks pass). A component under maintenance fails
// quietly; the incident opens once the maintenance is over, if it still fails.

export type MonitorFacts = {
  id: string;
  pageId: string;
  componentId: string;
  name: string;
  incidentId: string | null;
  failures: number;
  successes: number;
  failingSince: Date | null;
  state: "unknown" | "up" | "degraded" | "down";
};

export function monitorActor(name: string): Actor {
  return { kind: "system", label: `monitor ${name}` };
}

async function openIncident(tx: Tx, monitor: MonitorFacts, observation: Observation, now: Date, timeZone: string): Promise<string> {
  const key = templateKeyFor(observation);
  const pageCopy = await tx.incidentTemplate.findFirst({ where: { pageId: monitor.pageId, key }, select: { name: true, status: true, body: true } });
  const template = pageCopy ?? findBuiltInTemplate(key) ?? findBuiltInTemplate("site-down")!;
  const status = componentStatusFor(observation.outcome);
  // A template meant for maintenance words would not fit an incident; start it investigating.
  const incidentStatus: IncidentStatus = ["investigating", "identified", "monitoring"].includes(template.status) ? (template.status as IncidentStatus) : "investigating";
  const since = monitor.failingSince ?? now;
  const incident = await tx.incident.create({
    data: { pageId: monitor.pageId, kind: "incident", name: template.name, status: incidentStatus, impact: impactOf([status]), startedAt: since, createdAt: now },
    select: { id: true, pageId: true, kind: true, status: true, monitoringAt: true, resolvedAt: true },
  });
  const body = `${template.body}\n\n${openingNote({ monitorName: monitor.name, timeZone, observation, failures: monitor.failures, since })}`;
  const actor = monitorActor(monitor.name);
  const result = await recordIncidentUpdate(tx, { incident, actor, status: incidentStatus, body, deliverNotifications: true, components: { [monitor.componentId]: status }, now, source: "monitor" });
  await recordAudit(tx, {
    pageId: monitor.pageId,
    actor,
    action: "incident.create",
    targetType: "incident",
    targetId: incident.id,
    details: { monitorId: monitor.id, template: key, observed: observation.message, updateId: result.updateId, componentChanges: result.componentChanges },
  });
  return incident.id;
}

async function postChange(tx: Tx, monitor: MonitorFacts, incidentId: string, observation: Observation, timeZone: string): Promise<void> {
  const incident = await lockIncident(tx, monitor.pageId, incidentId);
  const actor = monitorActor(monitor.name);
  const status = componentStatusFor(observation.outcome);
  const body = changeNote({ monitorName: monitor.name, timeZone, observation });
  const result = await recordIncidentUpdate(tx, { incident, actor, status: incident.status, body, deliverNotifications: true, components: { [monitor.componentId]: status }, source: "monitor" });
  await recordAudit(tx, {
    pageId: monitor.pageId,
    actor,
    action: "incident.update.post",
    targetType: "incident",
    targetId: incident.id,
    details: { monitorId: monitor.id, observed: observation.message, updateId: result.updateId, componentChanges: result.componentChanges },
  });
}

/** Whether anyone but a monitor (a person, or a program with a token) posted on the incident. */
export async function hasOtherAuthors(tx: Tx, incidentId: string): Promise<boolean> {
  const other = await tx.incidentUpdate.findFirst({ where: { incidentId, OR: [{ createdById: { not: null } }, { createdByTokenId: { not: null } }] }, select: { id: true } });
  return other !== null;
}

async function resolve(tx: Tx, monitor: MonitorFacts, incidentId: string, result: CheckResult, now: Date, timeZone: string): Promise<void> {
  const incident = await lockIncident(tx, monitor.pageId, incidentId);
  const actor = monitorActor(monitor.name);
  const firstGood = await tx.monitorCheck.findMany({ where: { monitorId: monitor.id, outcome: "up" }, orderBy: { checkedAt: "desc" }, take: monitor.successes, select: { checkedAt: true } });
  const since = firstGood.at(-1)?.checkedAt ?? now;
  const started = await tx.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { startedAt: true } });
  // Every component the incident left down (the monitor may have moved to another meanwhile),
  // but those under maintenance: maintenance put them there and takes them out.
  const affected = await tx.component.findMany({
    where: { pageId: monitor.pageId, incidents: { some: { incidentId } }, status: { notIn: ["operational", "under_maintenance"] } },
    select: { id: true },
  });
  const components = Object.fromEntries(affected.map(({ id }) => [id, "operational" as const]));
  const body = resolvingNote({ monitorName: monitor.name, timeZone, successes: monitor.successes, since, lastedMs: since.getTime() - started.startedAt.getTime(), message: result.message });
  const update = await recordIncidentUpdate(tx, { incident, actor, status: "resolved", body, deliverNotifications: true, components, now, source: "monitor" });
  await recordAudit(tx, {
    pageId: monitor.pageId,
    actor,
    action: "incident.resolve",
    targetType: "incident",
    targetId: incident.id,
    details: { monitorId: monitor.id, observed: result.message, updateId: update.updateId, componentChanges: update.componentChanges },
  });
}

export type FollowTransition = { monitor: MonitorFacts; transition: Transition; result: CheckResult; now: Date };

/** Returns the monitor's incident id after the check (null once it no longer follows one). */
export async function followTransition(tx: Tx, { monitor, transition, result, now }: FollowTransition): Promise<string | null> {
  const failing = monitor.state === "degraded" || monitor.state === "down";
  const open = monitor.incidentId ? await tx.incident.findFirst({ where: { id: monitor.incidentId, pageId: monitor.pageId }, select: { id: true, status: true } }) : null;
  const openId = open && !isClosedStatus(open.status as IncidentStatus) ? open.id : null;
  const page = await tx.page.findUniqueOrThrow({ where: { id: monitor.pageId }, select: { timeZone: true } });

  if (failing && result.outcome !== "up") {
    const observation: Observation = { outcome: monitor.state as FailingOutcome, failureClass: result.failureClass, statusCode: result.statusCode, message: result.message };
    if (openId) {
      if (transition === "failing" || transition === "changed") await postChange(tx, monitor, openId, observation, page.timeZone);
      return openId;
    }
    // Closed by a person while it still fails: theirs to reopen. Never opened: open it now,
    // unless the component is under maintenance.
    if (monitor.incidentId && transition !== "failing") return monitor.incidentId;
    const component = await tx.component.findFirst({ where: { id: monitor.componentId, pageId: monitor.pageId }, select: { status: true } });
    if (!component || component.status === "under_maintenance") return null;
    return openIncident(tx, monitor, observation, now, page.timeZone);
  }

  if (transition === "recovered") {
    if (!openId) return null;
    if (await hasOtherAuthors(tx, openId)) return openId;
    await resolve(tx, monitor, openId, result, now, page.timeZone);
    return null;
  }
  return failing ? monitor.incidentId : openId;
}
