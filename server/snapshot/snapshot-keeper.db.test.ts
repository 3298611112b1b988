import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getAtom } from "../../app/history.atom/route";
import { GET as getStatus } from "../../app/api/v2/status.json/route";
import { GET as getSummary } from "../../app/api/v2/summary.json/route";
import { commandLineActor } from "../../lib/auth/actor";
import { createIncident } from "../../lib/incidents/create-incident";
import { getIncident } from "../../lib/incidents/get-incident";
import { ensurePage } from "../../lib/pages/ensure-page";
import { loadHistory } from "../../lib/status-page/load-history";
import { loadStatusPage } from "../../lib/status-page/load-status-page";
import { withTestDatabase } from "../../lib/testing/with-test-database";
import type { Rendered } from "./build-snapshot";
import { SnapshotKeeper } from "./snapshot-keeper";
import { SnapshotStore } from "./snapshot-store";

// The keeper against a real database, rendering through the same lib/ loaders and route
// handlers the public pages use (the HTML around them is Next's and is not needed here).

const db = withTestDatabase();
const rendered: string[] = [];
const json = (status: number, body: unknown): Rendered => ({ status, contentType: "application/json", body: Buffer.from(JSON.stringify(body)) });
const fromResponse = async (response: Response): Promise<Rendered> => ({
  status: response.status,
  contentType: response.headers.get("content-type") ?? "",
  body: Buffer.from(await response.arrayBuffer()),
});

async function render(key: string): Promise<Rendered> {
  rendered.push(key);
  if (key === "/") return json(200, await loadStatusPage());
  if (key === "/api/v2/summary.json") return fromResponse(await getSummary());
  if (key === "/api/v2/status.json") return fromResponse(await getStatus());
  if (key === "/history.atom") return fromResponse(await getAtom());
  const history = /^\/history(?:\?page=(\d+))?$/.exec(key);
  if (history) {
    const data = await loadHistory(Number(history[1] ?? 1));
    return data ? json(200, data) : json(404, {});
  }
  const incident = /^\/incidents\/(.+)$/.exec(key);
  if (incident) {
    const found = await getIncident("beacon", incident[1] as string);
    return found ? json(200, found) : json(404, {});
  }
  return json(200, { key });
}

async function eventually(check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let dir: string;
let keeper: SnapshotKeeper;
let store: SnapshotStore;
const oddIds: string[] = [];

beforeAll(async () => {
  process.env.BEACON_URL = "https://status.example.com";
  const page = await ensurePage();
  for (const [kind, startedAt] of [["incident", "0999-11-28T10:00:00Z"], ["maintenance", "0001-01-01T00:00:00Z"]] as const) {
    // Written as rows already stored (or written by other means) would be: no input rule in the way.
    const row = await db().incident.create({
      data: { pageId: page.id, kind, name: `Dated ${startedAt}`, status: kind === "incident" ? "resolved" : "completed", startedAt: new Date(startedAt), resolvedAt: new Date(startedAt), scheduledFor: kind === "maintenance" ? new Date(startedAt) : null, scheduledUntil: kind === "maintenance" ? new Date(startedAt) : null },
      select: { id: true },
    });
    oddIds.push(row.id);
  }
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-keeper-"));
  store = new SnapshotStore(dir);
  keeper = new SnapshotKeeper({ store, render, pageId: page.id, pollMs: 50 });
  keeper.start();
});

afterAll(() => {
  keeper?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("SnapshotKeeper with incidents dated 0999 and 0001", () => {
  // Regression: such rows made every rebuild render ~4,100 /history pages, each failing with
  // "RangeError: Not a day key", so the rebuild never completed and new incidents never appeared.
  it("completes with a bounded number of renders, and a new incident appears", async () => {
    await eventually(() => oddIds.every((id) => store.get(`/incidents/${id}`)) && store.get("/api/v2/summary.json") !== undefined);
    const first = rendered.length;
    expect(first).toBeLessThan(40);
    expect(rendered.filter((key) => key.startsWith("/history?"))).toEqual([]);
    expect(store.get(`/incidents/${oddIds[0]}`)?.body.toString()).toContain("Dated 0999-11-28");

    const { incidentId } = await createIncident(commandLineActor, { name: "Fresh outage after the odd rows", deliver_notifications: false });
    await eventually(() => store.get("/api/v2/summary.json")?.body.toString().includes("Fresh outage after the odd rows") === true);
    await eventually(() => store.get(`/incidents/${incidentId}`) !== undefined);
    expect(store.get("/")?.body.toString()).toContain("Fresh outage after the odd rows");
    // The change re-rendered the fixed paths and the new incident's page, nothing more.
    await eventually(() => keeper.queue.size === 0);
    expect(rendered.length - first).toBeLessThan(30);
    expect(rendered.filter((key) => key.startsWith("/history?"))).toEqual([]);
  });

  it("publishes a change with quick brotli and then stores the best form, in memory and on disk", async () => {
    await createIncident(commandLineActor, { name: "Compressed twice", deliver_notifications: false });
    await eventually(() => store.get("/api/v2/summary.json")?.body.toString().includes("Compressed twice") === true);
    await eventually(() => store.get("/api/v2/summary.json")?.bestBrotli === true);
    const entry = store.get("/api/v2/summary.json");
    expect(brotliDecompressSync(entry?.br ?? Buffer.alloc(0))).toEqual(entry?.body);
    const reloaded = new SnapshotStore(dir);
    store.flush();
    reloaded.load();
    expect(reloaded.get("/api/v2/summary.json")?.br).toEqual(entry?.br);
  });

  it("answers 404 for history pages past the last", async () => {
    expect(await loadHistory(5000)).toBeNull();
    expect(await loadHistory(2)).toBeNull();
    expect((await loadHistory(1))?.pageCount).toBe(1);
  });
});
