import { describe, expect, it } from "vitest";
import { commandLineActor } from "../auth/actor";
import { createComponent } from "../components/create-component";
import { postIncidentUpdate } from "../incidents/post-incident-update";
import { createTestActors } from "../testing/test-actors";
import { withTestDatabase } from "../testing/with-test-database";
import { ensurePage } from "../pages/ensure-page";
import type { CheckResult } from "./check/check-result";
import { createMonitor } from "./create-monitor";
import { recordCheck } from "./record-check";

const db = withTestDatabase();

const badGateway: CheckResult = {
  outcome: "down",
  statusCode: 502,
  timings: { dnsMs: null, connectMs: 1, tlsMs: null, firstByteMs: 3, totalMs: 4 },
  failureClass: "http_status",
  message: "502 Bad Gateway from the proxy",
  certificateExpiresAt: null,
};
const ok: CheckResult = { ...badGateway, outcome: "up", statusCode: 200, failureClass: null, message: "200 OK in 4 ms" };
const slow: CheckResult = { ...ok, outcome: "degraded", failureClass: "slow", message: "200 OK but slow: 2.4 s (over 2 s)" };

async function monitored(name: string, thresholds = { failureThreshold: 3, successThreshold: 2 }) {
  const component = await createComponent(commandLineActor, { name: `${name} site` });
  const monitor = await createMonitor(commandLineActor, { name, url: "https://shop.example.com/", componentId: component.id, intervalSeconds: 10, timeoutMs: 1_000, ...thresholds });
  let at = Date.now();
  const run = async (...results: CheckResult[]) => {
    for (const result of results) {
      at += 10_000;
      await recordCheck({ monitorId: monitor.id, claimedUntil: null, result, now: new Date(at) });
    }
  };
  const state = async () => {
    const row = await db().monitor.findUniqueOrThrow({ where: { id: monitor.id }, select: { state: true, incidentId: true } });
    const status = (await db().component.findUniqueOrThrow({ where: { id: component.id }, select: { status: true } })).status;
    return { ...row, status };
  };
  return { component, monitor, run, state };
}

describe("a monitor's incidents", () => {
  it("open from the 502 template after the failure threshold, once however long it flaps, and resolve after the success threshold", async () => {
    const { component, monitor, run, state } = await monitored("Shop 502");
    await run(ok, badGateway, badGateway);
    expect(await state()).toMatchObject({ state: "up", incidentId: null, status: "operational" });
    await run(badGateway);
    const opened = await state();
    expect(opened).toMatchObject({ state: "down", status: "major_outage", incidentId: expect.any(String) });
    const incident = await db().incident.findUniqueOrThrow({ where: { id: opened.incidentId! }, include: { updates: true } });
    expect(incident).toMatchObject({ name: "Errors (502 Bad Gateway) on our site", status: "investigating", impact: "critical" });
    expect(incident.updates[0]!.body).toMatch(/502 Bad Gateway.*Shop 502.*\(3 checks in a row\) since .*UTC: 502 Bad Gateway from the proxy/s);
    expect(await db().notification.count({ where: { incidentId: incident.id, kind: "incident_update" } })).toBe(1);
    const log = await db().componentStatusLog.findFirstOrThrow({ where: { componentId: component.id }, orderBy: { createdAt: "desc" } });
    expect(log).toMatchObject({ newStatus: "major_outage", source: "monitor" });
    const audit = await db().auditLog.findFirstOrThrow({ where: { targetId: incident.id, action: "incident.create" } });
    expect(audit.actorLabel).toBe("monitor Shop 502");

    // Flapping: one good check is not a recovery, and the next failures stay on the same incident.
    await run(ok, badGateway, badGateway, badGateway, ok, badGateway);
    expect((await state()).incidentId).toBe(incident.id);
    expect(await db().incident.count({ where: { updates: { some: { body: { contains: "Shop 502" } } } } })).toBe(1);

    await run(ok, ok);
    const resolved = await state();
    expect(resolved).toMatchObject({ state: "up", incidentId: null, status: "operational" });
    const closed = await db().incident.findUniqueOrThrow({ where: { id: incident.id }, include: { updates: { orderBy: { createdAt: "desc" }, take: 1 } } });
    expect(closed.status).toBe("resolved");
    expect(closed.updates[0]!.body).toMatch(/sees normal answers again \(2 checks in a row.*200 OK in 4 ms. The problem lasted/);
    expect(await db().auditLog.count({ where: { targetId: incident.id, action: "incident.resolve", actorLabel: "monitor Shop 502" } })).toBe(1);
    void monitor;
  });

  it("leave resolving to a person who posted on the incident", async () => {
    const { run, state } = await monitored("Shop manual", { failureThreshold: 1, successThreshold: 1 });
    await run(badGateway);
    const { incidentId } = await state();
    const { editor } = await createTestActors(db(), (await ensurePage()).id);
    await postIncidentUpdate(editor, { incidentId: incidentId!, status: "identified", body: "A bad deploy; rolling back." });
    await run(ok, ok);
    expect(await state()).toMatchObject({ state: "up", incidentId, status: "major_outage" });
    expect((await db().incident.findUniqueOrThrow({ where: { id: incidentId! } })).status).toBe("identified");
    // It fails again before the person resolves: still the same incident.
    await run(badGateway);
    expect((await state()).incidentId).toBe(incidentId);
    expect(await db().incident.count({ where: { updates: { some: { body: { contains: "Shop manual" } } } } })).toBe(1);
  });

  it("set degraded performance for a slow site, and post an update when it goes down", async () => {
    const { run, state } = await monitored("Shop slow", { failureThreshold: 2, successThreshold: 1 });
    await run(slow, slow);
    const degraded = await state();
    expect(degraded).toMatchObject({ state: "degraded", status: "degraded_performance" });
    expect((await db().incident.findUniqueOrThrow({ where: { id: degraded.incidentId! } })).name).toBe("Slow responses under heavy load");
    await run(badGateway);
    expect(await state()).toMatchObject({ state: "down", status: "major_outage", incidentId: degraded.incidentId });
    const updates = await db().incidentUpdate.findMany({ where: { incidentId: degraded.incidentId! }, orderBy: { createdAt: "asc" } });
    expect(updates.map((update) => update.body.split(":")[0])).toContain("Beacon's monitor “Shop slow” is failing");
  });

  it("restore the component the incident set, even when the monitor moved to another meanwhile", async () => {
    const { component, monitor, run, state } = await monitored("Shop moved", { failureThreshold: 1, successThreshold: 1 });
    await run(badGateway);
    const { incidentId } = await state();
    const other = await createComponent(commandLineActor, { name: "Shop moved elsewhere" });
    await db().monitor.update({ where: { id: monitor.id }, data: { componentId: other.id } });
    await run(ok);
    expect((await db().incident.findUniqueOrThrow({ where: { id: incidentId! } })).status).toBe("resolved");
    expect((await db().component.findUniqueOrThrow({ where: { id: component.id } })).status).toBe("operational");
  });

  it("stay quiet while the component is under maintenance, and open once it is over if it still fails", async () => {
    const { component, run, state } = await monitored("Shop maintenance", { failureThreshold: 1, successThreshold: 1 });
    await db().component.update({ where: { id: component.id }, data: { status: "under_maintenance" } });
    await run(badGateway, badGateway);
    expect(await state()).toMatchObject({ state: "down", incidentId: null, status: "under_maintenance" });
    await db().component.update({ where: { id: component.id }, data: { status: "operational" } });
    await run(badGateway);
    expect(await state()).toMatchObject({ state: "down", incidentId: expect.any(String), status: "major_outage" });
  });
});
