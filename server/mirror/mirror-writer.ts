import fs from "node:fs";
import path from "node:path";
import { ERROR_CODES } from "../../lib/status-page/error-pages/error-page-words";
import { renderErrorPage } from "../../lib/status-page/error-pages/render-error-page";
import { summaryView } from "../../lib/status-page/error-pages/summary-view";
import type { SupportContact } from "../../lib/status-page/support-contact";
import type { SnapshotEntry } from "../snapshot/snapshot-entry";
import { assetsOf, mirrorFile, rewriteLinks } from "./mirror-paths";

// Writes snapshot entries as the static mirror: each page to its file with relative links, the
// styles and icon the pages use, and the proxy's error pages (502/503/504.html) from the
// current summary.json. Every file is written to a temporary name and renamed, so a web server
// reading the folder never sends half a file.

export type MirrorOptions = {
  dir: string;
  beaconUrl: string;
  /** Next's build output (.next/static), for the pages' styles. */
  staticDir: string;
  iconFile: string;
  /** Only the error pages (`export --error-pages`). */
  errorPagesOnly?: boolean;
};

const SUMMARY_KEY = "/api/v2/summary.json";

function writeAtomic(file: string, data: Buffer | string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, data);
  fs.renameSync(temporary, file);
}

export class MirrorWriter {
  private readonly written = new Map<string, string>();
  private summary: Buffer | null = null;
  private support: SupportContact | null = null;

  constructor(private readonly options: MirrorOptions) {}

  /** The page's support contact, for the error pages (not in summary.json); rewrites them when it changes. */
  setSupport(support: SupportContact | null): void {
    if (JSON.stringify(support) === JSON.stringify(this.support)) return;
    this.support = support;
    if (this.summary) this.writeErrorPages(this.summary);
  }

  /** Writes what changed and removes what is gone; entries whose bytes did not change are skipped. */
  write(changed: readonly SnapshotEntry[], removed: readonly string[] = []): void {
    for (const entry of changed) {
      if (this.written.get(entry.key) === entry.etag) continue;
      if (entry.key === SUMMARY_KEY) this.writeErrorPages(entry.body);
      if (!this.options.errorPagesOnly) this.writePage(entry);
      // Only once written: a failed write is tried again with the next commit.
      this.written.set(entry.key, entry.etag);
    }
    for (const key of removed) {
      this.written.delete(key);
      if (!this.options.errorPagesOnly) fs.rmSync(path.join(this.options.dir, mirrorFile(key)), { force: true });
    }
  }

  private writePage(entry: SnapshotEntry): void {
    const file = mirrorFile(entry.key);
    if (!entry.contentType.startsWith("text/html")) return writeAtomic(path.join(this.options.dir, file), entry.body);
    const html = entry.body.toString("utf8");
    for (const asset of assetsOf(html)) this.copyAsset(asset);
    writeAtomic(path.join(this.options.dir, file), rewriteLinks(html, file, this.options.beaconUrl));
  }

  // Build files never change under one name (their names carry a hash): copied once.
  private copyAsset(url: string): void {
    const target = path.join(this.options.dir, url.slice(1));
    if (fs.existsSync(target)) return;
    const source = url === "/icon.svg" ? this.options.iconFile : path.join(this.options.staticDir, url.slice("/_next/static/".length));
    const inside = url === "/icon.svg" || path.resolve(source).startsWith(path.resolve(this.options.staticDir) + path.sep);
    if (!inside || !fs.existsSync(source)) return;
    writeAtomic(target, fs.readFileSync(source));
  }

  private writeErrorPages(summaryJson: Buffer): void {
    this.summary = summaryJson;
    let summary: unknown = null;
    try {
      summary = JSON.parse(summaryJson.toString("utf8"));
    } catch {
      // A page that says little beats no page: render from nothing.
    }
    const view = summaryView(summary, this.options.beaconUrl);
    for (const code of ERROR_CODES) writeAtomic(path.join(this.options.dir, `${code}.html`), renderErrorPage(code, view, this.support));
  }
}
