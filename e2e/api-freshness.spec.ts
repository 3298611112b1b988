import { expect, test } from "@playwright/test";
import { createTestToken } from "./support/api-token";
import { uniqueName } from "./support/db";
import { PUBLIC_WITHIN_MS, SNAPSHOT_TEST_TIMEOUT } from "./support/eventually";
import { createComponent, deleteRows } from "./support/factories";

// Waits for the snapshot to show edits, each with a generous timeout (support/eventually.ts).
test.describe.configure({ timeout: SNAPSHOT_TEST_TIMEOUT });

// Tooling posts an incident over the REST API; visitors see it (how soon is for `npm run bench`).

test("an incident posted through the API shows on / and in summary.json", async ({ request }) => {
  const component = await createComponent({ name: uniqueName("Edge proxy") });
  const { headers, remove } = await createTestToken();
  const name = uniqueName("API posted 502s");
  let incidentId: string | undefined;
  try {
    const response = await request.post("/api/v1/incidents", {
      headers,
      data: { incident: { name, status: "investigating", impact: "major", body: "Proxies answer **502**.", components: { [component.id]: "major_outage" }, deliver_notifications: false } },
    });
    expect(response.status()).toBe(201);
    incidentId = (await response.json()).id;
    await expect
      .poll(
        async () => {
          const summary = await (await request.get("/api/v2/summary.json")).json();
          const html = await (await request.get("/")).text();
          return (
            html.includes(name) &&
            summary.incidents.some((incident: { name: string }) => incident.name === name) &&
            summary.components.some((c: { id: string; status: string }) => c.id === component.id && c.status === "major_outage")
          );
        },
        { timeout: PUBLIC_WITHIN_MS, intervals: [100, 250, 500] },
      )
      .toBe(true);
  } finally {
    await deleteRows({ incidents: incidentId ? [incidentId] : [], components: [component.id] });
    await remove();
  }
});

test("the API refuses requests without a valid token", async ({ request }) => {
  const anonymous = await request.post("/api/v1/incidents", { data: { name: "x" } });
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toMatchObject({ error: { code: "unauthorized" } });
  const wrong = await request.get("/api/v1/incidents", { headers: { authorization: "Bearer bcn_not-a-real-token" } });
  expect(wrong.status()).toBe(401);
});
