import { createEntry, type SnapshotEntry } from "./snapshot-entry";
import type { SnapshotStore } from "./snapshot-store";
import { contentSecurityPolicy, toStaticHtml } from "./static-html";

// Renders public paths through the app and stores what comes back. A path that now answers
// 404 (a deleted incident) leaves the snapshot; any other failure keeps the last good bytes,
// which is what lets the page outlive a database outage.

export type Rendered = { status: number; contentType: string; body: Buffer };
export type Renderer = (key: string) => Promise<Rendered>;

export type BuildResult = { built: number; unchanged: number; removed: number; failed: string[] };

export function toEntry(key: string, rendered: Rendered): SnapshotEntry {
  if (!rendered.contentType.startsWith("text/html")) {
    return createEntry(key, rendered.contentType, rendered.body);
  }
  const { html, scriptHashes } = toStaticHtml(rendered.body.toString("utf8"));
  return createEntry(key, rendered.contentType, Buffer.from(html), {
    "Content-Security-Policy": contentSecurityPolicy(scriptHashes),
    "X-Frame-Options": "DENY",
  });
}

export async function buildSnapshot(options: {
  store: SnapshotStore;
  render: Renderer;
  keys: string[];
  // Keys to drop without rendering (e.g. incident pages of deleted incidents).
  stale?: string[];
}): Promise<BuildResult> {
  const changed: SnapshotEntry[] = [];
  const removed = [...(options.stale ?? [])];
  const failed: string[] = [];
  let unchanged = 0;
  for (const key of options.keys) {
    let rendered: Rendered;
    try {
      rendered = await options.render(key);
    } catch {
      failed.push(key);
      continue;
    }
    if (rendered.status === 404) {
      removed.push(key);
    } else if (rendered.status !== 200) {
      failed.push(key);
    } else {
      const entry = toEntry(key, rendered);
      if (options.store.get(key)?.etag === entry.etag) unchanged += 1;
      else changed.push(entry);
    }
  }
  if (changed.length > 0 || removed.some((key) => options.store.get(key))) {
    options.store.commit(changed, removed);
  }
  return { built: changed.length, unchanged, removed: removed.length, failed };
}

/** Renders by requesting the path from this very server, marked so the snapshot layer lets it through. */
export function httpRenderer(origin: string, token: string): Renderer {
  return async (key) => {
    const response = await fetch(`${origin}${key}`, {
      headers: { "x-beacon-render": token, "accept-encoding": "identity" },
      redirect: "manual",
      signal: AbortSignal.timeout(15_000),
    });
    return {
      status: response.status,
      contentType: response.headers.get("content-type") ?? "application/octet-stream",
      body: Buffer.from(await response.arrayBuffer()),
    };
  };
}
