import "server-only";
import { markDeliveriesSent } from "./record-delivery-outcome";

// Records 250 answers as they arrive. A write starts the moment an answer arrives unless one
// is under way; answers arriving meanwhile go together in the next write, right after it (a
// group commit). So nothing waits longer than it would in a queue of single writes, and a
// crash can still only repeat the messages answered during the last write, but ten thousand
// emails cost a few hundred writes instead of ten thousand.

type Waiting = { id: string; resolve: () => void; reject: (error: unknown) => void };

const WRITE_TRIES = 5;

/** Losing a recorded 250 would send the message again after the lease: retry a failed write. */
async function writeWithRetries(ids: string[]): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await markDeliveriesSent(ids);
    } catch (error) {
      if (attempt >= WRITE_TRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

/** Returns record(id): resolves once that delivery is stored as sent. */
export function createSentRecorder(): (id: string) => Promise<void> {
  let waiting: Waiting[] = [];
  let writing = false;
  const drain = async () => {
    writing = true;
    while (waiting.length) {
      const batch = waiting;
      waiting = [];
      try {
        await writeWithRetries(batch.map((entry) => entry.id));
        batch.forEach((entry) => entry.resolve());
      } catch (error) {
        batch.forEach((entry) => entry.reject(error));
      }
    }
    writing = false;
  };
  return (id) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ id, resolve, reject });
      if (!writing) void drain();
    });
}
