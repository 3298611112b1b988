import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { SnapshotEntry } from "../snapshot/snapshot-entry";
import { MirrorWriter } from "./mirror-writer";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function temp(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-mirror-test-"));
  dirs.push(dir);
  return dir;
}

const entry = (key: string, contentType: string, body: string, etag = `"${key}-${body.length}"`): SnapshotEntry => ({
  key,
  contentType,
  etag,
  builtAt: Date.now(),
  headers: {},
  body: Buffer.from(body),
  gzip: Buffer.alloc(0),
  br: Buffer.alloc(0),
  bestBrotli: true,
});

describe("MirrorWriter", () => {
  it("writes pages with relative links, their styles, and error pages from the summary; removes what is gone", () => {
    const dir = temp();
    const staticDir = temp();
    fs.mkdirSync(path.join(staticDir, "chunks"));
    fs.writeFileSync(path.join(staticDir, "chunks", "site.css"), "body{}");
    const writer = new MirrorWriter({ dir, beaconUrl: "https://status.example.com", staticDir, iconFile: path.join(staticDir, "chunks", "site.css") });
    const summary = JSON.stringify({ page: { name: "Acme", url: "https://status.example.com" }, status: { indicator: "major", description: "Partial System Outage" }, incidents: [{ name: "Checkout slow", status: "investigating", incident_updates: [] }] });
    writer.write([
      entry("/", "text/html; charset=utf-8", '<link rel="stylesheet" href="/_next/static/chunks/site.css"><a href="/incidents/abc">Checkout slow</a><a href="/_next/static/../../etc/passwd">x</a>'),
      entry("/incidents/abc", "text/html; charset=utf-8", '<a href="/">Back</a>'),
      entry("/api/v2/summary.json", "application/json", summary),
    ]);
    expect(fs.readFileSync(path.join(dir, "index.html"), "utf8")).toContain('href="./incidents/abc/"');
    expect(fs.readFileSync(path.join(dir, "incidents/abc/index.html"), "utf8")).toBe('<a href="../../">Back</a>');
    expect(fs.readFileSync(path.join(dir, "_next/static/chunks/site.css"), "utf8")).toBe("body{}");
    expect(fs.existsSync(path.join(dir, "etc/passwd"))).toBe(false);
    expect(fs.readFileSync(path.join(dir, "api/v2/summary.json"), "utf8")).toBe(summary);
    expect(fs.readFileSync(path.join(dir, "502.html"), "utf8")).toContain("Checkout slow");
    expect(fs.readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);

    writer.setSupport({ kind: "email", value: "help@acme.test", href: "mailto:help@acme.test" });
    expect(fs.readFileSync(path.join(dir, "503.html"), "utf8")).toContain("help@acme.test");

    writer.write([], ["/incidents/abc"]);
    expect(fs.existsSync(path.join(dir, "incidents/abc/index.html"))).toBe(false);
  });

  it("writes only the error pages when asked to", () => {
    const dir = temp();
    const writer = new MirrorWriter({ dir, beaconUrl: "https://status.example.com", staticDir: dir, iconFile: "", errorPagesOnly: true });
    writer.write([entry("/", "text/html", "<p>page</p>"), entry("/api/v2/summary.json", "application/json", "not json")]);
    expect(fs.readdirSync(dir).sort()).toEqual(["502.html", "503.html", "504.html"]);
    expect(fs.readFileSync(path.join(dir, "504.html"), "utf8")).toContain("504 Gateway Timeout");
  });
});
