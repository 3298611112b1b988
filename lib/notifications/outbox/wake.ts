import { EventEmitter } from "node:events";

// Lets a write wake the mail worker of its own process at once instead of at its next poll.
// Kept on globalThis: Next's server bundle and server/server.ts load this module separately.

const holder = globalThis as unknown as { beaconMailWake?: EventEmitter };
const wake = (holder.beaconMailWake ??= new EventEmitter().setMaxListeners(0));

export function wakeMailWorker(): void {
  wake.emit("wake");
}

/** Calls listener on every wake; returns a function that stops listening. */
export function onMailWake(listener: () => void): () => void {
  wake.on("wake", listener);
  return () => wake.off("wake", listener);
}
