import path from "node:path";
import { log } from "../../lib/log";
import { getPublicPage } from "../../lib/status-page/get-public-page";
import { parseSupportContact } from "../../lib/status-page/support-contact";
import type { SnapshotStore } from "../snapshot/snapshot-store";
import { MirrorWriter } from "./mirror-writer";

// With BEACON_MIRROR_DIR set, the static mirror follows the snapshot: written whole at start,
// then each commit's pages as they are published. A mirror that cannot be written (a full
// disk, a missing folder's permissions) is logged and never stops the snapshot.

export function mirrorWriterFor(dir: string, beaconUrl: string, options: { errorPagesOnly?: boolean } = {}): MirrorWriter {
  return new MirrorWriter({ dir: path.resolve(dir), beaconUrl, staticDir: path.resolve(".next", "static"), iconFile: path.resolve("app", "icon.svg"), ...options });
}

/** Gives the writer the page's support contact; the database may be down (the mirror goes on). */
export async function loadSupport(writer: MirrorWriter): Promise<void> {
  try {
    writer.setSupport(parseSupportContact((await getPublicPage()).supportContact));
  } catch {
    // Kept as it was: the error pages still say everything else.
  }
}

export function startMirror(store: SnapshotStore, dir: string, beaconUrl: string): void {
  const writer = mirrorWriterFor(dir, beaconUrl);
  let failing = false;
  const write = (changed: Parameters<MirrorWriter["write"]>[0], removed: readonly string[]) => {
    try {
      writer.write(changed, removed);
      if (failing) log.info("static mirror written again");
      failing = false;
    } catch (error) {
      if (!failing) log.warn(`static mirror not written: ${(error as Error).message}`, { dir });
      failing = true;
    }
  };
  write(store.all(), []);
  void loadSupport(writer);
  store.onCommit((changed, removed) => {
    write(changed, removed);
    // A settings change re-renders the page: a moment to look at the contact again.
    if (changed.some((entry) => entry.key === "/")) void loadSupport(writer);
  });
  log.info("keeping the static mirror", { dir: path.resolve(dir) });
}
