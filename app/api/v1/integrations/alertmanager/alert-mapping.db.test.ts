import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../../../../../lib/testing/with-test-database";
import { setUpAlertTests } from "./testing/alert-fixtures";
import { alertmanagerPayload as payload } from "../../../../../lib/alerts/testing/payload";

const db = withTestDatabase();
const { ids, post, newGroup, statusOf } = setUpAlertTests(db);


describe("mapping alerts to components", () => {
  it("reads the component label (an id, or a name in any case), then the dashboard routes; reports the rest", async () => {
    const group = newGroup();
    const answer = await post(
      payload(group, [
        { fingerprint: "a1", labels: { alertname: "ApiDown", component: ids.api, severity: "critical" } },
        { fingerprint: "a2", labels: { alertname: "SiteSlow", component: "wEbSiTe", severity: "warning" } },
        { fingerprint: "a3", labels: { alertname: "PgReplicaLag", service: "postgres", env: "prod", severity: "error" } },
        { fingerprint: "a4", labels: { alertname: "PgStaging", service: "postgres", env: "staging", severity: "critical" } },
        { fingerprint: "a5", labels: { alertname: "Disk", component: "no such thing", severity: "critical" } },
        { fingerprint: "a6", labels: { alertname: "QueueOdd", component: "queue", severity: "info" } },
      ]),
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ outcome: "opened", incident_id: expect.any(String) });
    expect(answer.body.matched).toEqual([
      { fingerprint: "a1", alertname: "ApiDown", component_id: ids.api, status: "major_outage" },
      { fingerprint: "a2", alertname: "SiteSlow", component_id: ids.web, status: "degraded_performance" },
      { fingerprint: "a3", alertname: "PgReplicaLag", component_id: ids.db, status: "partial_outage" },
      // An unknown severity counts as a partial outage.
      { fingerprint: "a6", alertname: "QueueOdd", component_id: ids.queue, status: "partial_outage" },
    ]);
    expect(answer.body.unmatched).toEqual([{ fingerprint: "a4", alertname: "PgStaging" }, { fingerprint: "a5", alertname: "Disk" }]);
    expect([await statusOf(ids.api), await statusOf(ids.web), await statusOf(ids.db), await statusOf(ids.queue)]).toEqual(["major_outage", "degraded_performance", "partial_outage", "partial_outage"]);
    const incident = await db().incident.findUniqueOrThrow({ where: { id: answer.body.incident_id }, include: { updates: true } });
    expect(incident).toMatchObject({ name: "ApiDown and 3 more alerts", status: "investigating", impact: "critical" });
    expect(incident.updates[0]!.body).toContain("- ApiDown on API: major outage");
    expect(incident.updates[0]!.body).toContain("2 more alerts of this group concern nothing on this page.");
    // Labels other than the names Beacon reads never reach the public incident.
    expect(incident.updates[0]!.body).not.toContain("staging");
    await post(payload(group, [], "resolved"));
  });

  it("gives a component the worst status among its firing alerts, and opens nothing when no alert maps", async () => {
    const worst = await post(
      payload(newGroup(), [
        { fingerprint: "w1", labels: { alertname: "A", component: "API", severity: "warning" } },
        { fingerprint: "w2", labels: { alertname: "B", component: "API", severity: "critical" } },
      ]),
    );
    expect(worst.body.outcome).toBe("opened");
    expect(await statusOf(ids.api)).toBe("major_outage");
    const none = await post(payload(newGroup(), [{ fingerprint: "n1", labels: { alertname: "Elsewhere", severity: "critical" } }]));
    expect(none.body).toMatchObject({ outcome: "not_opened", incident_id: null, matched: [], unmatched: [{ fingerprint: "n1", alertname: "Elsewhere" }] });
  });

  it("leaves a component under maintenance alone, and opens nothing when every component is", async () => {
    await db().component.update({ where: { id: ids.db }, data: { status: "under_maintenance" } });
    const group = newGroup();
    const firing = payload(group, [{ fingerprint: "m1", labels: { alertname: "PgDown", component: "Database", severity: "critical" } }]);
    expect((await post(firing)).body).toMatchObject({ outcome: "not_opened", message: expect.stringContaining("under maintenance") });
    await db().component.update({ where: { id: ids.db }, data: { status: "operational" } });
    // The next repeat, once the maintenance is over, opens it.
    expect((await post(firing)).body.outcome).toBe("opened");
    expect(await statusOf(ids.db)).toBe("major_outage");
    await post(payload(group, [], "resolved"));
    expect(await statusOf(ids.db)).toBe("operational");
  });
});
