import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { SnapshotEntry } from "../snapshot/snapshot-entry";
import { SnapshotStore } from "../snapshot/snapshot-store";
import { followApp } from "./snapshot-sync";

const entry = (key: string, etag: string): SnapshotEntry => ({
  key,
  etag,
  contentType: "text/html; charset=utf-8",
  builtAt: 0,
  headers: {},
  body: Buffer.from(etag),
  gzip: Buffer.from("g"),
  br: Buffer.from("b"),
  bestBrotli: true,
});

function frontStore(...entries: SnapshotEntry[]): SnapshotStore {
  const store = new SnapshotStore(fs.mkdtempSync(path.join(os.tmpdir(), "beacon-sync-")));
  store.adopt(entries, []);
  return store;
}

describe("followApp", () => {
  it("on ready, drops what the app does not hold and asks for what differs", () => {
    const store = frontStore(entry("/", "a"), entry("/history", "h"), entry("/incidents/gone", "x"));
    const wanted = followApp(store, { type: "ready", digest: [["/", "a"], ["/history", "h2"], ["/api/v2/summary.json", "s"]] });
    expect(wanted.sort()).toEqual(["/api/v2/summary.json", "/history"]);
    expect(store.keys().sort()).toEqual(["/", "/history"]);
  });

  it("takes a commit, bytes that arrive as plain Uint8Arrays included, without writing to disk", () => {
    const store = frontStore(entry("/", "a"));
    const changed = { ...entry("/history", "h"), body: new Uint8Array(Buffer.from("<html>")) as Buffer };
    expect(followApp(store, { type: "commit", changed: [changed], removed: ["/"] })).toEqual([]);
    expect(store.keys()).toEqual(["/history"]);
    expect(Buffer.isBuffer(store.get("/history")?.body)).toBe(true);
    expect(store.get("/history")?.body.toString()).toBe("<html>");
    expect(new SnapshotStore(store["dir"] as string).load()).toBe(0);
  });
});
