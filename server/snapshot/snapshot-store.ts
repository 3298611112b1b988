import fs from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import type { SnapshotEntry } from "./snapshot-entry";

// The snapshot lives in memory for serving and on disk so that a restart while the database
// is down still has the last good page. Each entry is three files (body, .gz, .br) plus one
// index; files are written to a temporary name and renamed, so a crash never leaves half a file.

type IndexRecord = Omit<SnapshotEntry, "body" | "gzip" | "br"> & { file: string };

const INDEX = "index.json";
// The index lists every entry (thousands on a long history): written at most this often.
const INDEX_EVERY_MS = 1_000;

function fileNameFor(key: string): string {
  return createHash("sha1").update(key).digest("hex");
}

function writeAtomic(file: string, data: Buffer | string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, data);
  fs.renameSync(temporary, file);
}

export class SnapshotStore {
  private readonly entries = new Map<string, SnapshotEntry>();
  private indexWrittenAt = 0;
  private indexTimer: NodeJS.Timeout | undefined;
  private readonly listeners: ((changed: readonly SnapshotEntry[], removed: readonly string[]) => void)[] = [];

  constructor(private readonly dir: string) {}

  /** Every entry, for the static mirror. */
  all(): SnapshotEntry[] {
    return [...this.entries.values()];
  }

  /** Calls `listener` after each commit with what it changed (the static mirror follows it). */
  onCommit(listener: (changed: readonly SnapshotEntry[], removed: readonly string[]) => void): void {
    this.listeners.push(listener);
  }

  get(key: string): SnapshotEntry | undefined {
    return this.entries.get(key);
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }

  get size(): number {
    return this.entries.size;
  }

  /** Replaces entries and removes the keys given, then persists the index (at once, or within a second). */
  commit(changed: SnapshotEntry[], removed: string[] = []): void {
    fs.mkdirSync(this.dir, { recursive: true });
    for (const entry of changed) {
      const base = path.join(this.dir, fileNameFor(entry.key));
      const previous = this.entries.get(entry.key);
      if (previous?.etag !== entry.etag) {
        writeAtomic(base, entry.body);
        writeAtomic(`${base}.gz`, entry.gzip);
        writeAtomic(`${base}.br`, entry.br);
      } else if (previous.br !== entry.br) {
        writeAtomic(`${base}.br`, entry.br);
      }
      this.entries.set(entry.key, entry);
    }
    for (const key of removed) {
      if (!this.entries.delete(key)) continue;
      const base = path.join(this.dir, fileNameFor(key));
      for (const suffix of ["", ".gz", ".br"]) fs.rmSync(`${base}${suffix}`, { force: true });
    }
    for (const listener of this.listeners) listener(changed, removed);
    if (this.indexTimer) return;
    const wait = this.indexWrittenAt + INDEX_EVERY_MS - Date.now();
    if (wait <= 0) this.flush();
    else this.indexTimer = setTimeout(() => this.flush(), wait).unref();
  }

  /** Takes another process's commit into memory only: the front door's copy of the app's store (front/snapshot-sync.ts). */
  adopt(changed: readonly SnapshotEntry[], removed: readonly string[]): void {
    for (const entry of changed) this.entries.set(entry.key, entry);
    for (const key of removed) this.entries.delete(key);
  }

  /** Writes the index now (on stop, and when a commit's wait is over). */
  flush(): void {
    clearTimeout(this.indexTimer);
    this.indexTimer = undefined;
    this.indexWrittenAt = Date.now();
    const index: IndexRecord[] = [...this.entries.values()].map(({ body: _b, gzip: _g, br: _r, ...meta }) => ({
      ...meta,
      file: fileNameFor(meta.key),
    }));
    fs.mkdirSync(this.dir, { recursive: true });
    writeAtomic(path.join(this.dir, INDEX), JSON.stringify(index));
  }

  /** Loads what an earlier run left on disk; a missing or damaged snapshot loads as empty. */
  load(): number {
    let index: IndexRecord[];
    try {
      index = JSON.parse(fs.readFileSync(path.join(this.dir, INDEX), "utf8")) as IndexRecord[];
    } catch {
      return 0;
    }
    for (const record of index) {
      try {
        const base = path.join(this.dir, record.file);
        const { file: _file, ...meta } = record;
        this.entries.set(record.key, {
          ...meta,
          headers: meta.headers ?? {},
          bestBrotli: meta.bestBrotli ?? true,
          body: fs.readFileSync(base),
          gzip: fs.readFileSync(`${base}.gz`),
          br: fs.readFileSync(`${base}.br`),
        });
      } catch {
        // A file lost since the index was written: that path falls back to live rendering.
      }
    }
    return this.entries.size;
  }
}
