import { describe, expect, it } from "vitest";
import { commandLineActor } from "../auth/actor";
import { createComponent } from "../components/create-component";
import { createTestActors } from "../testing/test-actors";
import { withTestDatabase } from "../testing/with-test-database";
import { ensurePage } from "../pages/ensure-page";
import type { CheckResult } from "./check/check-result";
import { claimDueMonitors } from "./claim-due-monitors";
import { createMonitor } from "./create-monitor";
import { deleteMonitor } from "./delete-monitor";
import { getMonitor, listMonitors } from "./list-monitors";
import { openHeaders } from "./monitor-view";
import { recordCheck } from "./record-check";
import { updateMonitor } from "./update-monitor";

const db = withTestDatabase();

async function component(name: string) {
  return createComponent(commandLineActor, { name });
}

const result = (outcome: CheckResult["outcome"], message = outcome === "up" ? "200 OK in 13 ms" : "502 Bad Gateway from the proxy"): CheckResult => ({
  outcome,
  statusCode: outcome === "up" ? 200 : 502,
  timings: { dnsMs: 1.2, connectMs: 2.4, tlsMs: null, firstByteMs: 10.6, totalMs: 12.5 },
  failureClass: outcome === "up" ? null : "http_status",
  message,
  certificateExpiresAt: null,
});

describe("monitors", () => {
  it("are created with the defaults, their header values sealed and never shown", async () => {
    const { id } = await component("Monitored API");
    const monitor = await createMonitor(commandLineActor, { name: "API health", url: "https://api.example.com/health", componentId: id, headers: { Authorization: "Bearer s3cr3t-value" } });
    expect(monitor).toMatchObject({ intervalSeconds: 60, timeoutMs: 10_000, upStatuses: "200-399", failureThreshold: 3, successThreshold: 2, state: "unknown", headerNames: ["Authorization"], keywordMode: null });
    expect(JSON.stringify(monitor)).not.toContain("s3cr3t-value");
    const row = await db().monitor.findUniqueOrThrow({ where: { id: monitor.id } });
    expect(row.sealedHeaders).not.toContain("s3cr3t-value");
    expect(await openHeaders(row.sealedHeaders)).toEqual({ Authorization: "Bearer s3cr3t-value" });
    const audit = await db().auditLog.findFirstOrThrow({ where: { targetId: monitor.id } });
    expect(audit.details).not.toContain("s3cr3t-value");
    expect((await listMonitors(commandLineActor)).map((item) => item.id)).toContain(monitor.id);
  });

  it("refuses what cannot be checked, naming the field", async () => {
    const { id } = await component("Refusing API");
    const base = { name: "Refused", url: "https://api.example.com/", componentId: id };
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ url: "ftp://example.com/" }, "url", /http:\/\/ or https:\/\//],
      [{ url: "https://user:pw@example.com/" }, "url", /Authorization header/],
      [{ intervalSeconds: 5 }, "intervalSeconds", /at least 10/],
      [{ intervalSeconds: 10, timeoutMs: 20_000 }, "timeoutMs", /longer than the interval/],
      [{ upStatuses: "200-" }, "upStatuses", /./],
      [{ componentId: "nope" }, "componentId", /no component/],
      [{ headers: { "Bad Name": "x" } }, "headers", /not a header name/],
      [{ headers: { Host: "x" } }, "headers", /set by the request/],
      [{ headers: { "X-A": "a\r\nX-B: b" } }, "headers", /one line/],
      [{ jsonPath: "status" }, "jsonExpected", /both/],
    ];
    for (const [change, field, message] of cases) {
      await expect(createMonitor(commandLineActor, { ...base, ...change } as never), field).rejects.toMatchObject({ fields: { [field]: expect.stringMatching(message) } });
    }
    const { editor, token } = await createTestActors(db(), (await ensurePage()).id);
    await expect(createMonitor(token, base)).resolves.toMatchObject({ name: "Refused" });
    await expect(createMonitor(editor, base)).resolves.toMatchObject({ name: "Refused" });
    expect(await db().monitor.count({ where: { name: "Refused" } })).toBe(2);
  });

  it("is changed field by field, checked as a whole, and removed", async () => {
    const { id } = await component("Changing API");
    const monitor = await createMonitor(commandLineActor, { name: "Changing", url: "https://a.example.com/", componentId: id, intervalSeconds: 30, timeoutMs: 5_000, headers: { "X-Key": "k1" } });
    const changed = await updateMonitor(commandLineActor, { id: monitor.id, keyword: "Welcome", intervalSeconds: 20 });
    expect(changed).toMatchObject({ keyword: "Welcome", keywordMode: "present", intervalSeconds: 20, timeoutMs: 5_000, headerNames: ["X-Key"] });
    await expect(updateMonitor(commandLineActor, { id: monitor.id, intervalSeconds: 9, timeoutMs: 1_000 })).rejects.toMatchObject({ fields: { intervalSeconds: expect.any(String) } });
    await expect(updateMonitor(commandLineActor, { id: monitor.id, timeoutMs: 30_000 })).rejects.toMatchObject({ fields: { timeoutMs: /longer than the interval/ } });
    await updateMonitor(commandLineActor, { id: monitor.id, headers: {} });
    expect((await getMonitor(commandLineActor, monitor.id))?.headerNames).toEqual([]);
    await deleteMonitor(commandLineActor, monitor.id);
    expect(await getMonitor(commandLineActor, monitor.id)).toBeNull();
    await expect(deleteMonitor(commandLineActor, monitor.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("is claimed by one process at a time, and a recorded check moves it to its next slot", async () => {
    const { id } = await component("Claimed API");
    const monitor = await createMonitor(commandLineActor, { name: "Claimed", url: "https://c.example.com/", componentId: id, intervalSeconds: 60 });
    const paused = await createMonitor(commandLineActor, { name: "Paused", url: "https://p.example.com/", componentId: id, paused: true });
    const now = new Date(Date.now() + 1_000);
    const [first, second] = await Promise.all([claimDueMonitors({ limit: 100, now }), claimDueMonitors({ limit: 100, now })]);
    const claims = [...first!, ...second!].filter((claim) => claim.id === monitor.id);
    expect(claims).toHaveLength(1);
    expect([...first!, ...second!].some((claim) => claim.id === paused.id)).toBe(false);
    // Held: a third process finds it claimed.
    expect((await claimDueMonitors({ limit: 100, now })).some((claim) => claim.id === monitor.id)).toBe(false);

    const recorded = await recordCheck({ monitorId: monitor.id, claimedUntil: claims[0]!.claimedUntil, result: result("down"), now });
    expect(recorded).toMatchObject({ state: "unknown", failures: 1, transition: "none" });
    const row = await db().monitor.findUniqueOrThrow({ where: { id: monitor.id } });
    expect(row).toMatchObject({ claimedUntil: null, lastMessage: "502 Bad Gateway from the proxy", failures: 1 });
    expect(row.nextCheckAt.getTime()).toBeGreaterThan(now.getTime());
    expect(row.nextCheckAt.getTime() - now.getTime()).toBeLessThanOrEqual(60_000);
    expect(await db().monitorCheck.findFirst({ where: { monitorId: monitor.id }, select: { outcome: true, statusCode: true, totalMs: true, dnsMs: true, failureClass: true } })).toEqual({
      outcome: "down",
      statusCode: 502,
      totalMs: 13,
      dnsMs: 1,
      failureClass: "http_status",
    });
    // A lease that is no longer ours records nothing.
    expect(await recordCheck({ monitorId: monitor.id, claimedUntil: claims[0]!.claimedUntil, result: result("up"), now })).toBeNull();
    expect(await db().monitorCheck.count({ where: { monitorId: monitor.id } })).toBe(1);
  });

  it("turns down after its failure threshold and up after its success threshold", async () => {
    const { id } = await component("Streak API");
    const monitor = await createMonitor(commandLineActor, { name: "Streak", url: "https://s.example.com/", componentId: id, intervalSeconds: 10, timeoutMs: 1_000, failureThreshold: 2, successThreshold: 1 });
    const transitions: string[] = [];
    let at = Date.now();
    for (const outcome of ["up", "down", "down", "down", "up"] as const) {
      at += 11_000;
      const [claim] = (await claimDueMonitors({ limit: 100, now: new Date(at) })).filter((item) => item.id === monitor.id);
      const recorded = await recordCheck({ monitorId: monitor.id, claimedUntil: claim!.claimedUntil, result: result(outcome), now: new Date(at) });
      transitions.push(`${recorded?.state}/${recorded?.transition}`);
    }
    expect(transitions).toEqual(["up/none", "up/none", "down/failing", "down/none", "up/recovered"]);
  });
});
