import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getComponentBadge } from "../../app/badge/[file]/route";
import { GET as getOverallBadge } from "../../app/badge.svg/route";
import { ensurePage } from "../../lib/pages/ensure-page";
import { withTestDatabase } from "../../lib/testing/with-test-database";
import type { Rendered } from "./build-snapshot";
import { SnapshotKeeper } from "./snapshot-keeper";
import { SnapshotStore } from "./snapshot-store";

// The keeper keeps one badge per shown component (light and dark), rendered through the real
// route handlers: a new component gains its badges, a status change re-renders them, and a
// deleted or hidden component's badges leave the snapshot.

const db = withTestDatabase();

async function render(key: string): Promise<Rendered> {
  const request = new NextRequest(`http://127.0.0.1${key}`);
  const file = /^\/badge\/([^?]+)/.exec(key)?.[1];
  const response = file
    ? await getComponentBadge(request, { params: Promise.resolve({ file }) })
    : key.startsWith("/badge.svg")
      ? await getOverallBadge(request)
      : new Response("{}", { headers: { "content-type": "application/json" } });
  return { status: response.status, contentType: response.headers.get("content-type") ?? "", body: Buffer.from(await response.arrayBuffer()) };
}

async function eventually(check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let dir: string;
let store: SnapshotStore;
let keeper: SnapshotKeeper;
let pageId: string;
const body = (key: string) => store.get(key)?.body.toString();

beforeAll(async () => {
  process.env.BEACON_URL = "https://status.example.com";
  pageId = (await ensurePage()).id;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-badges-"));
  store = new SnapshotStore(dir);
  keeper = new SnapshotKeeper({ store, render, pageId, pollMs: 50 });
  keeper.start();
});

afterAll(() => {
  keeper?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("SnapshotKeeper and component badges", () => {
  it("adds a component's badges, follows its status, and drops them when it is hidden or deleted", async () => {
    const api = await db().component.create({ data: { pageId, name: "Badge API" } });
    const hidden = await db().component.create({ data: { pageId, name: "Badge hidden", showcase: false } });
    await eventually(() => body(`/badge/${api.id}.svg`)?.includes('aria-label="Badge API: operational"') === true);
    await eventually(() => body(`/badge/${api.id}.svg?theme=dark`)?.includes("#24292f") === true);
    expect(body("/badge.svg")).toContain('aria-label="status: all systems operational"');
    expect(store.get(`/badge/${hidden.id}.svg`)).toBeUndefined();

    await db().component.update({ where: { id: api.id }, data: { status: "major_outage" } });
    await eventually(() => body(`/badge/${api.id}.svg`)?.includes('aria-label="Badge API: major outage"') === true);
    await eventually(() => body(`/badge/${api.id}.svg?theme=dark`)?.includes("major outage") === true);
    await eventually(() => body("/badge.svg")?.includes("major system outage") === true);

    await db().component.update({ where: { id: api.id }, data: { showcase: false } });
    await eventually(() => store.get(`/badge/${api.id}.svg`) === undefined && store.get(`/badge/${api.id}.svg?theme=dark`) === undefined);

    await db().component.update({ where: { id: api.id }, data: { showcase: true } });
    await eventually(() => store.get(`/badge/${api.id}.svg`) !== undefined);
    await db().component.delete({ where: { id: api.id } });
    await eventually(() => store.get(`/badge/${api.id}.svg`) === undefined && store.get(`/badge/${api.id}.svg?theme=dark`) === undefined);
  });
});
