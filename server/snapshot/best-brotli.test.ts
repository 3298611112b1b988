import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { BestBrotli } from "./best-brotli";
import { createEntry, withBestBrotli } from "./snapshot-entry";
import { SnapshotStore } from "./snapshot-store";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function store(): SnapshotStore {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-brotli-"));
  dirs.push(dir);
  return new SnapshotStore(dir);
}

const page = (text: string) => Buffer.from(`<!doctype html><main>${text.repeat(2_000)}</main>`);

describe("BestBrotli", () => {
  it("replaces a quick brotli form with the best one, which is smaller and decodes to the same body", async () => {
    const snapshot = store();
    const quick = await createEntry("/", "text/html", page("All systems operational. "), {}, { quick: true });
    snapshot.commit([quick]);
    const brotli = new BestBrotli(snapshot);
    brotli.add([quick]);
    await brotli.idle();
    const best = snapshot.get("/");
    expect(best?.bestBrotli).toBe(true);
    expect(best?.br.length).toBeLessThanOrEqual(quick.br.length);
    expect(brotliDecompressSync(best?.br ?? Buffer.alloc(0))).toEqual(quick.body);
  });

  it("leaves alone an entry replaced by a newer render while it compressed", async () => {
    const snapshot = store();
    const older = await createEntry("/", "text/html", page("Investigating. "), {}, { quick: true });
    snapshot.commit([older]);
    const brotli = new BestBrotli(snapshot);
    brotli.add([older]);
    const newer = await createEntry("/", "text/html", page("Resolved. "), {}, { quick: true });
    snapshot.commit([newer]);
    await brotli.idle();
    expect(snapshot.get("/")?.body).toEqual(newer.body);
    expect(brotliDecompressSync(snapshot.get("/")?.br ?? Buffer.alloc(0))).toEqual(newer.body);
  });
});

describe("snapshot entries", () => {
  // Regression: each entry's gzip and brotli forms were views of 64 KB zlib chunks, so ten
  // thousand small incident pages held 1.3 GB.
  it("hold memory of their own size, not views of larger buffers", async () => {
    const small = Buffer.from("<!doctype html><main>One incident, resolved.</main>");
    const entry = await createEntry("/incidents/a", "text/html", small, {}, { quick: true });
    const best = await withBestBrotli(entry);
    for (const buffer of [entry.body, entry.gzip, entry.br, best.br]) expect(buffer.buffer.byteLength).toBe(buffer.byteLength);
  });
});
