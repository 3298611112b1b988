import { beforeAll, describe, expect, it } from "vitest";
import { commandLineActor } from "../../../../../lib/auth/actor";
import { createComponent } from "../../../../../lib/components/create-component";
import { ensurePage } from "../../../../../lib/pages/ensure-page";
import { createTestActors, type TestActors } from "../../../../../lib/testing/test-actors";
import { withTestDatabase } from "../../../../../lib/testing/with-test-database";
import { createApiToken } from "../../../../../lib/tokens/create-api-token";
import { POST } from "./route";
import { createAlertRoute } from "../../../../../lib/alerts/create-alert-route";
import { deleteAlertRoute } from "../../../../../lib/alerts/delete-alert-route";
import { listAlertGroups } from "../../../../../lib/alerts/list-alert-groups";
import { listAlertRoutes } from "../../../../../lib/alerts/list-alert-routes";
import { alertmanagerPayload, postTo } from "../../../../../lib/alerts/testing/payload";

const db = withTestDatabase();
let actors: TestActors;
let api: string;
beforeAll(async () => {
  actors = await createTestActors(db(), (await ensurePage()).id);
  api = (await createComponent(commandLineActor, { name: "API" })).id;
});

describe("dashboard routes", () => {
  it("are listed in the order they were added, audited, and removed once", async () => {
    const first = await createAlertRoute(actors.editor, { componentId: api, matchers: [{ name: "service", value: "api" }, { name: "env", value: "prod" }] });
    const second = await createAlertRoute(actors.editor, { componentId: api, matchers: [{ name: "job", value: "gateway" }] });
    expect(await listAlertRoutes(actors.editor)).toEqual([
      { id: first.id, componentId: api, componentName: "API", matchers: { env: "prod", service: "api" } },
      { id: second.id, componentId: api, componentName: "API", matchers: { job: "gateway" } },
    ]);
    await deleteAlertRoute(actors.editor, first.id);
    await expect(deleteAlertRoute(actors.editor, first.id)).rejects.toMatchObject({ code: "not_found" });
    expect((await listAlertRoutes(actors.editor)).map((route) => route.id)).toEqual([second.id]);
    const audit = await db().auditLog.findMany({ where: { targetType: "alert_route" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => [row.action, row.actorLabel])).toEqual([
      ["alert_route.create", actors.editor.email],
      ["alert_route.create", actors.editor.email],
      ["alert_route.delete", actors.editor.email],
    ]);
  });

  it("refuse another page's component, a label named twice and a name that is no label name", async () => {
    const other = await db().component.create({ data: { pageId: actors.otherPageId, name: "Theirs" } });
    await expect(createAlertRoute(actors.editor, { componentId: other.id, matchers: [{ name: "a", value: "b" }] })).rejects.toMatchObject({ fields: { componentId: "must be a component of this page" } });
    await expect(createAlertRoute(actors.editor, { componentId: api, matchers: [{ name: "a", value: "1" }, { name: "a", value: "2" }] })).rejects.toMatchObject({ fields: { matchers: "name a once" } });
    await expect(createAlertRoute(actors.editor, { componentId: api, matchers: [{ name: "a-b", value: "1" }] })).rejects.toMatchObject({ code: "validation" });
    await expect(createAlertRoute(actors.editor, { componentId: api, matchers: [] })).rejects.toMatchObject({ code: "validation" });
  });
});

describe("recent alert groups", () => {
  it("link the incident a group opened, also once it is resolved", async () => {
    const { token } = await createApiToken(commandLineActor, { name: "alertmanager" });
    const firing = alertmanagerPayload("{}:{alertname=\"Listed\"}", [{ fingerprint: "l1", labels: { alertname: "Listed", component: "API", severity: "critical" } }]);
    const opened = await postTo(POST, firing, token);
    expect(await listAlertGroups(actors.editor)).toMatchObject([{ status: "firing", firingCount: 1, incident: { id: opened.body.incident_id, status: "investigating" } }]);
    await postTo(POST, alertmanagerPayload(firing.groupKey, [], "resolved"), token);
    expect(await listAlertGroups(actors.editor)).toMatchObject([{ status: "resolved", firingCount: 0, incident: { id: opened.body.incident_id, status: "resolved" } }]);
  });
});
