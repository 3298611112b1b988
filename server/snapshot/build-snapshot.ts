import http from "node:http";
import { createEntry, entryEtag, type SnapshotEntry } from "./snapshot-entry";
import type { SnapshotStore } from "./snapshot-store";
import { snapshotContentSecurityPolicy } from "../../web/http/content-security-policy.js";
import { toStaticHtml } from "./static-html";
import { log } from "../../lib/log";

// Renders public paths through the app and stores what comes back. A path that now answers
// 404 (a deleted incident) leaves the snapshot; any other failure keeps the last good bytes,
// which is what lets the page outlive a database outage.

export type Rendered = { status: number; contentType: string; body: Buffer };
export type Renderer = (key: string) => Promise<Rendered>;

export type BuildResult = { built: SnapshotEntry[]; unchanged: number; removed: number; failed: string[] };

type Prepared = { key: string; contentType: string; body: Buffer; headers: Record<string, string> };

// HTML loses Next's runtime scripts and gains a policy allowing only Beacon's own (static-html.ts).
function prepare(key: string, rendered: Rendered): Prepared {
  if (!rendered.contentType.startsWith("text/html")) return { key, contentType: rendered.contentType, body: rendered.body, headers: {} };
  const { html, scriptHashes } = toStaticHtml(rendered.body.toString("utf8"));
  return {
    key,
    contentType: rendered.contentType,
    body: Buffer.from(html),
    headers: { "Content-Security-Policy": snapshotContentSecurityPolicy(scriptHashes), "X-Frame-Options": "DENY" },
  };
}

export type RenderOutcome =
  | { kind: "changed"; entry: SnapshotEntry }
  | { kind: "unchanged" | "removed" | "failed" };

/** Renders one path and says what it means for the snapshot; never throws. */
export async function renderEntry(key: string, render: Renderer, store: SnapshotStore): Promise<RenderOutcome> {
  let rendered: Rendered;
  try {
    rendered = await render(key);
  } catch {
    return { kind: "failed" };
  }
  if (rendered.status === 404) return { kind: "removed" };
  if (rendered.status !== 200) return { kind: "failed" };
  const prepared = prepare(key, rendered);
  // Compressed only when it changed (most renders of a refresh come out the same), with quick
  // brotli: best-brotli.ts recompresses it after it is published.
  if (store.get(key)?.etag === entryEtag(prepared.contentType, prepared.body)) return { kind: "unchanged" };
  return { kind: "changed", entry: await createEntry(key, prepared.contentType, prepared.body, prepared.headers, { quick: true }) };
}

export async function buildSnapshot(options: {
  store: SnapshotStore;
  render: Renderer;
  keys: readonly string[];
  // Keys to drop without rendering (e.g. incident pages of deleted incidents).
  stale?: string[];
}): Promise<BuildResult> {
  const changed: SnapshotEntry[] = [];
  const removed = [...(options.stale ?? [])];
  const failed: string[] = [];
  let unchanged = 0;
  for (const key of options.keys) {
    const outcome = await renderEntry(key, options.render, options.store);
    if (outcome.kind === "changed") changed.push(outcome.entry);
    else if (outcome.kind === "removed") removed.push(key);
    else if (outcome.kind === "failed") failed.push(key);
    else unchanged += 1;
  }
  if (changed.length > 0 || removed.some((key) => options.store.get(key))) {
    options.store.commit(changed, removed);
  }
  return { built: changed, unchanged, removed: removed.length, failed };
}

/** Renders by requesting the path from the app process's own socket (the front door's snapshot never answers it). */
export function socketRenderer(socketPath: string, host: string): Renderer {
  return (key) =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const request = http.get({ socketPath, path: key, headers: { host, "accept-encoding": "identity" }, signal: AbortSignal.timeout(15_000) }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const status = response.statusCode ?? 0;
          log.debug("rendered", { key, status, ms: Math.round(performance.now() - started) });
          resolve({ status, contentType: response.headers["content-type"] ?? "application/octet-stream", body: Buffer.concat(chunks) });
        });
      });
      request.on("error", reject);
    });
}
