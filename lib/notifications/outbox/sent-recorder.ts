import "server-only";
import { markDeliveriesSent } from "./record-delivery-outcome";

// Records 250 answers as they arrive. A write starts the moment an answer arrives unless one
// is under way; answers arriving meanwhile go together in the next write, right after it (a
// group commit). So nothing waits longer than it would in a queue of single writes, and a
// crash can still only repeat the messages answered during the last write, but ten thousand
// emails cost a few hundred writes instead of ten thousand.

type Waiting = { id: string; answer: string | null; resolve: () => void; reject: (error: unknown) => void };

const WRITE_TRIES = 5;

/** Losing a recorded 250 would send the message again after the lease: retry a failed write. */
async function writeWithRetries(ids: string[], answer: string | null): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await markDeliveriesSent(ids, answer);
    } catch (error) {
      if (attempt >= WRITE_TRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

/** Returns record(id, answer): resolves once that delivery is stored as sent, with the receiver's answer. */
export function createSentRecorder(): (id: string, answer?: string | null) => Promise<void> {
  let waiting: Waiting[] = [];
  let writing = false;
  const drain = async () => {
    writing = true;
    while (waiting.length) {
      const batch = waiting;
      waiting = [];
      // One write per distinct answer: receivers mostly all say the same ("HTTP 200: ok").
      for (const [answer, entries] of Map.groupBy(batch, (entry) => entry.answer)) {
        try {
          await writeWithRetries(entries.map((entry) => entry.id), answer);
          entries.forEach((entry) => entry.resolve());
        } catch (error) {
          entries.forEach((entry) => entry.reject(error));
        }
      }
    }
    writing = false;
  };
  return (id, answer = null) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ id, answer, resolve, reject });
      if (!writing) void drain();
    });
}
