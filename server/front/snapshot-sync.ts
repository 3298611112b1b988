import type { SnapshotEntry } from "../snapshot/snapshot-entry";
import type { SnapshotStore } from "../snapshot/snapshot-store";

// The snapshot crosses from the app process, which builds and persists it, to the front door,
// which serves it, over the IPC channel between them (advanced serialization: the bodies go
// as bytes). Both start from the copy on disk; on "ready" the front door compares its copy
// with the app's by key and ETag and asks for what differs, so after a restart of the app it
// serves exactly what the app holds, and then every commit as it is made.

export type AppMessage =
  | { type: "ready"; digest: [key: string, etag: string][] }
  | { type: "commit"; changed: SnapshotEntry[]; removed: string[] };

export type FrontMessage = { type: "want"; keys: string[] };

function send(message: AppMessage): void {
  // Gone when the front door is (the app then stops: app.ts).
  if (process.connected) process.send?.(message);
}

/** App side: announces the snapshot once listening, then sends each commit and what the front door asks for. */
export function publishSnapshot(store: SnapshotStore): void {
  store.onCommit((changed, removed) => send({ type: "commit", changed: [...changed], removed: [...removed] }));
  process.on("message", (message: FrontMessage) => {
    if (message?.type !== "want") return;
    const changed = message.keys.flatMap((key) => store.get(key) ?? []);
    if (changed.length > 0) send({ type: "commit", changed, removed: [] });
  });
  send({ type: "ready", digest: store.all().map((entry) => [entry.key, entry.etag]) });
}

// A Buffer may arrive as a plain Uint8Array: viewed as a Buffer again, without a copy.
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Front side: takes an app message into the served copy; returns the keys to ask the app for, if any. */
export function followApp(store: SnapshotStore, message: AppMessage): string[] {
  if (message.type === "commit") {
    const changed = message.changed.map((entry) => ({ ...entry, body: asBuffer(entry.body), gzip: asBuffer(entry.gzip), br: asBuffer(entry.br) }));
    store.adopt(changed, message.removed);
    return [];
  }
  const held = new Map(message.digest);
  const gone = store.keys().filter((key) => !held.has(key));
  store.adopt([], gone);
  return message.digest.filter(([key, etag]) => store.get(key)?.etag !== etag).map(([key]) => key);
}
