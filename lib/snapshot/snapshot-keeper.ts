import "server-only";
import { log } from "../log";
import { getPageSettings } from "../pages/get-page-settings";
import { historyPageCount } from "../status-page/history-window";
import { buildSnapshot, type Renderer } from "./build-snapshot";
import { type ContentFingerprint, getContentFingerprint, listIncidentIds } from "./content-fingerprint";
import { FIXED_PUBLIC_PATHS, historyKey, incidentKey } from "./public-paths";
import type { SnapshotStore } from "./snapshot-store";

// Keeps the snapshot in step with the database: twice a second it compares a cheap fingerprint
// and re-renders what changed, so an edit is public within about a second whichever process
// made it. Once a minute it also re-renders the pages that show the passing time.

export type KeeperOptions = {
  store: SnapshotStore;
  render: Renderer;
  pageId: string;
  pollMs?: number;
  refreshMs?: number;
};

const incidentPrefix = "/incidents/";

export class SnapshotKeeper {
  private last: ContentFingerprint | undefined;
  private lastCheckedAt = 0;
  private lastRefreshAt = 0;
  private timer: NodeJS.Timeout | undefined;
  private databaseDown = false;
  private stopped = false;

  constructor(private readonly options: KeeperOptions) {}

  /** Compares the fingerprint and rebuilds what changed; safe to call at any time. */
  async update(): Promise<void> {
    const checkedAt = Date.now();
    let fingerprint: ContentFingerprint;
    try {
      fingerprint = await getContentFingerprint(this.options.pageId);
    } catch (error) {
      if (!this.databaseDown) log.warn(`database unreachable, serving the last snapshot: ${(error as Error).message.split("\n")[0]}`);
      this.databaseDown = true;
      return;
    }
    if (this.databaseDown) log.info("database reachable again, refreshing the snapshot");
    this.databaseDown = false;
    const previous = this.last;
    const everything = !previous || previous.structure !== fingerprint.structure || previous.page !== fingerprint.page;
    const incidentsChanged = previous !== undefined && previous.incidents !== fingerprint.incidents;
    const timeToRefresh = checkedAt - this.lastRefreshAt >= (this.options.refreshMs ?? 60_000);
    if (!everything && !incidentsChanged && !timeToRefresh) return;

    // A second of overlap: a write committed while the previous check ran is not missed.
    const since = everything ? undefined : new Date(this.lastCheckedAt - 1_000);
    const ids = await listIncidentIds(this.options.pageId, since);
    // Open incidents show a running duration: re-rendered on the periodic refresh only.
    const incidentKeys = [...(incidentsChanged || everything ? ids.changed : []), ...(timeToRefresh ? ids.open : [])].map(incidentKey);
    const timeZone = (await getPageSettings(this.options.pageId))?.timeZone ?? "UTC";
    const historyKeys = Array.from({ length: historyPageCount(ids.oldest, new Date(checkedAt), timeZone) }, (_, i) => historyKey(i + 1));
    const known = new Set([...ids.all.map(incidentKey), ...historyKeys]);
    const stale = this.options.store
      .keys()
      .filter((key) => (key.startsWith(incidentPrefix) || key.startsWith("/history?")) && !known.has(key));
    // The page, its JSON and feeds are published first, without waiting for incident pages.
    const build = (keys: string[], removed: string[]) =>
      buildSnapshot({ store: this.options.store, render: this.options.render, keys, stale: removed });
    const first = await build([...FIXED_PUBLIC_PATHS], []);
    const rest = await build([...new Set([...historyKeys, ...incidentKeys])].filter((key) => !FIXED_PUBLIC_PATHS.includes(key)), stale);
    const failed = [...first.failed, ...rest.failed];
    if (failed.length > 0) {
      log.warn(`could not render ${failed.length} public page(s); keeping their last good version`, { paths: failed.slice(0, 5) });
      return;
    }
    this.last = fingerprint;
    this.lastCheckedAt = checkedAt;
    if (everything || timeToRefresh) this.lastRefreshAt = checkedAt;
    const built = first.built + rest.built;
    if (built > 0 || rest.removed > 0) log.debug("snapshot updated", { built, removed: rest.removed, ms: Date.now() - checkedAt });
  }

  start(): void {
    const loop = async () => {
      try {
        await this.update();
      } catch (error) {
        log.error(`snapshot update failed: ${(error as Error).message.split("\n")[0]}`);
      }
      if (!this.stopped) this.timer = setTimeout(loop, this.options.pollMs ?? 500);
    };
    void loop();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }
}
