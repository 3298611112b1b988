import { beforeAll, beforeEach } from "vitest";
import { POST } from "../route";
import { commandLineActor } from "../../../../../../lib/auth/actor";
import { createComponent } from "../../../../../../lib/components/create-component";
import type { Db } from "../../../../../../lib/database/client";
import { ensurePage } from "../../../../../../lib/pages/ensure-page";
import { createTestActors, type TestActors } from "../../../../../../lib/testing/test-actors";
import { createApiToken } from "../../../../../../lib/tokens/create-api-token";
import { createAlertRoute } from "../../../../../../lib/alerts/create-alert-route";
import { postTo, type RouteAnswer } from "../../../../../../lib/alerts/testing/payload";

// What the webhook tests share: a token, an editor, four components (all operational before
// each test) and one route (service=postgres, env=prod -> Database). Call at a file's top level.

export type AlertFixtures = {
  token: string;
  actors: TestActors;
  ids: Record<"api" | "web" | "db" | "queue", string>;
  post(body: unknown): Promise<RouteAnswer>;
  /** A group key no other test of the file uses. */
  newGroup(): string;
  statusOf(componentId: string): Promise<string>;
};

export function setUpAlertTests(db: () => Db): AlertFixtures {
  let groups = 0;
  const fixtures: AlertFixtures = {
    token: "",
    actors: undefined as unknown as TestActors,
    ids: { api: "", web: "", db: "", queue: "" },
    post: (body) => postTo(POST, body, fixtures.token),
    newGroup: () => `{}/{}:{alertname="Test${++groups}"}`,
    statusOf: async (id) => (await db().component.findUniqueOrThrow({ where: { id } })).status,
  };
  beforeAll(async () => {
    fixtures.token = (await createApiToken(commandLineActor, { name: "alertmanager" })).token;
    fixtures.actors = await createTestActors(db(), (await ensurePage()).id);
    const { ids } = fixtures;
    ids.api = (await createComponent(commandLineActor, { name: "API" })).id;
    ids.web = (await createComponent(commandLineActor, { name: "Website" })).id;
    ids.db = (await createComponent(commandLineActor, { name: "Database" })).id;
    ids.queue = (await createComponent(commandLineActor, { name: "Queue" })).id;
    const matchers = [{ name: "service", value: "postgres" }, { name: "env", value: "prod" }];
    await createAlertRoute(fixtures.actors.editor, { componentId: ids.db, matchers });
  });
  beforeEach(() => db().component.updateMany({ data: { status: "operational" } }));
  return fixtures;
}
