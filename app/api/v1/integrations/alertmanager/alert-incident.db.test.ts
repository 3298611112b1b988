import { describe, expect, it } from "vitest";
import { postIncidentUpdate } from "../../../../../lib/incidents/post-incident-update";
import { resolveIncident } from "../../../../../lib/incidents/resolve-incident";
import { withTestDatabase } from "../../../../../lib/testing/with-test-database";
import { setUpAlertTests } from "./testing/alert-fixtures";
import { alertmanagerPayload as payload } from "../../../../../lib/alerts/testing/payload";

const db = withTestDatabase();
const fixtures = setUpAlertTests(db);
const { ids, post, newGroup, statusOf } = fixtures;
const updatesOf = (incidentId: string) => db().incidentUpdate.findMany({ where: { incidentId }, orderBy: { createdAt: "asc" } });

describe("an alert group's incident", () => {
  it("opens once, ignores repeats, posts one update per change, then resolves and restores the components", async () => {
    const group = newGroup();
    const firing = payload(group, [{ fingerprint: "f1", labels: { alertname: "ApiErrors", component: "API", severity: "warning" }, annotations: { summary: "5% of requests fail" } }]);
    firing.commonAnnotations = { summary: "API errors", description: "The API answers 500 to some requests." };
    const opened = await post(firing);
    expect(opened.body.outcome).toBe("opened");
    const incidentId = opened.body.incident_id as string;
    expect(await db().notification.count({ where: { incidentId, kind: "incident_update" } })).toBe(1);

    // Alertmanager repeats the same notification every repeat_interval.
    for (let i = 0; i < 3; i++) expect((await post(firing)).body).toMatchObject({ outcome: "unchanged", incident_id: incidentId });
    expect(await updatesOf(incidentId)).toHaveLength(1);

    const worse = payload(group, [
      { fingerprint: "f1", labels: { alertname: "ApiErrors", component: "API", severity: "critical" } },
      { fingerprint: "f2", labels: { alertname: "SiteErrors", component: "Website", severity: "warning" } },
    ]);
    expect((await post(worse)).body.outcome).toBe("updated");
    expect((await post(worse)).body.outcome).toBe("unchanged");
    // An alert that names nothing on this page joining the group changes nothing visitors see.
    const withStranger = payload(group, [...worse.alerts.map(({ fingerprint, labels }) => ({ fingerprint, labels })), { fingerprint: "f9", labels: { alertname: "Cpu" } }]);
    expect((await post(withStranger)).body).toMatchObject({ outcome: "unchanged", unmatched: [{ fingerprint: "f9", alertname: "Cpu" }] });
    expect([await statusOf(ids.api), await statusOf(ids.web)]).toEqual(["major_outage", "degraded_performance"]);

    // The API alert resolves while the website's fires on: the API is restored, the website not.
    const apiEnded = payload(group, [
      { fingerprint: "f1", status: "resolved", labels: { alertname: "ApiErrors", component: "API", severity: "critical" } },
      { fingerprint: "f2", labels: { alertname: "SiteErrors", component: "Website", severity: "warning" } },
    ]);
    expect((await post(apiEnded)).body.outcome).toBe("updated");
    expect([await statusOf(ids.api), await statusOf(ids.web)]).toEqual(["operational", "degraded_performance"]);
    // Alertmanager's next repeat no longer lists the resolved alert: not a change.
    expect((await post(payload(group, [{ fingerprint: "f2", labels: { alertname: "SiteErrors", component: "Website", severity: "warning" } }]))).body.outcome).toBe("unchanged");

    const resolved = await post(payload(group, [{ fingerprint: "f2", status: "resolved", labels: { alertname: "SiteErrors", component: "Website", severity: "warning" } }]));
    expect(resolved.body).toMatchObject({ outcome: "resolved", incident_id: incidentId });
    expect((await post(payload(group, [], "resolved"))).body.outcome).toBe("nothing_open");
    const incident = await db().incident.findUniqueOrThrow({ where: { id: incidentId } });
    expect(incident).toMatchObject({ name: "API errors", status: "resolved" });
    expect(await statusOf(ids.web)).toBe("operational");
    const updates = await updatesOf(incidentId);
    expect(updates.map((update) => update.status)).toEqual(["investigating", "investigating", "investigating", "resolved"]);
    expect(updates[0]!.body).toMatch(/^The API answers 500 to some requests\.\n\nOur monitoring reports a problem: 1 alert is firing\.\n\n- ApiErrors on API: degraded performance \(5% of requests fail\)/);
    expect(updates.every((update) => update.createdByTokenId !== null)).toBe(true);
    const log = await db().componentStatusLog.findMany({ where: { componentId: ids.web, incidentUpdate: { incidentId } } });
    expect(log.map((row) => row.source)).toEqual(["monitor", "monitor"]);
    const audit = await db().auditLog.findMany({ where: { targetId: incidentId }, orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => [row.action, row.actorLabel])).toEqual([
      ["incident.create", "token alertmanager"],
      ["incident.update.post", "token alertmanager"],
      ["incident.update.post", "token alertmanager"],
      ["incident.resolve", "token alertmanager"],
    ]);

    // Firing again after resolving is a new problem: a new incident.
    const again = await post(firing);
    expect(again.body.outcome).toBe("opened");
    expect(again.body.incident_id).not.toBe(incidentId);
    await post(payload(group, [], "resolved"));
  });

  it("leaves resolving to a person who posted on the incident", async () => {
    const group = newGroup();
    const opened = await post(payload(group, [{ fingerprint: "p1", labels: { alertname: "Queue", component: "Queue", severity: "critical" } }]));
    await postIncidentUpdate(fixtures.actors.editor, { incidentId: opened.body.incident_id, status: "identified", body: "A stuck consumer; restarting it." });
    const resolved = await post(payload(group, [{ fingerprint: "p1", status: "resolved", labels: { alertname: "Queue", component: "Queue", severity: "critical" } }]));
    expect(resolved.body).toMatchObject({ outcome: "left_open", incident_id: opened.body.incident_id });
    expect(resolved.body.message).toContain("someone posted");
    expect((await db().incident.findUniqueOrThrow({ where: { id: opened.body.incident_id } })).status).toBe("identified");
    expect(await statusOf(ids.queue)).toBe("major_outage");
    expect((await post(payload(group, [], "resolved"))).body.outcome).toBe("left_open");
  });

  it("leaves an incident someone closed while the alerts fire closed, and opens a new one after they resolve", async () => {
    const group = newGroup();
    const firing = payload(group, [{ fingerprint: "k1", labels: { alertname: "Closed", component: "API", severity: "critical" } }]);
    const opened = await post(firing);
    await resolveIncident(fixtures.actors.editor, { incidentId: opened.body.incident_id, body: "Fixed by hand.", restoreComponents: true });
    const worse = payload(group, [...firing.alerts.map((alert) => ({ fingerprint: alert.fingerprint, labels: alert.labels })), { fingerprint: "k2", labels: { alertname: "Closed", component: "Website" } }]);
    expect((await post(worse)).body).toMatchObject({ outcome: "left_closed", incident_id: opened.body.incident_id });
    expect(await updatesOf(opened.body.incident_id)).toHaveLength(2);
    expect([await statusOf(ids.api), await statusOf(ids.web)]).toEqual(["operational", "operational"]);
    expect((await post(payload(group, [], "resolved"))).body.outcome).toBe("nothing_open");
    const again = await post(firing);
    expect(again.body.outcome).toBe("opened");
    expect(again.body.incident_id).not.toBe(opened.body.incident_id);
    await post(payload(group, [], "resolved"));
  });

  // Two deliveries of one new group at once once opened two incidents.
  it("opens one incident for concurrent duplicate deliveries", async () => {
    const group = newGroup();
    const firing = payload(group, [{ fingerprint: "c1", labels: { alertname: "Race", component: "API", severity: "critical" } }]);
    const answers = await Promise.all([post(firing), post(firing), post(firing)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(answers.map((answer) => answer.body.outcome).sort()).toEqual(["opened", "unchanged", "unchanged"]);
    expect(new Set(answers.map((answer) => answer.body.incident_id)).size).toBe(1);
    expect(await db().incident.count({ where: { name: "Race" } })).toBe(1);
    expect(await db().alertGroup.count({ where: { groupKey: group } })).toBe(1);
    await post(payload(group, [], "resolved"));
  });
});
