import { describe, expect, it } from "vitest";
import { commandLineActor } from "../../auth/actor";
import { createComponent } from "../../components/create-component";
import { withTestDatabase } from "../../testing/with-test-database";
import { claimDueMonitors } from "../claim-due-monitors";
import { runMonitorCheck } from "../run-monitor-check";
import { createHeartbeat } from "./create-heartbeat";
import { pingHeartbeat } from "./ping-heartbeat";

const db = withTestDatabase();

async function heartbeat(name: string) {
  const component = await createComponent(commandLineActor, { name: `${name} jobs` });
  const created = await createHeartbeat(commandLineActor, { name, componentId: component.id, periodSeconds: 60, graceSeconds: 30 });
  const secret = created.pingUrl.split("/").at(-1)!;
  return { ...created, secret, component };
}

describe("heartbeats", () => {
  it("have a secret URL shown once, stored hashed, and count a ping once a second at most", async () => {
    const { monitor, pingUrl, secret } = await heartbeat("Nightly backup");
    expect(pingUrl).toMatch(/\/api\/v1\/heartbeats\/hb_[A-Za-z0-9_-]{40,}$/);
    const row = await db().monitor.findUniqueOrThrow({ where: { id: monitor.id } });
    expect(row.kind).toBe("heartbeat");
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(JSON.stringify(monitor)).not.toContain(secret);
    // Not due before its first period plus grace.
    expect(row.nextCheckAt.getTime() - row.createdAt.getTime()).toBeGreaterThanOrEqual(89_000);

    const at = new Date();
    expect(await pingHeartbeat(secret, at)).toBe("recorded");
    expect(await pingHeartbeat(secret, new Date(at.getTime() + 500))).toBe("coalesced");
    expect(await pingHeartbeat(secret, new Date(at.getTime() + 1_500))).toBe("recorded");
    expect(await db().monitorCheck.count({ where: { monitorId: monitor.id } })).toBe(2);
    const pinged = await db().monitor.findUniqueOrThrow({ where: { id: monitor.id } });
    expect(pinged).toMatchObject({ state: "up", lastMessage: "ping received" });
    expect(pinged.nextCheckAt.getTime()).toBe(at.getTime() + 1_500 + 90_000);

    expect(await pingHeartbeat("hb_unknownunknownunknownunknown")).toBe("unknown");
    expect(await pingHeartbeat("../../etc/passwd")).toBe("unknown");
  });

  it("fail when the ping is late, open an incident in the job's words, and resolve on the next ping", async () => {
    const { monitor, secret, component } = await heartbeat("Order export");
    const late = new Date(Date.now() + 91_000);
    const [claim] = (await claimDueMonitors({ limit: 100, now: late })).filter((item) => item.id === monitor.id);
    expect(claim).toBeDefined();
    const missed = await runMonitorCheck(claim!);
    expect(missed).toMatchObject({ state: "down", transition: "failing", incidentId: expect.any(String) });
    const incident = await db().incident.findUniqueOrThrow({ where: { id: missed!.incidentId! }, include: { updates: true } });
    expect(incident.name).toBe("Some updates are delayed");
    expect(incident.updates[0]!.body).toMatch(/no ping yet \(expected every 1 min\)/);
    expect((await db().component.findUniqueOrThrow({ where: { id: component.id } })).status).toBe("major_outage");

    expect(await pingHeartbeat(secret, new Date(late.getTime() + 5_000))).toBe("recorded");
    expect((await db().incident.findUniqueOrThrow({ where: { id: incident.id } })).status).toBe("resolved");
    expect((await db().component.findUniqueOrThrow({ where: { id: component.id } })).status).toBe("operational");
  });

  it("let a ping that arrives during the worker's check win over the missed check", async () => {
    const { monitor, secret } = await heartbeat("Queue consumer");
    const late = new Date(Date.now() + 91_000);
    const [claim] = (await claimDueMonitors({ limit: 100, now: late })).filter((item) => item.id === monitor.id);
    expect(await pingHeartbeat(secret, late)).toBe("recorded");
    expect(await runMonitorCheck(claim!)).toBeNull();
    expect(await db().monitor.findUniqueOrThrow({ where: { id: monitor.id } })).toMatchObject({ state: "up", failures: 0 });
  });
});
