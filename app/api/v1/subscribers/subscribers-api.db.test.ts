import { beforeAll, describe, expect, it } from "vitest";
import { commandLineActor } from "../../../../lib/auth/actor";
import { createComponent } from "../../../../lib/components/create-component";
import { openSecret } from "../../../../lib/secrets/secret-box";
import { withTestDatabase } from "../../../../lib/testing/with-test-database";
import { type ApiClient, callRoute, createApiClient } from "../../../../web/rest/testing/api-client";

const db = withTestDatabase();
let api: ApiClient;
let componentId = "";
beforeAll(async () => {
  api = await createApiClient("subscribers tests");
  componentId = (await createComponent(commandLineActor, { name: "Subscribed API" })).id;
});

const PATH = "/api/v1/subscribers";
const post = (body: unknown) => api.call("POST", PATH, { body });

describe("POST /api/v1/subscribers", () => {
  it("adds an email subscriber from Statuspage's body: pending, with a confirmation email queued", async () => {
    const created = await post({ subscriber: { email: "Reader@Example.org", component_ids: [componentId] } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ mode: "email", email: "reader@example.org", endpoint: null, state: "pending", components: [componentId], signing_secret: null });
    const notifications = await db().notification.findMany({ where: { subscriberId: created.body.id }, select: { kind: true } });
    expect(notifications).toEqual([{ kind: "confirmation" }]);
    const audit = await db().auditLog.findFirst({ where: { targetId: created.body.id }, select: { action: true, actorTokenId: true } });
    expect(audit).toEqual({ action: "subscriber.create", actorTokenId: api.tokenId });
  });

  it("confirms at once and sends nothing with skip_confirmation_notification; a second add is a 409", async () => {
    const created = await post({ subscriber: { email: "skip@example.org", skip_confirmation_notification: true } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ state: "confirmed", components: [], skip_confirmation_notification: true });
    expect(await db().notification.count({ where: { subscriberId: created.body.id } })).toBe(0);
    const again = await post({ subscriber: { email: "skip@example.org" } });
    expect(again.status).toBe(409);
  });

  it("adds a webhook subscriber, confirmed, and shows its signing secret once, stored only sealed", async () => {
    const created = await post({ subscriber: { endpoint: "https://hooks.example.com/status", email: "ops@example.org", component_ids: [componentId] } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ mode: "webhook", email: "ops@example.org", endpoint: "https://hooks.example.com/status", state: "confirmed", components: [componentId] });
    const secret: string = created.body.signing_secret;
    expect(secret).toMatch(/^whsec_[\w-]{43}$/);
    const row = await db().subscriber.findUniqueOrThrow({ where: { id: created.body.id }, select: { channel: true, signingSecret: true } });
    expect(row.channel).toBe("webhook");
    expect(row.signingSecret).not.toContain(secret);
    expect(await openSecret("webhook-signing", row.signingSecret!)).toBe(secret);
    // The same owner may add another endpoint, and the same email may also subscribe by email.
    expect((await post({ subscriber: { endpoint: "https://hooks.example.com/other", email: "ops@example.org" } })).status).toBe(201);
    expect((await post({ subscriber: { email: "ops@example.org" } })).status).toBe(201);
    expect((await post({ subscriber: { endpoint: "https://hooks.example.com/status", email: "ops@example.org" } })).status).toBe(409);
  });

  it.each([
    [{ endpoint: "not a url", email: "a@example.org" }, "endpoint", /must be a URL/],
    [{ endpoint: "http://hooks.example.com/x", email: "a@example.org" }, "endpoint", /https:\/\//],
    [{ endpoint: "https://user:pw@hooks.example.com/x", email: "a@example.org" }, "endpoint", /user name or password/],
    [{ endpoint: "https://hooks.example.com/x" }, "email", /./],
    [{ email: "not-an-address" }, "email", /email address/],
    [{ email: "a@example.org", component_ids: ["no-such-component"] }, "component_ids", /unknown component: no-such-component/],
  ])("refuses %j with a 422 naming the field", async (subscriber, field, message) => {
    const before = await db().subscriber.count();
    const refused = await post({ subscriber });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields[field]).toMatch(message);
    expect(await db().subscriber.count()).toBe(before);
  });

  it("needs an API token, and caps the body like the other routes", async () => {
    const anonymous = await callRoute("POST", PATH, { body: { subscriber: { email: "x@example.org" } }, token: null });
    expect(anonymous.status).toBe(401);
    const huge = await api.call("POST", PATH, { rawBody: JSON.stringify({ subscriber: { email: "x@example.org", pad: "x".repeat(70_000) } }) });
    expect(huge.status).toBe(413);
    expect((await api.call("POST", PATH, { rawBody: "{not json" })).status).toBe(400);
  });
});
