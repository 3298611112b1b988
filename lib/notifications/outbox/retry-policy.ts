// When a failed delivery is tried again, and when it stops: what a failure means is the
// channel's to say (Channel.classify), how often to try again is the outbox's.

export const MAX_ATTEMPTS = 10;
export const MAX_RETRY_DELAY_MS = 2 * 60 * 60_000;

/** Delay before the next try after `attempts` failed ones: retry, 2×retry, 4×retry … capped at 2 h. */
export function retryDelayMs(attempts: number, retrySeconds: number): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(retrySeconds * 1000 * 2 ** exponent, MAX_RETRY_DELAY_MS);
}
