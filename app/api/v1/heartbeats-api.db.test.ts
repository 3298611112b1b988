import { beforeAll, describe, expect, it } from "vitest";
import { commandLineActor } from "../../../lib/auth/actor";
import { createComponent } from "../../../lib/components/create-component";
import { createHeartbeat } from "../../../lib/monitors/heartbeats/create-heartbeat";
import { withTestDatabase } from "../../../lib/testing/with-test-database";
import { type ApiClient, createApiClient } from "../../../web/rest/testing/api-client";

const db = withTestDatabase();
let api: ApiClient;
beforeAll(async () => {
  api = await createApiClient("heartbeat tests");
});

const PING = "/api/v1/heartbeats/{secret}";

describe("a heartbeat's ping URL", () => {
  it("takes GET and POST without a token, ignores a body, and answers 404 for a secret it does not know", async () => {
    const component = await createComponent(commandLineActor, { name: "Backups" });
    const { monitor, pingUrl } = await createHeartbeat(commandLineActor, { name: "Nightly backup", componentId: component.id, periodSeconds: 86_400 });
    const secret = pingUrl.split("/").at(-1)!;
    const got = await api.call("GET", PING, { token: null, params: { secret } });
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ status: "ok" });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const posted = await api.call("POST", PING, { token: null, params: { secret }, rawBody: "backup finished: 12 GB" });
    expect(posted.status).toBe(200);
    expect(await db().monitorCheck.count({ where: { monitorId: monitor.id } })).toBe(2);

    await db().monitor.update({ where: { id: monitor.id }, data: { paused: true } });
    expect((await api.call("POST", PING, { token: null, params: { secret } })).body).toMatchObject({ status: "paused" });

    for (const unknown of ["hb_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "nope", "%00"]) {
      const answer = await api.call("GET", PING, { token: null, params: { secret: unknown } });
      expect(answer.status, unknown).toBe(404);
      expect(answer.body.error.code).toBe("not_found");
    }
  });
});
