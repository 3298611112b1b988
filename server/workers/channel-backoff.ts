// Back-off per channel: when a channel's service is down (the SMTP server refuses
// connections) only that channel's deliveries wait; the others go on at once. Each outage in a
// row doubles the wait, from retrySeconds up to maxMs; the first batch that reaches it ends it.

export type BackoffChange = { kind: "down"; waitMs: number; outages: number } | { kind: "up" } | null;

export type ChannelBackoff = {
  /** Channels to leave alone now. */
  paused(now: number): string[];
  /** Milliseconds until the first paused channel may be tried again; null when none is paused. */
  msUntilResume(now: number): number | null;
  /** What one batch of this channel showed: `unreachable` is the reason when it was down. */
  record(channel: string, unreachable: string | undefined, now: number): BackoffChange;
};

export function createChannelBackoff({ retrySeconds, maxMs }: { retrySeconds: number; maxMs: number }): ChannelBackoff {
  const state = new Map<string, { outages: number; until: number }>();
  return {
    paused: (now) => [...state].filter(([, entry]) => entry.until > now).map(([channel]) => channel),
    msUntilResume(now) {
      const waits = [...state.values()].filter((entry) => entry.until > now).map((entry) => entry.until - now);
      return waits.length ? Math.min(...waits) : null;
    },
    record(channel, unreachable, now) {
      const entry = state.get(channel);
      if (!unreachable) {
        if (!entry) return null;
        state.delete(channel);
        return { kind: "up" };
      }
      const outages = (entry?.outages ?? 0) + 1;
      const waitMs = Math.min(retrySeconds * 1000 * 2 ** (outages - 1), maxMs);
      state.set(channel, { outages, until: now + waitMs });
      return { kind: "down", waitMs, outages };
    },
  };
}
