import { log } from "../../lib/log";
import { renderEntry, type Renderer } from "./build-snapshot";
import type { SnapshotEntry } from "./snapshot-entry";
import type { SnapshotStore } from "./snapshot-store";

// The pages a rebuild leaves for later: incident pages and older history pages. They are
// rendered in slices between fingerprint checks; what was queued last goes first (it is the
// latest edit; a first build's thousands of pages wait behind it). A page that fails keeps
// its last good bytes and is tried again on its own after a growing pause, up to a minute.

const MAX_RETRY_MS = 60_000;

type Waiting = { attempts: number; dueAt: number };

export class RenderQueue {
  private waiting = new Map<string, Waiting>();

  constructor(private readonly options: { store: SnapshotStore; render: Renderer; published?: (entries: SnapshotEntry[]) => void }) {}

  get size(): number {
    return this.waiting.size;
  }

  has(key: string): boolean {
    return this.waiting.has(key);
  }

  /** Queues keys ahead of those already waiting; a key queued again is due at once. */
  add(keys: string[]): void {
    if (keys.length === 0) return;
    const next = new Map<string, Waiting>();
    for (const key of keys) next.set(key, { attempts: this.waiting.get(key)?.attempts ?? 0, dueAt: 0 });
    for (const [key, waiting] of this.waiting) if (!next.has(key)) next.set(key, waiting);
    this.waiting = next;
  }

  forget(keys: string[]): void {
    for (const key of keys) this.waiting.delete(key);
  }

  hasDue(now = Date.now()): boolean {
    for (const { dueAt } of this.waiting.values()) if (dueAt <= now) return true;
    return false;
  }

  private nextDue(now: number): string | undefined {
    for (const [key, { dueAt }] of this.waiting) if (dueAt <= now) return key;
    return undefined;
  }

  /** Renders due pages for about `ms`, or until `stop()` says so; publishes them in one commit. */
  async renderFor(ms: number, stop: () => boolean): Promise<{ rendered: number; failed: number }> {
    const started = Date.now();
    const changed: SnapshotEntry[] = [];
    const removed: string[] = [];
    let rendered = 0;
    let failed = 0;
    for (let key = this.nextDue(started); key !== undefined; key = this.nextDue(Date.now())) {
      const queued = this.waiting.get(key);
      const attempts = queued?.attempts ?? 0;
      const outcome = await renderEntry(key, this.options.render, this.options.store);
      rendered += 1;
      // Queued again while it rendered: that later edit is rendered too, so it stays queued.
      const requeued = this.waiting.get(key) !== queued;
      if (outcome.kind === "failed") {
        failed += 1;
        if (attempts === 0) log.warn("could not render a public page; keeping its last good version and trying again later", { path: key });
        // Moved behind the others, due again after 1 s, 2 s, 4 s … a minute.
        if (!requeued) {
          this.waiting.delete(key);
          this.waiting.set(key, { attempts: attempts + 1, dueAt: Date.now() + Math.min(MAX_RETRY_MS, 1_000 * 2 ** attempts) });
        }
      } else {
        if (!requeued) this.waiting.delete(key);
        if (outcome.kind === "changed") changed.push(outcome.entry);
        if (outcome.kind === "removed") removed.push(key);
      }
      if (stop() || Date.now() - started >= ms) break;
    }
    if (changed.length > 0 || removed.length > 0) this.options.store.commit(changed, removed);
    this.options.published?.(changed);
    return { rendered, failed };
  }
}
