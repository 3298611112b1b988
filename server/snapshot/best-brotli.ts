import { log } from "../../lib/log";
import { type SnapshotEntry, withBestBrotli } from "./snapshot-entry";
import type { SnapshotStore } from "./snapshot-store";

// Renders are published with quick brotli (a few milliseconds); this recompresses them at the
// best quality afterwards, one at a time on libuv's pool. Inline, brotli 11 cost 0.1–0.3 s per
// large page (the front page, a /history page), time a write's publication or the next check
// of the render queue had to wait.

export class BestBrotli {
  private readonly pending = new Set<string>();
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly store: SnapshotStore) {}

  add(entries: SnapshotEntry[]): void {
    for (const entry of entries) if (!entry.bestBrotli) this.pending.add(entry.key);
    if (!this.running && this.pending.size > 0 && !this.stopped) this.running = this.run().finally(() => (this.running = undefined));
  }

  /** Resolves once nothing is waiting to be recompressed. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  stop(): void {
    this.stopped = true;
  }

  private async run(): Promise<void> {
    // A Set visits keys added while it is iterated: later publications are taken in this run.
    for (const key of this.pending) {
      this.pending.delete(key);
      if (this.stopped) return;
      const entry = this.store.get(key);
      if (!entry || entry.bestBrotli) continue;
      try {
        const best = await withBestBrotli(entry);
        // Replaced by a newer render meanwhile: that one is in `pending` (or is already best).
        if (this.store.get(key) === entry) this.store.commit([best]);
      } catch (error) {
        log.warn(`could not recompress ${key}: ${(error as Error).message}`);
      }
    }
  }
}
