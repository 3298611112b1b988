import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "../../../lib/testing/with-test-database";
import { type ApiClient, createApiClient } from "../../../web/rest/testing/api-client";

const db = withTestDatabase();
let api: ApiClient;
beforeAll(async () => {
  api = await createApiClient("components tests");
});

const ONE = "/api/v1/components/{id}";

describe("components", () => {
  it("creates, reads, updates and deletes a component", async () => {
    const created = await api.call("POST", "/api/v1/components", { body: { name: "API", description: "The public API" } });
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    expect(created.headers.get("location")).toBe(`/api/v1/components/${id}`);
    expect(created.body).toMatchObject({ name: "API", description: "The public API", status: "operational", group_id: null });

    const read = await api.call("GET", ONE, { params: { id } });
    expect(read.body).toEqual(created.body);

    const renamed = await api.call("PATCH", ONE, { params: { id }, body: { name: "Public API", description: "" } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: "Public API", description: null, status: "operational" });

    const deleted = await api.call("DELETE", ONE, { params: { id } });
    expect(deleted.status).toBe(204);
    expect((await api.call("GET", ONE, { params: { id } })).status).toBe(404);
    expect((await api.call("DELETE", ONE, { params: { id } })).status).toBe(404);
  });

  it("sets a status through PATCH, logged as a change made by the token through the API", async () => {
    const { body: component } = await api.call("POST", "/api/v1/components", { body: { name: "Database" } });
    const patched = await api.call("PATCH", ONE, { params: { id: component.id }, body: { status: "major_outage", showcase: false } });
    expect(patched.body).toMatchObject({ status: "major_outage", showcase: false });
    const log = await db().componentStatusLog.findMany({ where: { componentId: component.id }, orderBy: { createdAt: "asc" } });
    expect(log.map((entry) => [entry.oldStatus, entry.newStatus, entry.source, entry.actorTokenId])).toEqual([
      [null, "operational", "api", api.tokenId],
      ["operational", "major_outage", "api", api.tokenId],
    ]);
  });

  it("refuses an empty PATCH and invalid values with 422 and fields, changing nothing", async () => {
    const { body: component } = await api.call("POST", "/api/v1/components", { body: { name: "CDN" } });
    const params = { id: component.id };
    expect((await api.call("PATCH", ONE, { params, body: {} })).status).toBe(422);
    const bad = await api.call("PATCH", ONE, { params, body: { name: "Renamed", status: "on_fire" } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toEqual({ status: expect.stringContaining("must be one of operational") });
    expect((await api.call("GET", ONE, { params })).body.name).toBe("CDN");
  });

  it("refuses a create without a name, naming the field", async () => {
    const response = await api.call("POST", "/api/v1/components", { body: { description: "nameless" } });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ code: "validation", fields: { name: expect.any(String) } });
  });

  it("answers 404 for an unknown component or group, in the path or in the body", async () => {
    expect((await api.call("GET", ONE, { params: { id: "nope" } })).status).toBe(404);
    expect((await api.call("PATCH", ONE, { params: { id: "nope" }, body: { name: "x" } })).status).toBe(404);
    expect((await api.call("GET", ONE, { params: { id: "x".repeat(5000) } })).status).toBe(404);
    const response = await api.call("POST", "/api/v1/components", { body: { name: "Orphan", groupId: "no-such-group" } });
    expect(response.status).toBe(404);
    expect(response.body.error.message).toContain("no-such-group");
  });
});

describe("component groups", () => {
  it("creates a group, fills, renames, lists and deletes it", async () => {
    const created = await api.call("POST", "/api/v1/component-groups", { body: { name: "Backend" } });
    expect(created.status).toBe(201);
    const groupId: string = created.body.id;
    expect(created.headers.get("location")).toBe(`/api/v1/component-groups/${groupId}`);
    expect(created.body).toMatchObject({ name: "Backend", components: [] });

    const { body: member } = await api.call("POST", "/api/v1/components", { body: { name: "Workers", groupId } });
    expect(member.group_id).toBe(groupId);
    const renamed = await api.call("PATCH", "/api/v1/component-groups/{id}", { params: { id: groupId }, body: { name: "Back end" } });
    expect(renamed.body).toMatchObject({ name: "Back end", components: [member.id] });

    const list = await api.call("GET", "/api/v1/components");
    expect(list.body.groups).toContainEqual(renamed.body);
    expect(list.body.components).toContainEqual(member);

    expect((await api.call("DELETE", "/api/v1/component-groups/{id}", { params: { id: groupId } })).status).toBe(204);
    expect((await api.call("GET", ONE, { params: { id: member.id } })).body.group_id).toBeNull();
    expect((await api.call("GET", "/api/v1/component-groups/{id}", { params: { id: groupId } })).status).toBe(404);
  });

  it("deletes a group with its components when asked", async () => {
    const { body: group } = await api.call("POST", "/api/v1/component-groups", { body: { name: "Legacy" } });
    const { body: member } = await api.call("POST", "/api/v1/components", { body: { name: "FTP", groupId: group.id } });
    const query = "delete_components=true";
    expect((await api.call("DELETE", "/api/v1/component-groups/{id}", { params: { id: group.id }, query })).status).toBe(204);
    expect((await api.call("GET", ONE, { params: { id: member.id } })).status).toBe(404);
    const bad = await api.call("DELETE", "/api/v1/component-groups/{id}", { params: { id: group.id }, query: "delete_components=yes" });
    expect(bad.status).toBe(422);
  });
});
