import "server-only";
import { log } from "../../lib/log";
import { getPageSettings } from "../../lib/pages/get-page-settings";
import { buildSnapshot, type Renderer } from "./build-snapshot";
import { type ContentFingerprint, getContentFingerprint } from "../../lib/status-page/content-fingerprint";
import { IncidentIndex } from "./incident-index";
import { type HistoryState, planHistoryPages } from "./history-pages";
import { RenderQueue } from "./render-queue";
import { BestBrotli } from "./best-brotli";
import { componentBadgeKeys, FIXED_PUBLIC_PATHS, historyKey, incidentKey } from "./public-paths";
import { listBadgeComponentIds } from "../../lib/status-page/badge/list-badge-component-ids";
import type { SnapshotStore } from "./snapshot-store";

// Keeps the snapshot in step with the database. Twice a second (and at once when this process
// has just answered a write) it compares a cheap fingerprint; on a change it renders the page
// and its JSON first and publishes them, then queues the feeds, the other JSON and the incident
// and history pages that changed. The queue is rendered in short slices between checks, so a
// long queue (a first build of ten years of history) never delays the next edit; a page that
// fails is retried later on its own and never holds up the others. Everything is published
// with quick brotli and recompressed at the best quality in the background (best-brotli.ts).
// Once a minute it also re-renders the pages that show the passing time.

export type KeeperOptions = {
  store: SnapshotStore;
  render: Renderer;
  pageId: string;
  pollMs?: number;
  refreshMs?: number;
  // How long one slice of queued pages may take before the fingerprint is checked again.
  sliceMs?: number;
};

// What a visitor and a status checker look at first; published before the rest of the fixed paths.
const FIRST_PATHS = ["/", "/api/v2/summary.json", "/api/v2/status.json"];
const incidentPrefix = "/incidents/";
const badgePrefix = "/badge/";

export class SnapshotKeeper {
  private last: ContentFingerprint | undefined;
  private history: HistoryState | undefined;
  private readonly incidents = new IncidentIndex();
  private lastCheckedAt = 0;
  private lastRefreshAt = 0;
  private timer: NodeJS.Timeout | undefined;
  private sleeping: (() => void) | undefined;
  private woken = false;
  private databaseDown = false;
  private stopped = false;
  readonly queue: RenderQueue;
  readonly brotli: BestBrotli;

  constructor(private readonly options: KeeperOptions) {
    this.brotli = new BestBrotli(options.store);
    this.queue = new RenderQueue({ store: options.store, render: options.render, published: (entries) => this.brotli.add(entries) });
  }

  /** Checks the fingerprint and publishes what changed; queued pages are left to `drain`. */
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

    // The page and its JSON first, before anything that reads every incident (a long history
    // makes that the slow part); everything else is queued after them.
    const store = this.options.store;
    const first = await buildSnapshot({ store, render: this.options.render, keys: FIRST_PATHS });
    this.brotli.add(first.built);

    // A second of overlap: a write committed while the previous check ran is not missed.
    const since = everything ? undefined : new Date(this.lastCheckedAt - 1_000);
    const ids = await this.incidents.update(this.options.pageId, since, fingerprint.incidentCount);
    const timeZone = (await getPageSettings(this.options.pageId))?.timeZone ?? "UTC";
    const changed = incidentsChanged || everything ? ids : [];
    const open = this.incidents.open();
    const plan = planHistoryPages({
      previous: this.history,
      startedAt: this.incidents.startedAt(),
      oldest: this.incidents.oldest(),
      changed,
      open,
      refresh: timeToRefresh,
      everything,
      now: new Date(checkedAt),
      timeZone,
    });

    // A fixed path that failed keeps its last good bytes and is retried from the queue.
    if (first.failed.length > 0) log.warn(`could not render ${first.failed.length} public page(s); keeping their last good version`, { paths: first.failed });

    // Components' badges change only with the components (the structure); a deleted or hidden one's leave.
    const badgeKeys = everything ? (await listBadgeComponentIds(this.options.pageId)).flatMap(componentBadgeKeys) : [];
    const known = new Set([...this.incidents.ids().map(incidentKey), ...Array.from({ length: plan.state.count }, (_, i) => historyKey(i + 1)), ...badgeKeys]);
    const isPruned = (key: string) => key.startsWith(incidentPrefix) || key.startsWith("/history?") || (everything && key.startsWith(badgePrefix));
    const stale = store.keys().filter((key) => isPruned(key) && !known.has(key));
    if (stale.length > 0) store.commit([], stale);
    const incidentKeys = [...changed, ...(timeToRefresh ? open : [])].map(incidentKey);
    // The feeds and the other JSON next, from the queue: it yields to the next write's check.
    const rest = FIXED_PUBLIC_PATHS.filter((key) => !FIRST_PATHS.includes(key));
    this.queue.add([...first.failed, ...rest, ...badgeKeys, ...incidentKeys, ...plan.pages.map(historyKey)]);
    this.queue.forget(stale);

    this.last = fingerprint;
    this.history = plan.state;
    this.lastCheckedAt = checkedAt;
    if (everything || timeToRefresh) this.lastRefreshAt = checkedAt;
    const built = first.built.length;
    if (built > 0 || stale.length > 0) log.debug("snapshot updated", { built, removed: stale.length, queued: this.queue.size, ms: Date.now() - checkedAt });
  }

  /** Renders queued pages until the slice is spent or a write asks for a check. */
  async drain(): Promise<void> {
    await this.queue.renderFor(this.options.sliceMs ?? 250, () => this.woken || this.stopped);
  }

  /** Asks for a check as soon as the current render is done (this process has just written). */
  wake(): void {
    this.woken = true;
    this.sleeping?.();
  }

  start(): void {
    const loop = async () => {
      // A wake from here on asks for another check right after this one.
      this.woken = false;
      try {
        await this.update();
        await this.drain();
      } catch (error) {
        log.error(`snapshot update failed: ${(error as Error).message.split("\n")[0]}`);
      }
      if (this.stopped) return;
      const pause = this.woken ? 0 : this.queue.hasDue() ? 1 : (this.options.pollMs ?? 500);
      await new Promise<void>((resolve) => {
        this.sleeping = resolve;
        this.timer = setTimeout(resolve, pause);
      });
      this.sleeping = undefined;
      clearTimeout(this.timer);
      if (!this.stopped) void loop();
    };
    void loop();
  }

  stop(): void {
    this.stopped = true;
    this.brotli.stop();
    this.options.store.flush();
    this.sleeping?.();
    clearTimeout(this.timer);
  }
}
