import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "./route";
import { commandLineActor } from "../../../../../lib/auth/actor";
import { createComponent } from "../../../../../lib/components/create-component";
import { withTestDatabase } from "../../../../../lib/testing/with-test-database";
import { createApiToken } from "../../../../../lib/tokens/create-api-token";
import { alertmanagerPayload as payload, postTo } from "../../../../../lib/alerts/testing/payload";

const db = withTestDatabase();
let token: string;
beforeAll(async () => {
  token = (await createApiToken(commandLineActor, { name: "alertmanager" })).token;
  await createComponent(commandLineActor, { name: "API" });
});

const good = () => payload("{}:{alertname=\"Bad\"}", [{ fingerprint: "b1", labels: { alertname: "Bad", component: "API", severity: "critical" } }]);

describe("a webhook body Beacon cannot use", () => {
  it("is refused with 401 without a token, and 400 when it is not a JSON object", async () => {
    expect((await postTo(POST, good(), null)).status).toBe(401);
    const notJson = await postTo(POST, "{version: 4", token);
    expect(notJson).toMatchObject({ status: 400, body: { error: { code: "bad_request", message: "The request body is not valid JSON" } } });
    expect((await postTo(POST, "[]", token)).status).toBe(400);
  });

  const cases: [string, (body: ReturnType<typeof good>) => unknown, string, RegExp][] = [
    ["another payload version", (body) => ({ ...body, version: "3" }), "version", /version 4/],
    ["no alerts list", ({ alerts: _alerts, ...body }) => body, "alerts", /list of alerts/],
    ["an unknown status", (body) => ({ ...body, status: "pending" }), "status", /firing or resolved/],
    ["an alert without a fingerprint", (body) => ({ ...body, alerts: [{ ...body.alerts[0], fingerprint: undefined }] }), "alerts.0.fingerprint", /text/],
    ["labels that are not text", (body) => ({ ...body, alerts: [{ ...body.alerts[0], labels: { severity: 5 } }] }), "alerts.0.labels.severity", /text/],
    ["a label value over 1,000 characters", (body) => ({ ...body, alerts: [{ ...body.alerts[0], labels: { alertname: "x".repeat(1001) } }] }), "alerts.0.labels.alertname", /at most 1000/],
    ["more than 1,000 alerts", (body) => ({ ...body, alerts: Array.from({ length: 1001 }, (_, i) => ({ ...body.alerts[0], fingerprint: `f${i}` })) }), "alerts", /at most 1000 alerts/],
    ["a NUL character", (body) => ({ ...body, groupKey: "a\u0000b" }), "groupKey", /NUL/],
  ];
  for (const [label, change, field, message] of cases) {
    it(`is refused with 422 naming the field: ${label}`, async () => {
      const answer = await postTo(POST, change(good()), token);
      expect(answer.status).toBe(422);
      expect(answer.body.error.code).toBe("validation");
      expect(answer.body.error.fields[field]).toMatch(message);
    });
  }

  it("is refused with 413 when larger than 1 MiB, and nothing is written for any of them", async () => {
    const huge = { ...good(), commonAnnotations: Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`a${i}`, "x".repeat(9_000)])) };
    expect((await postTo(POST, huge, token)).status).toBe(413);
    expect(await db().alertGroup.count()).toBe(0);
    expect(await db().incident.count()).toBe(0);
  });

  it("takes a group of 100 alerts, larger than the 64 KB other /api/v1 bodies may have", async () => {
    const alert = good().alerts[0]!;
    const labels = { ...alert.labels, alertname: "DiskFilling", instance: "node-00.prod.example.internal:9100", job: "node-exporter", mountpoint: "/var/lib/data" };
    const annotations = {
      summary: "Filesystem is predicted to run out of space within the next 24 hours.",
      description: "Filesystem /dev/nvme0n1p1 has only 15% available space left and is filling up.",
      runbook_url: "https://runbooks.prometheus-operator.dev/runbooks/node/nodefilesystemspacefillingup",
    };
    const generatorURL = "http://prometheus-k8s-0:9090/graph?g0.expr=node_filesystem_avail_bytes%7Bjob%3D%22node-exporter%22%7D&g0.tab=1";
    const alerts = Array.from({ length: 100 }, (_, i) => ({ ...alert, generatorURL, fingerprint: `big${i}`, labels: { ...labels, instance: `node-${i}.prod.example.internal:9100` }, annotations }));
    const body = { ...good(), groupKey: "{}:{alertname=\"DiskFilling\"}", alerts };
    expect(JSON.stringify(body).length).toBeGreaterThan(64 * 1024);
    const answer = await postTo(POST, body, token);
    expect(answer).toMatchObject({ status: 200, body: { outcome: "opened" } });
    expect(answer.body.matched).toHaveLength(100);
  });

  it("takes the smallest body Alertmanager could send", async () => {
    const minimal = { version: "4", groupKey: "{}:{}", status: "firing", alerts: [{ status: "firing", labels: { component: "API" }, fingerprint: "m1" }] };
    const answer = await postTo(POST, minimal, token);
    expect(answer).toMatchObject({ status: 200, body: { outcome: "opened", matched: [{ fingerprint: "m1", alertname: null, status: "partial_outage" }] } });
    expect((await db().incident.findUniqueOrThrow({ where: { id: answer.body.incident_id } })).name).toBe("Alert from our monitoring");
  });
});
