import { HISTORY_FLOOR } from "../../lib/status-page/history-window";
import { type IncidentRow, listIncidentRows } from "../../lib/status-page/content-fingerprint";

// The page's incidents as the snapshot needs them (which pages exist, which are open, where
// each goes in the history), kept between checks: a write reads the incidents it changed, not
// ten thousand rows of history. When the count the fingerprint saw disagrees (a deletion, or a
// row missed), everything is read again.

const CLOSED = new Set(["resolved", "postmortem", "completed"]);

export class IncidentIndex {
  private rows = new Map<string, IncidentRow>();

  /**
   * Brings the index up to date and returns the ids of the incidents to render: those changed
   * since `since`, or all of them without `since`.
   */
  async update(pageId: string, since: Date | undefined, expectedCount: number): Promise<string[]> {
    if (since) {
      const changed = await listIncidentRows(pageId, since);
      for (const row of changed) this.rows.set(row.id, row);
      if (this.rows.size !== expectedCount) await this.readAll(pageId);
      return changed.map(({ id }) => id);
    }
    await this.readAll(pageId);
    return this.ids();
  }

  ids(): string[] {
    return [...this.rows.keys()];
  }

  /** Incidents whose pages show a running duration. */
  open(): string[] {
    return [...this.rows.values()].filter(({ status }) => !CLOSED.has(status)).map(({ id }) => id);
  }

  startedAt(): Map<string, Date> {
    return new Map([...this.rows.values()].map(({ id, startedAt }) => [id, startedAt]));
  }

  /** The oldest start a history page lists (rows before HISTORY_FLOOR are left out). */
  oldest(): Date | null {
    let oldest: Date | null = null;
    for (const { startedAt } of this.rows.values()) if (startedAt >= HISTORY_FLOOR && (!oldest || startedAt < oldest)) oldest = startedAt;
    return oldest;
  }

  private async readAll(pageId: string): Promise<void> {
    this.rows = new Map((await listIncidentRows(pageId)).map((row) => [row.id, row]));
  }
}
