import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "./route";
import { commandLineActor } from "../../../../../lib/auth/actor";
import { createComponent } from "../../../../../lib/components/create-component";
import { type RunningAlertmanager, type ServedHandler, serveHandler, startAlertmanager } from "../../../../../lib/testing/alertmanager";
import { withTestDatabase } from "../../../../../lib/testing/with-test-database";
import { createApiToken } from "../../../../../lib/tokens/create-api-token";
import { ALERTMANAGER_PATH } from "../../../../../lib/alerts/receiver-config";

// The real Alertmanager (Debian's prometheus-alertmanager) delivering to Beacon's route handler:
// the receiver YAML the dashboard shows, its bearer token and its payload, end to end.

const db = withTestDatabase();
let beacon: ServedHandler | undefined;
let alertmanager: RunningAlertmanager | undefined;
let componentId: string;
let token: string;

beforeAll(async () => {
  componentId = (await createComponent(commandLineActor, { name: "Checkout" })).id;
  token = (await createApiToken(commandLineActor, { name: "alertmanager" })).token;
  beacon = await serveHandler(POST);
});

afterAll(async () => {
  await alertmanager?.stop();
  await beacon?.close();
});

const poll = { timeout: 90_000, interval: 250 };
const outcomes = () => beacon!.answers.map((answer) => (JSON.parse(answer.body) as { outcome?: string }).outcome);

async function groupState() {
  const group = await db().alertGroup.findFirst({ select: { status: true, incidentId: true, lastIncidentId: true } });
  const incident = group?.lastIncidentId ? await db().incident.findUnique({ where: { id: group.lastIncidentId }, select: { id: true, name: true, status: true } }) : null;
  const { status } = await db().component.findUniqueOrThrow({ where: { id: componentId }, select: { status: true } });
  return { group: group?.status ?? null, incident, component: status };
}

describe("Prometheus Alertmanager pointed at Beacon", () => {
  it("opens the incident when an alert fires and resolves it when the alert ends", async () => {
    // Started here, not in beforeAll: without the binary this test fails (saying what to install), never skips.
    alertmanager = await startAlertmanager({ beaconUrl: beacon!.url, token });
    const startsAt = new Date(Date.now() - 60_000).toISOString();
    const alert = {
      labels: { alertname: "CheckoutErrors", component: "checkout", severity: "critical" },
      annotations: { summary: "Checkout fails for some customers" },
      startsAt,
    };
    await alertmanager!.postAlerts([alert]);
    await expect
      .poll(groupState, poll)
      .toMatchObject({ group: "firing", component: "major_outage", incident: { name: "Checkout fails for some customers", status: "investigating" } });
    // repeat_interval is 2 s here: Alertmanager sends the same group again, which changes nothing.
    await expect.poll(() => outcomes().filter((outcome) => outcome === "unchanged").length, poll).toBeGreaterThanOrEqual(1);

    // Ended a minute ago: Alertmanager sends the group as resolved at its next group_interval.
    await alertmanager!.postAlerts([{ ...alert, endsAt: new Date(Date.now() - 1_000).toISOString() }]);
    await expect.poll(groupState, poll).toMatchObject({ group: "resolved", component: "operational", incident: { status: "resolved" } });

    const answers = beacon!.answers;
    expect(answers.every((answer) => answer.status === 200 && answer.path === ALERTMANAGER_PATH)).toBe(true);
    expect(answers[0]!.authorization).toMatch(/^Bearer bcn_/);
    expect(outcomes().filter((outcome) => outcome !== "unchanged")).toEqual(["opened", "resolved"]);
    const incidents = await db().incident.findMany({ include: { updates: true } });
    expect(incidents).toHaveLength(1);
    expect(incidents[0]!.updates.map((update) => update.status).sort()).toEqual(["investigating", "resolved"]);
  }, 240_000);
});
