import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Rendered } from "./build-snapshot";
import { RenderQueue } from "./render-queue";
import { createEntry } from "./snapshot-entry";
import { SnapshotStore } from "./snapshot-store";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function setUp(render: (key: string) => Promise<Rendered>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-queue-"));
  dirs.push(dir);
  const store = new SnapshotStore(dir);
  return { store, queue: new RenderQueue({ store, render }) };
}

const page = (text: string): Rendered => ({ status: 200, contentType: "application/json", body: Buffer.from(text) });

describe("RenderQueue", () => {
  // Regression: one page that failed to render kept the whole rebuild from completing.
  it("publishes the pages that render and retries a failing one later, on its own", async () => {
    const rendered: string[] = [];
    const { store, queue } = setUp(async (key) => {
      rendered.push(key);
      if (key === "/bad") throw new RangeError("Not a day key");
      return page(key);
    });
    queue.add(["/a", "/bad", "/b"]);
    expect(await queue.renderFor(10_000, () => false)).toEqual({ rendered: 3, failed: 1 });
    expect(store.get("/a")?.body.toString()).toBe("/a");
    expect(store.get("/b")?.body.toString()).toBe("/b");
    expect(queue.size).toBe(1);
    // Not due yet: nothing is redone.
    expect(queue.hasDue()).toBe(false);
    expect(await queue.renderFor(10_000, () => false)).toEqual({ rendered: 0, failed: 0 });
    expect(queue.hasDue(Date.now() + 1_100)).toBe(true);
    expect(rendered).toEqual(["/a", "/bad", "/b"]);
  });

  it("puts what was queued last first, and stops when asked", async () => {
    const rendered: string[] = [];
    const { queue } = setUp(async (key) => {
      rendered.push(key);
      return page(key);
    });
    queue.add(["/old-1", "/old-2", "/old-3"]);
    queue.add(["/new"]);
    await queue.renderFor(10_000, () => rendered.length >= 2);
    expect(rendered).toEqual(["/new", "/old-1"]);
    expect(queue.size).toBe(2);
  });

  it("keeps a page queued when it was queued again while rendering", async () => {
    let calls = 0;
    const { queue } = setUp(async (key) => {
      calls += 1;
      if (calls === 1) queue.add([key]);
      return page(`${key} ${calls}`);
    });
    queue.add(["/a"]);
    await queue.renderFor(10_000, () => false);
    expect(calls).toBe(2);
    expect(queue.size).toBe(0);
  });

  it("drops a page that now answers 404", async () => {
    const { store, queue } = setUp(async () => ({ status: 404, contentType: "text/html", body: Buffer.from("gone") }));
    store.commit([await createEntry("/incidents/x", "text/html", Buffer.from("old"))]);
    queue.add(["/incidents/x"]);
    await queue.renderFor(10_000, () => false);
    expect(store.get("/incidents/x")).toBeUndefined();
  });
});
