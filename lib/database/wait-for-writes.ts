import { DatabaseBusyError } from "../errors";

// How long a write waits for a database that is busy before it is refused (503, Retry-After).
// The waiting is asynchronous: the event loop, and every public GET, carries on meanwhile.
export const WRITE_WAIT_MS = 5_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` until it does not fail with a busy error, sleeping between tries (5 ms
 * doubling to 100 ms, with jitter so two processes do not retry in step). Past `deadline`
 * it throws DatabaseBusyError; any other failure is thrown at once.
 */
export async function retryWhileBusy<T>(
  attempt: () => Promise<T>,
  options: { deadline: number; isBusy: (error: unknown) => boolean; onBusy?: () => void },
): Promise<T> {
  let delay = 5;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!options.isBusy(error)) throw error;
      options.onBusy?.();
      const pause = delay / 2 + Math.random() * delay;
      if (Date.now() + pause > options.deadline) throw new DatabaseBusyError();
      await sleep(pause);
      delay = Math.min(delay * 2, 100);
    }
  }
}
